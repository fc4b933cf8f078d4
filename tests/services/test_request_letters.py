# ruff: noqa: F811  (the `city` fixture, taken from test_records_requests)
"""A public-records request's letters (R17): each kind printed with what the law asks it to say,
read back from the PDF; kept with the request with the SHA-256 of the very bytes saved, replayed
by `check`; a denial without its reasons refused; the city's own text used; the custodian named."""

import hashlib
import json
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from clerkdesk.core.errors import ClerkDeskError
from clerkdesk.services.integrity import maintenance
from clerkdesk.services.requests.files import request_file_path, request_files
from clerkdesk.services.requests.letter_texts import (
    default_letter_text,
    letter_text,
    update_letter_text,
)
from clerkdesk.services.requests.letters import write_letter
from clerkdesk.services.requests.writes import RequestInput, list_requests, save_request
from clerkdesk.services.transfer import csv_import
from clerkdesk.store.models.audit import AuditEvent
from clerkdesk.store.models.requests import RequestFile

from .test_records_requests import TODAY, URL, city, write  # noqa: F401

REASONS = "The records are part of a pending investigation (Wis. Stat. 19.35(1)(a))."


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


@pytest.fixture
def letters_city(city, tmp_path):  # type: ignore[no-untyped-def]
    csv_import.import_csv(
        city,
        "people",
        write(
            tmp_path,
            "p2.csv",
            "employee_id,name,department,title\nE2,Rosa Marquez,Parks,Parks Director\n",
        ),
    )
    csv_import.import_csv(
        city,
        "assignments",
        write(
            tmp_path,
            "t.csv",
            f"account_url,employee_id,role,starts_on\n{URL},E2,custodian,2024-01-02\n",
        ),
    )
    return city


def _request(db, **given):  # type: ignore[no-untyped-def]
    fields = {"summary": "Every comment removed in August", "accounts": (URL,), **given}
    received = fields.pop("received_on", TODAY - timedelta(days=12))
    save_request(db, None, RequestInput("2026-014", received, requester="Jo Reed", **fields))
    return list_requests(db)[0].id


def test_an_acknowledgment_names_the_days_the_custodian_and_the_city(
    letters_city, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    request_id = _request(letters_city, acknowledged_on=TODAY - timedelta(days=11))
    out = tmp_path / "ack.pdf"
    kept = write_letter(letters_city, request_id, "acknowledgment", out)
    said = pdf_text(out)
    for words in (
        "City of Stoughton",
        "November 9, 2026",  # acknowledged on: the letter's date
        "Jo Reed",
        "Public-records request 2026-014, received November 8, 2026",
        "Every comment removed in August",
        "Rosa Marquez, Parks Director: custodian of https://facebook.com/stoughtonparks",
        "as soon as practicable and without delay",
        # Signed by whoever answers it: here the account's custodian (no office is named).
        "Sincerely, ______________________________________ Rosa Marquez Parks Director "
        "City of Stoughton",
    ):
        assert words in said, words
    # Kept with the request: the very bytes saved, by their SHA-256.
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert kept.sha256 == digest and kept.kind == "acknowledgment"
    [listed] = request_files(letters_city, request_id)
    assert (listed.kind, listed.original_name) == ("acknowledgment", "ack.pdf")
    assert request_file_path(letters_city, listed.id).read_bytes() == out.read_bytes()
    assert list_requests(letters_city)[0].files == 1
    assert maintenance.check(letters_city) == []


def test_an_extension_gives_both_targets_and_why(letters_city, tmp_path) -> None:  # type: ignore[no-untyped-def]
    request_id = _request(letters_city, extended_to=TODAY + timedelta(days=14))
    out = tmp_path / "ext.pdf"
    with pytest.raises(ClerkDeskError, match="say why more time is needed"):
        write_letter(letters_city, request_id, "extension", out, why="  ")
    assert not out.exists() and request_files(letters_city, request_id) == []
    write_letter(letters_city, request_id, "extension", out, why="The messages are on tape.")
    said = pdf_text(out)
    # Received Nov 8 (a Sunday); 10 work days, Veterans Day skipped: Nov 23.
    assert "First target New target November 23, 2026 December 4, 2026" in said
    assert "Why more time is needed The messages are on tape." in said
    with letters_city.reading() as session:
        event = session.query(AuditEvent).filter_by(action="request.file").one()
    assert json.loads(event.details)["why"] == "The messages are on tape."


def test_an_extension_needs_its_new_target(letters_city, tmp_path) -> None:  # type: ignore[no-untyped-def]
    request_id = _request(letters_city)
    with pytest.raises(ClerkDeskError, match=r"record the new target .* first"):
        write_letter(letters_city, request_id, "extension", tmp_path / "x.pdf", why="Tapes")


def test_a_partial_grant_says_what_is_withheld_and_how_to_have_it_reviewed(
    letters_city, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    request_id = _request(
        letters_city, status="partly-granted", closed_on=TODAY, reasons="Names of minors."
    )
    out = tmp_path / "response.pdf"
    write_letter(letters_city, request_id, "response", out)
    said = pdf_text(out)
    assert "Some of the records you asked for are released" in said
    assert "What is withheld, and why Names of minors." in said
    assert "mandamus" in said and "Attorney General" in said and "district attorney" in said


def test_a_full_grant_has_no_review_paragraph(letters_city, tmp_path) -> None:  # type: ignore[no-untyped-def]
    request_id = _request(
        letters_city, status="granted", closed_on=TODAY, custodian_employee_id="E1"
    )
    out = tmp_path / "granted.pdf"
    write_letter(letters_city, request_id, "response", out)
    said = pdf_text(out)
    # The person named to answer it signs; the account's custodian is still named.
    assert "Sincerely, ______________________________________ Ann Lee City of Stoughton" in said
    assert "Rosa Marquez, Parks Director: custodian of https://facebook.com/stoughtonparks" in said
    assert "The records you asked for are released with this letter." in said
    assert "mandamus" not in said and "November 20, 2026" in said
    with pytest.raises(ClerkDeskError, match="not denied"):
        write_letter(letters_city, request_id, "denial", tmp_path / "d.pdf")


def test_a_denial_gives_its_reasons_and_the_review_rights(letters_city, tmp_path) -> None:  # type: ignore[no-untyped-def]
    request_id = _request(letters_city, status="denied", closed_on=TODAY, reasons=REASONS)
    out = tmp_path / "denial.pdf"
    write_letter(letters_city, request_id, "denial", out)
    said = pdf_text(out)
    assert f"The reasons for the denial {REASONS}" in said
    for words in ("action for mandamus", "19.37(1)", "Attorney General", "district attorney"):
        assert words in said, words
    assert "19.35(4)(b)" in said


def test_a_denial_without_its_reasons_is_refused_and_nothing_kept(letters_city, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A file's denial may come without its reasons (INTERFACE.md); its letter may not.
    save_request(
        letters_city,
        None,
        RequestInput(
            "2026-015",
            TODAY - timedelta(days=5),
            "Posts",
            status="denied",
            closed_on=TODAY,
            accounts=(URL,),
            given=frozenset({"number"}),
        ),
    )
    [request] = list_requests(letters_city)
    assert request.status == "denied" and not request.reasons
    out = tmp_path / "denial.pdf"
    with pytest.raises(ClerkDeskError, match=r"gives the reasons for the denial.*none recorded"):
        write_letter(letters_city, request.id, "denial", out)
    assert not out.exists()
    with letters_city.reading() as session:
        assert session.query(RequestFile).count() == 0
        assert session.query(AuditEvent).filter_by(action="request.file").count() == 0


def test_the_city_replaces_a_letter_text(letters_city, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert letter_text(letters_city, "acknowledgment") == (
        default_letter_text("acknowledgment"),
        False,
    )
    update_letter_text(
        letters_city,
        "acknowledgment",
        "Dear {requester},\n\nThe {city} has your request {number} of {received_on}. {braces}",
    )
    assert letter_text(letters_city, "acknowledgment")[1] is True
    request_id = _request(letters_city)
    out = tmp_path / "own.pdf"
    write_letter(letters_city, request_id, "acknowledgment", out)
    said = pdf_text(out)
    assert "Dear Jo Reed," in said
    assert "The City of Stoughton has your request 2026-014 of November 8, 2026. {braces}" in said
    assert "as soon as practicable" not in said  # ClerkDesk's wording is replaced
    assert "Rosa Marquez, Parks Director: custodian of" in said  # the custodian still named
    # The other letters keep ClerkDesk's text; ClerkDesk's own text saved is no replacement.
    assert letter_text(letters_city, "denial")[1] is False
    update_letter_text(letters_city, "acknowledgment", default_letter_text("acknowledgment"))
    assert letter_text(letters_city, "acknowledgment")[1] is False
    with letters_city.reading() as session:
        actions = [e.action for e in session.query(AuditEvent).filter_by(entity="city")]
    assert actions.count("letter.text") == 2


def test_a_denial_letter_by_a_city_text_still_says_how_to_have_it_reviewed(
    letters_city, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    update_letter_text(letters_city, "denial", "No.")
    request_id = _request(letters_city, status="denied", closed_on=TODAY, reasons=REASONS)
    out = tmp_path / "denial.pdf"
    write_letter(letters_city, request_id, "denial", out)
    said = pdf_text(out)
    assert "No." in said and REASONS in said and "mandamus" in said


def test_check_finds_a_kept_letter_changed_or_relabelled(letters_city, tmp_path) -> None:  # type: ignore[no-untyped-def]
    request_id = _request(letters_city, status="denied", closed_on=TODAY, reasons=REASONS)
    kept = write_letter(letters_city, request_id, "denial", None)
    assert maintenance.check(letters_city) == []
    with letters_city.writing() as session:
        session.get(RequestFile, kept.id).kind = "answer"  # type: ignore[union-attr]
    [problem] = maintenance.check(letters_city)
    assert "kind is answer in the table, denial in the audit log" in problem
