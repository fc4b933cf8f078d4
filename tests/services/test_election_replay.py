"""`check` replays the elections register: an election's days and a candidate's last day as a
candidate, changed in the table without an event (a blackout shortened by hand), are each
reported in words, on SQLite and PostgreSQL; a renamed election, a person's new employee ID
and a blackout's suspension leave it clean."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from clerkdesk.services.elections.blackouts import suspend_candidate
from clerkdesk.services.elections.writes import (
    CandidateInput,
    ElectionInput,
    save_candidate,
    save_election,
)
from clerkdesk.services.integrity import maintenance
from clerkdesk.services.kernel.inputs import PersonInput
from clerkdesk.services.people import writes as people

from .duties_city import small_city


@pytest.fixture
def elections_city(db):  # type: ignore[no-untyped-def]
    small_city(db)
    spring = save_election(
        db, None, ElectionInput("Spring 2027", date(2026, 12, 1), date(2027, 4, 6))
    )
    # Changes, recorded: the election renamed and moved, the candidacy ended early.
    save_election(db, spring.id, ElectionInput("April 2027", date(2026, 12, 1), date(2027, 4, 13)))
    candidate = save_candidate(db, None, CandidateInput("April 2027", "A7"))
    save_candidate(db, candidate.id, CandidateInput("April 2027", "A7", date(2027, 2, 1)))
    assert maintenance.check(db) == []
    return db


CHANGED = [
    (
        "UPDATE election SET papers_from = '2026-11-01'",
        "election April 2027: papers_from is 2026-11-01 in the table, 2026-12-01 in the audit log",
    ),
    (
        "UPDATE election SET election_on = '2027-04-06'",
        "election April 2027: election_on is 2027-04-06 in the table, 2027-04-13 in the audit log",
    ),
    (
        "UPDATE candidate SET until_on = NULL",
        "candidate April 2027/A7: until_on is empty in the table, 2027-02-01 in the audit log",
    ),
    (
        "UPDATE candidate SET until_on = '2027-01-15'",
        "candidate April 2027/A7: until_on is 2027-01-15 in the table, 2027-02-01 in the audit log",
    ),
]


@pytest.mark.parametrize(("statement", "said"), CHANGED, ids=[s[1].split()[2] for s in CHANGED])
def test_an_election_or_candidate_changed_without_an_event_is_reported(  # type: ignore[no-untyped-def]
    elections_city, statement, said
) -> None:
    with elections_city.engine.begin() as conn:
        conn.execute(text(statement))
    assert maintenance.check(elections_city) == [said]


def test_an_election_and_a_candidate_added_by_hand_are_reported(elections_city) -> None:  # type: ignore[no-untyped-def]
    with elections_city.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO election (name, papers_from, election_on) "
                "VALUES ('Fall 2027', '2027-06-01', '2027-11-02')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO candidate (election_id, person_id) SELECT e.id, p.id "
                "FROM election e, person p WHERE e.name = 'Fall 2027' AND p.employee_id = 'A7'"
            )
        )
    assert maintenance.check(elections_city) == [
        "election Fall 2027: in the table with no event in the audit log",
        "candidate Fall 2027/A7: in the table with no event in the audit log",
    ]


def test_a_new_employee_id_and_a_suspension_leave_it_clean(elections_city) -> None:  # type: ignore[no-untyped-def]
    with elections_city.reading() as session:
        candidate_id = session.execute(text("SELECT id FROM candidate")).scalar_one()
    suspend_candidate(elections_city, candidate_id)
    with elections_city.reading() as session:
        assert session.execute(
            text("SELECT count(*) FROM audit_event WHERE action = 'candidate.suspend'")
        ).scalar_one()
        person_id = session.execute(
            text("SELECT id FROM person WHERE employee_id = 'A7'")
        ).scalar_one()
    people.update_person(
        elections_city, person_id, PersonInput("A8", "Dana Alder", "Alderperson", kind="elected")
    )
    assert maintenance.check(elections_city) == []


def test_a_candidate_named_with_the_election_in_another_case_is_clean(elections_city) -> None:  # type: ignore[no-untyped-def]
    people.create_person(
        elections_city, PersonInput("E100X", "Lee Park", "Alderperson", kind="elected")
    )
    save_candidate(elections_city, None, CandidateInput("april 2027", "E100X"))
    assert maintenance.check(elections_city) == []
