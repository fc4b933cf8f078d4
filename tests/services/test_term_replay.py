"""`check` replays the terms (who holds which role on which account) from the audit log: every
path that adds, ends or changes a term says so in its event, so a sound register checks out,
and a term's end, cause, signatures or approvals changed in the table without an event — or a
term added there without one — is reported in plain words."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.city import writes as city
from clerkdesk.services.demo import city as demo
from clerkdesk.services.demo.terms import add_terms
from clerkdesk.services.departments.writes import update_department
from clerkdesk.services.integrity import maintenance
from clerkdesk.services.integrity.replay import replay_problems
from clerkdesk.services.integrity.term_replay import (
    _rows,
    names_every_term,
    replay_terms,
    term_notes,
)
from clerkdesk.services.kernel.inputs import (
    AccountInput,
    ApprovalInput,
    DepartmentInput,
    PersonInput,
    TermApprovalsInput,
)
from clerkdesk.services.people import separation
from clerkdesk.services.people import writes as people
from clerkdesk.services.reviews import writes as reviews
from clerkdesk.services.terms import writes as assignments
from clerkdesk.services.transfer import csv_import

from ..conftest import NOW

CHICAGO = ZoneInfo("America/Chicago")
FB, X, IG = "https://facebook.com/parks", "https://x.com/parks", "https://instagram.com/parks"
YT = "https://youtube.com/@parks"


def chicago(*args: int) -> datetime:
    return datetime(*args, tzinfo=CHICAGO)  # type: ignore[misc]


def problems(db) -> list[str]:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return replay_problems(session)


def named_every_term(db) -> bool:  # type: ignore[no-untyped-def]
    """Every term in the table is named by an event (the replay is not vacuous)."""
    with db.reading() as session:
        states = replay_terms(session)
        return names_every_term(session) and set(_rows(session)) == set(states) != set()


def term(db, url: str, employee_id: str, role: str):  # type: ignore[no-untyped-def]
    account = accounts.find_account(db, url)
    return next(
        t
        for t in assignments.account_assignments(db, account.id)
        if (t.employee_id, t.role) == (employee_id, role)
    )


def write(path: Path, body: str) -> Path:
    path.write_text(body)
    return path


@pytest.fixture
def office(db, parks):  # type: ignore[no-untyped-def]
    """Parks with three accounts and five people besides its head, E100."""
    for employee_id, name in (
        ("E200", "Tom Becker"),
        ("E300", "Ruth Castillo"),
        ("E400", "Ana Ortiz"),
        ("E500", "Lee Park"),
        ("E600", "Sam Dole"),
    ):
        people.create_person(db, PersonInput(employee_id, name, "Staff", "Parks"))
    update_department(db, parks.id, DepartmentInput("Parks", "E100"))
    for url, platform, status in ((FB, "facebook", "pre-existing"), (X, "x", "pre-existing")):
        accounts.create_account(db, AccountInput(url, platform, "Parks", status=status))
    accounts.create_account(db, AccountInput(IG, "instagram", "Parks"))
    return db


def test_every_path_that_writes_terms_replays_clean(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = office
    fb, x = accounts.find_account(db, FB), accounts.find_account(db, X)
    # Designated in the window.
    assignments.designate(db, fb.id, "E200", "custodian", chicago(2026, 1, 5, 9))
    assignments.designate(db, x.id, "E200", "authorized-user", chicago(2026, 1, 5, 9))
    assignments.designate(db, x.id, "E300", "administrator", chicago(2026, 2, 1, 9))
    assignments.designate(db, x.id, "E600", "authorized-user", chicago(2026, 2, 1, 9))
    # An assignments file: a custodian succeeded by import, a term added with its signatures,
    # a term's end and signatures changed, and on X a custodian the same file adds and then
    # succeeds.
    csv_import.import_csv(
        db,
        "assignments",
        write(
            tmp_path / "terms.csv",
            "account_url,employee_id,role,starts_on,ends_on,agreement_signed_on,"
            "director_signed_on,office_signed_on\n"
            f"{FB},E300,custodian,2026-05-01,,,,\n"
            f"{FB},E400,authorized-user,2026-03-01,,2026-03-02,2026-03-03,2026-03-04\n"
            f"{X},E200,authorized-user,2026-01-05,2026-06-30,2026-01-06,2026-01-07,2026-01-08\n"
            f"{X},E400,custodian,2026-04-01,,,,\n"
            f"{X},E300,custodian,2026-08-01,,,,\n",
        ),
    )
    assert term(db, FB, "E200", "custodian").ends_at == chicago(2026, 5, 1)
    assert term(db, X, "E400", "custodian").ends_at == chicago(2026, 8, 1)
    # A later file ends a term it gave and opens one again.
    csv_import.import_csv(
        db,
        "assignments",
        write(
            tmp_path / "ends.csv",
            "account_url,employee_id,role,starts_on,ends_on\n"
            f"{X},E600,authorized-user,2026-02-01,2026-09-30\n",
        ),
    )
    assert problems(db) == []
    # A custodian succeeded in the window.
    assignments.designate(db, x.id, "E500", "custodian", NOW - timedelta(days=1))
    assert term(db, X, "E300", "custodian").ends_at == NOW - timedelta(days=1)
    # Ended, signed.
    admin = term(db, X, "E300", "administrator")
    assignments.end_assignment(db, admin.id, NOW - timedelta(days=2), "moved to Library")
    fb_custodian = term(db, FB, "E300", "custodian")
    assignments.record_signatures(
        db, fb_custodian.id, date(2026, 5, 2), date(2026, 5, 3), date(2026, 5, 4)
    )
    assignments.record_signatures(db, fb_custodian.id, date(2026, 5, 2), None, date(2026, 5, 5))
    # A review done on paper in March that removed Tom from X.
    lines = reviews.past_review_lines(db, "Parks", date(2026, 3, 2))
    removed = term(db, X, "E200", "authorized-user").id
    reviews.record_past_review(
        db,
        "Parks",
        "E100",
        date(2026, 3, 2),
        {line.assignment_id: ("remove" if line.assignment_id == removed else "keep", None)
         for line in lines},
    )  # fmt: skip
    assert term(db, X, "E200", "authorized-user").ends_at == chicago(2026, 3, 2)
    # The review under way, recorded: Ruth off Facebook.
    review = reviews.start_review(db, "Parks")
    reviews.record_outcome(
        db,
        review.id,
        "E100",
        date(2026, 11, 20),
        {
            line.id: ("remove" if (line.url, line.employee_id) == (FB, "E300") else "keep", None)
            for line in review.lines
        },
    )
    assert term(db, FB, "E300", "custodian").ends_at == NOW
    # The Council's approval designates the custodian of a new account (R2).
    ig = accounts.find_account(db, IG)
    accounts.approve_account(
        db,
        ig.id,
        ApprovalInput(
            "council", "Common Council", date(2026, 11, 2), "Res. 2026-40", True,
            designated_employee_id="E100",
        ),
    )  # fmt: skip
    assert term(db, IG, "E100", "custodian")
    # An imported Council approval completed with its designation.
    csv_import.import_csv(
        db,
        "accounts",
        write(
            tmp_path / "accounts.csv",
            "url,platform,department,status,authority,approved_by,approved_on\n"
            f"{YT},youtube,Parks,approved,council,Common Council,2026-01-05\n",
        ),
    )
    accounts.record_determinations(db, accounts.find_account(db, YT).id, True, None, False, "E300")
    assert term(db, YT, "E300", "custodian").starts_at == chicago(2026, 1, 5)
    # Separations: recorded as such, by a person's separation date, and by a people file.
    separation.separate(db, "E400", NOW - timedelta(hours=3))
    lee = next(p for p in people.list_people(db) if p.employee_id == "E500")
    people.update_person(
        db, lee.id, PersonInput("E500", "Lee Park", "Staff", "Parks", separated_on=NOW.date())
    )
    assignments.designate(db, ig.id, "E600", "authorized-user", chicago(2026, 11, 3, 9))
    csv_import.import_csv(
        db,
        "people",
        write(
            tmp_path / "people.csv",
            "employee_id,name,title,department,separated_on\n"
            "E600,Sam Dole,Staff,Parks,2026-11-19\n",
        ),
    )
    assert term(db, IG, "E600", "authorized-user").ends_at == chicago(2026, 11, 19)
    # The two approvals of a term (R1, R4), in the window and by a file.
    city.update_profile(db, term_approvals=True)
    ig_custodian = term(db, IG, "E100", "custodian")
    assignments.record_term_approvals(
        db, ig_custodian.id, TermApprovalsInput("Priya Raman", date(2026, 11, 3))
    )
    csv_import.import_csv(
        db,
        "assignments",
        write(
            tmp_path / "approvals.csv",
            "account_url,employee_id,role,starts_on,director_approved_by,director_approved_on,"
            "office_approved_by,office_approved_on\n"
            f"{IG},E100,custodian,2026-11-02,Priya Raman,2026-11-03,City Clerk,2026-11-04\n",
        ),
    )
    assert term(db, IG, "E100", "custodian").office_approved_on == date(2026, 11, 4)
    # A web address and an employee ID changed: the terms they name go along.
    accounts.update_account(
        db, fb.id, AccountInput(FB + "dept", "facebook", "Parks", status="pre-existing")
    )
    tom = next(p for p in people.list_people(db) if p.employee_id == "E200")
    people.update_person(db, tom.id, PersonInput("E201", "Tom Becker", "Staff", "Parks"))
    assert problems(db) == []
    assert named_every_term(db)
    assert maintenance.check(db) == []


def test_the_demonstration_city_names_every_term(db) -> None:  # type: ignore[no-untyped-def]
    """Its approvals designate custodians; its people's terms, signatures, a separation."""
    demo.load_demo(db)
    add_terms(db)
    assert problems(db) == []
    assert named_every_term(db)


@pytest.fixture
def held(office):  # type: ignore[no-untyped-def]
    """Tom, custodian of Facebook from 2026-03-01, ended 2026-10-01 (by a file), signed and
    approved."""
    db = office
    fb = accounts.find_account(db, FB)
    city.update_profile(db, term_approvals=True)
    assignments.designate(db, fb.id, "E200", "custodian", chicago(2026, 3, 1))
    tom = term(db, FB, "E200", "custodian")
    assignments.record_signatures(db, tom.id, date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4))
    assignments.record_term_approvals(
        db,
        tom.id,
        TermApprovalsInput("Priya Raman", date(2026, 3, 5), "City Clerk", date(2026, 3, 6)),
    )
    assignments.end_assignment(db, tom.id, chicago(2026, 10, 1), "moved to Library")
    assert problems(db) == []
    return db


def _sql(db, statement: str, **params: object) -> None:  # type: ignore[no-untyped-def]
    with db.engine.begin() as conn:
        conn.execute(text(statement), params)


def utc(moment: datetime) -> datetime:
    """A moment as the assignment table holds it: naive UTC."""
    return moment.astimezone(UTC).replace(tzinfo=None)


GHOST = (
    "INSERT INTO assignment (account_id, person_id, role, starts_at) SELECT a.id, p.id, "
    "'authorized-user', :at FROM account a, person p WHERE a.url = :u AND p.employee_id = 'E300'"
)


TOM = f"term of E200 as custodian of {FB} from 2026-03-01: "
TAMPERED = [
    ("ends_at", chicago(2026, 12, 1), "2026-12-01 00:00", "2026-10-01 00:00"),
    ("ends_at", None, "empty", "2026-10-01 00:00"),
    ("end_cause", "succession", "succession", "ended"),
    ("end_reason", "retired", "retired", "moved to Library"),
    ("user_signed_on", date(2026, 2, 1), "2026-02-01", "2026-03-02"),
    ("director_signed_on", None, "empty", "2026-03-03"),
    ("office_signed_on", date(2026, 3, 9), "2026-03-09", "2026-03-04"),
    ("director_approved_by", "Someone Else", "Someone Else", "Priya Raman"),
    ("director_approved_on", date(2026, 3, 1), "2026-03-01", "2026-03-05"),
    ("office_approved_by", None, "empty", "City Clerk"),
    ("office_approved_on", date(2026, 3, 7), "2026-03-07", "2026-03-06"),
]


@pytest.mark.parametrize(
    ("field", "value", "table", "log"), TAMPERED, ids=[f"{t[0]}={t[1]}" for t in TAMPERED]
)
def test_a_term_changed_without_an_event_is_reported(held, field, value, table, log) -> None:  # type: ignore[no-untyped-def]
    value = utc(value) if isinstance(value, datetime) else value
    _sql(held, f"UPDATE assignment SET {field} = :v", v=value)
    assert problems(held) == [f"{TOM}{field} is {table} in the table, {log} in the audit log"]
    assert maintenance.check(held) == problems(held)


def test_a_moment_moved_by_a_second_shows_the_seconds(held) -> None:  # type: ignore[no-untyped-def]
    _sql(held, "UPDATE assignment SET ends_at = :v", v=utc(chicago(2026, 10, 1, 0, 0, 1)))
    assert problems(held) == [
        f"{TOM}ends_at is 2026-10-01 00:00:01 in the table, 2026-10-01 00:00 in the audit log"
    ]


def test_a_term_added_or_removed_without_an_event_is_reported(held) -> None:  # type: ignore[no-untyped-def]
    _sql(held, GHOST, u=FB, at=utc(chicago(2026, 4, 1, 9)))
    assert problems(held) == [
        f"term of E300 as authorized user of {FB} from 2026-04-01: in the table with no "
        "event in the audit log"
    ]
    _sql(held, "DELETE FROM assignment WHERE role = 'custodian'")
    assert problems(held)[-1] == f"{TOM}in the audit log, not in the table"


def test_a_term_moved_to_another_start_is_a_term_removed_and_one_added(held) -> None:  # type: ignore[no-untyped-def]
    _sql(held, "UPDATE assignment SET starts_at = :v", v=utc(chicago(2026, 2, 1)))
    assert problems(held) == [
        f"term of E200 as custodian of {FB} from 2026-02-01: in the table with no event in "
        "the audit log",
        f"{TOM}in the audit log, not in the table",
    ]


def test_a_log_from_before_terms_were_named_holds_only_what_it_names(held) -> None:  # type: ignore[no-untyped-def]
    """A database written by an earlier ClerkDesk: its designations name no terms, so a term
    without an event is not reported; what later events name is held."""
    with held.engine.begin() as conn:
        rows = conn.execute(
            text("SELECT seq, details FROM audit_event WHERE action = 'assignment.create'")
        ).all()
        for seq, details in rows:
            older = {k: v for k, v in json.loads(details).items() if k != "terms"}
            conn.execute(
                text("UPDATE audit_event SET details = :d WHERE seq = :s"),
                {"d": json.dumps(older, sort_keys=True), "s": seq},
            )
    _sql(held, GHOST, u=FB, at=utc(chicago(2026, 4, 1, 9)))
    assert problems(held) == []
    with held.reading() as session:
        assert term_notes(session) == [
            "audit log: terms designated before their events named them are checked from "
            "their first change since; one added by hand among them would not show"
        ]
    _sql(held, "UPDATE assignment SET office_signed_on = NULL WHERE role = 'custodian'")
    assert problems(held) == [
        f"{TOM}office_signed_on is empty in the table, 2026-03-04 in the audit log"
    ]


def test_an_altered_terms_block_is_left_to_the_chain_check(held) -> None:  # type: ignore[no-untyped-def]
    with held.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE audit_event SET details = :d WHERE seq = "
                "(SELECT max(seq) FROM audit_event WHERE action = 'assignment.end')"
            ),
            {"d": json.dumps({"terms": {"garbled": {"ends_at": None}, "a b": [1]}})},
        )
    report = maintenance.check(held)
    assert report[0].startswith("audit log: event ") and "was altered" in report[0]
    assert f"{TOM}ends_at is 2026-10-01 00:00 in the table, empty in the audit log" in report


def test_the_agreement_s_scan_is_replayed_from_the_events_that_keep_it(held, tmp_path) -> None:  # type: ignore[no-untyped-def]
    tom = term(held, FB, "E200", "custodian")
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF signed by Tom")
    kept = assignments.attach_scan(held, tom.id, scan)
    assert problems(held) == []
    _sql(held, "UPDATE assignment SET scan_sha256 = 'f00d' WHERE role = 'custodian'")
    assert problems(held) == [
        f"{TOM}scan_sha256 is f00d in the table, {kept.scan_sha256} in the audit log"
    ]
    # A term never scanned, given a scan by hand: the event that added it said it had none.
    _sql(held, "UPDATE assignment SET scan_sha256 = :d WHERE id = :i", d=kept.scan_sha256, i=tom.id)
    ruth = assignments.designate(held, _account_id(held, X), "E300", "authorized-user", NOW)
    _sql(held, "UPDATE assignment SET scan_file = 'forged.pdf' WHERE id = :i", i=ruth.id)
    assert problems(held) == [
        f"term of E300 as authorized user of {X} from 2026-11-20: scan_file is forged.pdf in "
        "the table, empty in the audit log"
    ]


def _account_id(db, url: str) -> int:  # type: ignore[no-untyped-def]
    return next(a.id for a in accounts.list_accounts(db) if a.url == url)
