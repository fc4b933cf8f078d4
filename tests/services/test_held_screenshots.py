"""A public-records request holds the screenshot of a removal and the signed agreement scan of
a term as it holds the account's other records (R17): while it holds, a correction, a file or
a new scan does not replace or clear them; once the request is granted, they may."""

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from clerkdesk.core.errors import ClerkDeskError, ImportProblems, ValidationError
from clerkdesk.services.removals.corrections import correct_removal
from clerkdesk.services.removals.writes import record_removal
from clerkdesk.services.requests.writes import RequestInput, save_request
from clerkdesk.services.terms import writes as assignments
from clerkdesk.services.transfer import csv_import

from .helpers import dump
from .test_assignments import account, days_ago  # noqa: F401  (the fixture)
from .test_removals import HEADER, URL, city, removal, write  # noqa: F401  (the fixture)

AT = datetime(2026, 3, 2, 15, tzinfo=UTC)
TODAY = date(2026, 11, 20)


def _screenshot(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_the_screenshot_of_a_removal_on_hold_is_not_replaced_nor_cleared(  # type: ignore[no-untyped-def]
    city,  # noqa: F811
    tmp_path,
) -> None:
    kept = record_removal(city, removal(AT), _screenshot(tmp_path, "a.png", b"first"))
    assert kept.evidence
    request = save_request(
        city, None, RequestInput("2026-R-03", TODAY, "Removals", accounts=(URL,))
    )
    before = dump(city)
    with pytest.raises(ValidationError) as caught:
        correct_removal(city, kept.id, removal(AT), _screenshot(tmp_path, "b.png", b"second"))
    assert caught.value.fields["evidence"].startswith(
        f"Replacing the screenshot of a removal from {URL} is refused: it is on hold: "
        "public-records request 2026-R-03 is open"
    )
    with pytest.raises(ValidationError, match="Removing the screenshot"):
        correct_removal(city, kept.id, removal(AT, evidence=""))
    path = write(
        tmp_path,
        "r.csv",
        HEADER + f"{URL},2026-03-02T15:00:00Z,@troll,Buy my boat!,advertising,hidden,E1,\n",
    )
    with pytest.raises(ImportProblems) as problems:
        csv_import.import_csv(city, "removals", path)
    assert "request 2026-R-03 is open" in problems.value.problems[0]
    assert dump(city) == before

    # What a correction says of how the removal is classed is not held back by the screenshot.
    view = correct_removal(city, kept.id, removal(AT, category="profanity", evidence=kept.evidence))
    assert (view.category, view.evidence) == ("profanity", kept.evidence)

    save_request(
        city,
        request.id,
        RequestInput("2026-R-03", TODAY, "Removals", "granted", closed_on=TODAY, accounts=(URL,)),
    )
    view = correct_removal(city, kept.id, removal(AT), _screenshot(tmp_path, "b.png", b"second"))
    assert view.evidence and view.evidence != kept.evidence


def test_the_agreement_scan_of_a_term_on_hold_is_not_replaced(  # type: ignore[no-untyped-def]
    db,
    account,  # noqa: F811
    tmp_path,
) -> None:
    term = assignments.designate(db, account.id, "E200", "custodian", days_ago(3))
    first = assignments.attach_scan(db, term.id, _screenshot(tmp_path, "a.pdf", b"%PDF first"))
    request = save_request(
        db, None, RequestInput("2026-R-03", TODAY, "Agreements", accounts=(account.url,))
    )
    before = dump(db)
    with pytest.raises(
        ClerkDeskError,
        match=r"Replacing the signed agreement scan of a term on .* request 2026-R-03 is open",
    ):
        assignments.attach_scan(db, term.id, _screenshot(tmp_path, "b.pdf", b"%PDF second"))
    assert dump(db) == before
    # The same paper attached again replaces nothing.
    assert assignments.attach_scan(db, term.id, tmp_path / "a.pdf").scan_file == first.scan_file

    save_request(
        db,
        request.id,
        RequestInput(
            "2026-R-03", TODAY, "Agreements", "granted", closed_on=TODAY, accounts=(account.url,)
        ),
    )
    view = assignments.attach_scan(db, term.id, tmp_path / "b.pdf")
    assert view.scan_file != first.scan_file
