"""`check` replays a blackout's suspensions: a suspended term's days or reason changed in the
table without an event (a term restored early by hand) are each reported in words, on SQLite
and PostgreSQL; a renamed election, a person's new employee ID and an account's new web address
leave it clean; suspensions recorded before the events named each are noted, and checked from
their next change."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from clerkdesk.services.accounts.writes import update_account
from clerkdesk.services.elections.blackouts import restore_candidate, suspend_candidate
from clerkdesk.services.elections.writes import (
    CandidateInput,
    ElectionInput,
    save_candidate,
    save_election,
)
from clerkdesk.services.integrity import maintenance
from clerkdesk.services.integrity.audit import Change, record
from clerkdesk.services.kernel.inputs import AccountInput, PersonInput
from clerkdesk.services.people import writes as people
from clerkdesk.store.models.elections import Suspension

from .duties_city import PARKS, POOL, small_city

START = "2026-01-06T00:00:00+00:00"
KEY = f"{PARKS} authorized-user {START} Spring 2027/A7"
PARKS_TERM = (
    "(SELECT t.id FROM assignment t JOIN account a ON a.id = t.account_id "
    f"JOIN person p ON p.id = t.person_id WHERE a.url = '{PARKS}' AND p.employee_id = 'A7')"
)


@pytest.fixture
def suspended_city(db):  # type: ignore[no-untyped-def]
    small_city(db)
    save_election(db, None, ElectionInput("Spring 2027", date(2026, 12, 1), date(2027, 4, 6)))
    candidate = save_candidate(db, None, CandidateInput("Spring 2027", "A7"))
    suspend_candidate(db, candidate.id)
    restore_candidate(db, candidate.id)
    assert maintenance.check(db) == []
    return db


CHANGED = [
    (
        "suspended_from = '2026-12-02'",
        "suspended_from is 2026-12-02 in the table, 2026-12-01 in the audit log",
    ),
    ("suspended_to = NULL", "suspended_to is empty in the table, 2027-04-07 in the audit log"),
    (
        "suspended_to = '2027-03-01'",
        "suspended_to is 2027-03-01 in the table, 2027-04-07 in the audit log",
    ),
    ("reason = 'asked'", "reason is asked in the table, election blackout in the audit log"),
]


@pytest.mark.parametrize(("change", "said"), CHANGED, ids=[c[0].split()[0] for c in CHANGED])
def test_a_suspension_changed_without_an_event_is_reported(suspended_city, change, said) -> None:  # type: ignore[no-untyped-def]
    with suspended_city.engine.begin() as conn:
        conn.execute(text(f"UPDATE suspension SET {change} WHERE assignment_id = {PARKS_TERM}"))
    assert maintenance.check(suspended_city) == [f"suspension {KEY}: {said}"]


def test_a_suspension_added_or_unlinked_by_hand_is_reported(suspended_city) -> None:  # type: ignore[no-untyped-def]
    with suspended_city.engine.begin() as conn:
        conn.execute(
            text(f"UPDATE suspension SET candidate_id = NULL WHERE assignment_id = {PARKS_TERM}")
        )
        conn.execute(
            text(
                "INSERT INTO suspension (assignment_id, candidate_id, suspended_from, reason, "
                "recorded_at, recorded_by) SELECT t.id, c.id, '2027-05-01', 'asked', "
                "'2026-11-20 21:00:00', 'clerk' FROM assignment t, candidate c JOIN account a "
                f"ON a.url = '{PARKS}' WHERE t.account_id = a.id AND t.role = 'custodian'"
            )
        )
    assert maintenance.check(suspended_city) == [
        f"suspension {PARKS} authorized-user {START} (no candidacy): in the table with no "
        "event in the audit log",
        f"suspension {PARKS} custodian {START} Spring 2027/A7: in the table with no event in "
        "the audit log",
    ]


def test_a_new_name_employee_id_or_address_moves_its_suspensions(suspended_city) -> None:  # type: ignore[no-untyped-def]
    db = suspended_city
    with db.reading() as session:
        election_id = session.execute(text("SELECT id FROM election")).scalar_one()
        person_id = session.execute(
            text("SELECT id FROM person WHERE employee_id = 'A7'")
        ).scalar_one()
        pool_id = session.execute(
            text("SELECT id FROM account WHERE url = :u"), {"u": POOL}
        ).scalar_one()
    save_election(db, election_id, ElectionInput("April 2027", date(2026, 12, 1), date(2027, 4, 6)))
    people.update_person(
        db, person_id, PersonInput("A8", "Dana Alder", "Alderperson", kind="elected")
    )
    update_account(db, pool_id, AccountInput("https://x.com/pool", "x", "Parks", status="approved"))
    assert maintenance.check(db) == []
    # And the keys they moved to are the ones checked.
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE suspension SET reason = 'asked'"))
    assert maintenance.check(db) == [
        f"suspension {PARKS} authorized-user {START} April 2027/A8: reason is asked in the "
        "table, election blackout in the audit log",
        f"suspension https://x.com/pool authorized-user {START} April 2027/A8: reason is asked "
        "in the table, election blackout in the audit log",
    ]


def test_a_suspension_recorded_before_its_events_named_it_is_noted(db) -> None:  # type: ignore[no-untyped-def]
    """A register written before the suspend events named each suspension: its candidate's
    event gave the accounts only. `check` notes it, then checks what its restore says."""
    small_city(db)
    save_election(db, None, ElectionInput("Spring 2027", date(2026, 12, 1), date(2027, 4, 6)))
    candidate = save_candidate(db, None, CandidateInput("Spring 2027", "A7"))
    with db.writing() as session:
        term_id = session.execute(text(PARKS_TERM[1:-1])).scalar_one()
        session.add(
            Suspension(
                assignment_id=term_id,
                candidate_id=candidate.id,
                suspended_from=date(2026, 12, 1),
                reason="election blackout",
                recorded_at=datetime(2026, 11, 20, 21, tzinfo=UTC),
                recorded_by="clerk",
            )
        )
        record(
            session,
            db,
            Change(
                "candidate.suspend",
                "candidate",
                "Spring 2027/A7",
                "Suspended Dana Alder's posting access from 2026-12-01",
                {"on": date(2026, 12, 1), "accounts": [PARKS], "reason": "election blackout"},
            ),
        )
    noted = (
        "1 suspension(s) recorded before the audit log named each suspension on its own: "
        "checked from their next change"
    )
    report = maintenance.check_report(db)
    assert report.problems == [] and noted in report.notes
    # Noted still once the election is renamed; then its restore names it, and it is checked.
    save_election(db, None, ElectionInput("Fall 2027", date(2027, 6, 1), date(2027, 11, 2)))
    with db.reading() as session:
        election_id = session.execute(
            text("SELECT id FROM election WHERE name = 'Spring 2027'")
        ).scalar_one()
    save_election(db, election_id, ElectionInput("April 2027", date(2026, 12, 1), date(2027, 4, 6)))
    report = maintenance.check_report(db)
    assert report.problems == [] and noted in report.notes
    restore_candidate(db, candidate.id)
    report = maintenance.check_report(db)
    assert report.problems == [] and noted not in report.notes
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE suspension SET suspended_to = '2027-03-01', reason = 'x'"))
    # What no event named (the reason) is not held; the restore's day is.
    key = f"{PARKS} authorized-user {START} April 2027/A7"
    assert maintenance.check(db) == [
        f"suspension {key}: suspended_to is 2027-03-01 in the table, 2027-04-07 in the audit log"
    ]
