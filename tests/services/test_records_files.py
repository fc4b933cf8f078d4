"""The records registers' files (R16, R17): kept under scans/ with their SHA-256, and `check`
noticing one changed or missing."""

from datetime import UTC, date, datetime

import pytest

from clerkdesk.core.errors import ClerkDeskError
from clerkdesk.services.integrity import maintenance
from clerkdesk.services.removals.writes import RemovalInput, list_removals, record_removal
from clerkdesk.services.requests.files import attach_request_file, request_file_path, request_files
from clerkdesk.services.requests.writes import RequestInput, list_requests, save_request
from clerkdesk.services.transfer import csv_import

URL = "https://facebook.com/stoughtonparks"


@pytest.fixture
def city(db, tmp_path):  # type: ignore[no-untyped-def]
    for kind, text in (
        ("departments", "name\nParks\n"),
        ("people", "employee_id,name,department\nE1,Ann Lee,Parks\n"),
        (
            "accounts",
            "url,platform,department,status,authority,approved_by,approved_on\n"
            f"{URL},facebook,Parks,approved,mayor,Tim Swadley,2019-07-01\n",
        ),
    ):
        path = tmp_path / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        csv_import.import_csv(db, kind, path)
    return db


def test_a_letter_is_kept_with_its_digest_and_a_changed_one_is_noticed(city, tmp_path) -> None:  # type: ignore[no-untyped-def]
    request = save_request(city, None, RequestInput("R-1", date(2026, 11, 16), "All posts"))
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF-1.4 the request")
    view = attach_request_file(city, request.id, "request", letter)
    assert [f.original_name for f in request_files(city, request.id)] == ["letter.pdf"]
    assert list_requests(city)[0].files == 1
    kept = request_file_path(city, view.id)
    assert maintenance.check(city) == []
    kept.write_bytes(b"%PDF-1.4 altered")
    assert maintenance.check(city) == [
        f"files: request R-1: letter.pdf ({kept.name}) was changed after it was kept"
    ]
    with pytest.raises(ClerkDeskError, match="was changed after it was attached"):
        request_file_path(city, view.id)
    with pytest.raises(ClerkDeskError, match="one of: request, answer, released"):
        attach_request_file(city, request.id, "memo", letter)


def test_a_screenshot_is_kept_and_a_missing_one_is_noticed(city, tmp_path) -> None:  # type: ignore[no-untyped-def]
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"\x89PNG the comment")
    at = datetime(2026, 11, 2, 15, tzinfo=UTC)
    view = record_removal(
        city, RemovalInput(URL, at, "@troll", "Buy!", "advertising", "hidden", "E1"), shot
    )
    assert view.evidence is not None and view.evidence.endswith(".png")
    assert maintenance.check(city) == []
    (city.paths.home / "scans" / view.evidence).unlink()
    problems = maintenance.check(city)
    assert len(problems) == 1 and "removal screenshot" in problems[0] and "missing" in problems[0]
    assert list_removals(city)[0].evidence == view.evidence
