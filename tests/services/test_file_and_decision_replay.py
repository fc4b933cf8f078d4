"""`check` replays a request's kept files and the clerk's decisions on repeat violators: each
field changed in the table without an event (a letter relabelled, a digest swapped, a decision
turned around) is reported in words, on SQLite and PostgreSQL; an account's new web address
leaves a decision clean; files and decisions recorded before the events named each are noted."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from clerkdesk.core.errors import ClerkDeskError
from clerkdesk.services.accounts.writes import update_account
from clerkdesk.services.integrity import maintenance
from clerkdesk.services.integrity.audit import Change, record
from clerkdesk.services.kernel.inputs import AccountInput
from clerkdesk.services.removals.decisions import decide_repeat
from clerkdesk.services.removals.writes import RemovalInput, record_removal
from clerkdesk.services.requests.files import attach_request_file
from clerkdesk.services.requests.writes import RequestInput, save_request
from clerkdesk.services.transfer import csv_import
from clerkdesk.store.models.removals import RepeatDecision
from clerkdesk.store.models.requests import RequestFile

URL = "https://facebook.com/stoughtonparks"
LETTER = b"%PDF-1.4 the request"


@pytest.fixture
def city(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    for kind, content in (
        ("departments", "name\nParks\n"),
        ("people", "employee_id,name,department\nE1,Ann Lee,Parks\n"),
        (
            "accounts",
            "url,platform,department,status,authority,approved_by,approved_on\n"
            f"{URL},facebook,Parks,approved,mayor,Tim Swadley,2019-07-01\n",
        ),
    ):
        path = tmp_path / f"{kind}.csv"
        path.write_text(content, encoding="utf-8")
        csv_import.import_csv(db, kind, path)
    request = save_request(db, None, RequestInput("R-1", date(2026, 11, 16), "All posts"))
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(LETTER)
    attach_request_file(db, request.id, "request", letter)
    for at in (datetime(2026, 11, 2, 15, tzinfo=UTC), datetime(2026, 11, 19, 16, tzinfo=UTC)):
        record_removal(
            db,
            RemovalInput(
                URL, at, "@troll", "Buy my boat!", "advertising", "hidden", "E1", None, None
            ),
        )
    decide_repeat(db, URL, "@troll", True, "second advertisement", date(2026, 11, 20))
    assert maintenance.check(db) == []
    return db


def kept_name(db) -> str:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return str(session.execute(text("SELECT scan_file FROM request_file")).scalar_one())


FILES = [
    ("kind = 'answer'", "kind is answer in the table, request in the audit log"),
    (
        "original_name = 'other.pdf'",
        "original_name is other.pdf in the table, letter.pdf in the audit log",
    ),
    ("scan_sha256 = 'abc'", "sha256 is abc in the table, {digest} in the audit log"),
]


@pytest.mark.parametrize(("change", "said"), FILES, ids=[f[0].split()[0] for f in FILES])
def test_a_kept_file_changed_without_an_event_is_reported(city, change, said) -> None:  # type: ignore[no-untyped-def]
    name = kept_name(city)
    with city.engine.begin() as conn:
        conn.execute(text(f"UPDATE request_file SET {change}"))
    found = [p for p in maintenance.check(city) if not p.startswith("files:")]
    assert found == [f"request file R-1 {name}: {said.format(digest=name[:-4])}"]


def test_a_file_swapped_or_added_by_hand_is_reported(city) -> None:  # type: ignore[no-untyped-def]
    name = kept_name(city)
    with city.engine.begin() as conn:
        conn.execute(text("UPDATE request_file SET scan_file = 'other.pdf'"))
    found = [p for p in maintenance.check(city) if not p.startswith("files:")]
    assert found == ["request file R-1 other.pdf: in the table with no event in the audit log"]
    with city.engine.begin() as conn:
        conn.execute(text("UPDATE request_file SET scan_file = :n"), {"n": name})
        conn.execute(
            text(
                "INSERT INTO request_file (request_id, kind, original_name, scan_file, "
                "scan_sha256, kept_at) SELECT request_id, 'released', 'posts.pdf', 'posts.pdf', "
                "'abc', kept_at FROM request_file"
            )
        )
    found = [p for p in maintenance.check(city) if not p.startswith("files:")]
    assert found == ["request file R-1 posts.pdf: in the table with no event in the audit log"]


def test_one_request_keeps_a_file_once(city, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    again = tmp_path / "again.pdf"
    again.write_bytes(LETTER)
    with city.reading() as session:
        request_id = session.execute(text("SELECT id FROM records_request")).scalar_one()
    with pytest.raises(ClerkDeskError, match=r"keeps this file already, as the request \(letter"):
        attach_request_file(city, request_id, "answer", again)
    assert maintenance.check(city) == []


DECISIONS = [
    ("block = :no", "block is False in the table, True in the audit log"),
    (
        "reason = 'first time'",
        "reason is first time in the table, second advertisement in the audit log",
    ),
    (
        "decided_on = '2026-11-19'",
        "decided_on is 2026-11-19 in the table, 2026-11-20 in the audit log",
    ),
]


@pytest.mark.parametrize(("change", "said"), DECISIONS, ids=[d[0].split()[0] for d in DECISIONS])
def test_a_decision_changed_without_an_event_is_reported(city, change, said) -> None:  # type: ignore[no-untyped-def]
    with city.engine.begin() as conn:
        conn.execute(text(f"UPDATE repeat_decision SET {change}"), {"no": False})
    assert maintenance.check(city) == [f"repeat-violator decision {URL} @troll: {said}"]


def test_a_decision_moved_to_another_poster_by_hand_is_reported(city) -> None:  # type: ignore[no-untyped-def]
    with city.engine.begin() as conn:
        conn.execute(text("UPDATE repeat_decision SET poster = '@other'"))
    assert maintenance.check(city) == [
        f"repeat-violator decision {URL} @other: in the table with no event in the audit log"
    ]


def test_an_account_s_new_address_moves_its_decisions(city) -> None:  # type: ignore[no-untyped-def]
    with city.reading() as session:
        account_id = session.execute(text("SELECT id FROM account")).scalar_one()
    new = "https://facebook.com/cityparks"
    update_account(city, account_id, AccountInput(new, "facebook", "Parks", status="approved"))
    assert maintenance.check(city) == []
    with city.engine.begin() as conn:
        conn.execute(text("UPDATE repeat_decision SET reason = 'x'"))
    assert maintenance.check(city) == [
        f"repeat-violator decision {new} @troll: reason is x in the table, second "
        "advertisement in the audit log"
    ]


def test_files_and_decisions_recorded_before_their_events_named_them_are_noted(city) -> None:  # type: ignore[no-untyped-def]
    """A register written before the events named each file and decision: a "request.file"
    event gave the kind, the name and the digest; a "removal.decide" event the poster, the
    block and the day. `check` notes them and reports nothing."""
    with city.writing() as session:
        request_id, number = session.execute(text("SELECT id, number FROM records_request")).one()
        account_id = session.execute(text("SELECT id FROM account")).scalar_one()
        session.add(
            RequestFile(
                request_id=request_id,
                kind="answer",
                original_name="answer.pdf",
                scan_file="ab.pdf",
                scan_sha256="ab",
                kept_at=datetime(2026, 11, 20, 21, tzinfo=UTC),
            )
        )
        session.add(
            RepeatDecision(
                account_id=account_id,
                poster="@old",
                block=False,
                reason="said sorry",
                decided_on=date(2026, 11, 1),
                decided_by="clerk",
            )
        )
        for change in (
            Change(
                "request.file",
                "records_request",
                number,
                f"Kept the answer of request {number}: answer.pdf",
                {"kind": "answer", "file": "ab.pdf", "sha256": "ab"},
            ),
            Change(
                "removal.decide",
                "account",
                URL,
                f"Decided not to block repeat violator @old on {URL}: said sorry",
                {"poster": "@old", "block": False, "decided_on": date(2026, 11, 1)},
            ),
        ):
            record(session, city, change)
    # The files' check says the kept file is not under scans/; the replay only notes.
    new = "https://facebook.com/cityparks"
    update_account(city, account_id, AccountInput(new, "facebook", "Parks", status="approved"))
    report = maintenance.check_report(city)
    assert [p for p in report.problems if not p.startswith("files:")] == []
    for noun in ("request file", "repeat-violator decision"):
        assert (
            f"1 {noun}(s) recorded before the audit log named each {noun} on its own: "
            "checked from their next change"
        ) in report.notes
