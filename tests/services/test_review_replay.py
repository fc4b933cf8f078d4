"""`check` replays the access reviews register: a review's start, the day it was done, its
reviewer and its signed worksheet, changed in the table without an event, are each reported in
words, on SQLite and PostgreSQL; a renamed department and a reviewer's new employee ID leave it
clean; reviews started before the events named each are noted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from clerkdesk.services.departments import writes as departments
from clerkdesk.services.integrity import maintenance
from clerkdesk.services.integrity.audit import Change, record
from clerkdesk.services.kernel.inputs import DepartmentInput, PersonInput
from clerkdesk.services.people import writes as people
from clerkdesk.services.reviews import writes as reviews
from clerkdesk.store.models.reviews import Review

from .duties_city import small_city

PAPER = date(2026, 3, 2)  # a review done on paper, entered later
NOW = "2026-11-20 21:00:00+00:00"  # the tests' clock, when review 2 starts


def _keep_all(lines):  # type: ignore[no-untyped-def]
    return {line.id: ("keep", None) for line in lines}


@pytest.fixture
def reviewed(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    small_city(db)
    reviews.record_past_review(
        db, "Parks", "E100", PAPER, _keep_all(reviews.past_review_lines(db, "Parks", PAPER))
    )
    review = reviews.start_review(db, "Parks")
    reviews.record_outcome(db, review.id, "E100", date(2026, 11, 20), _keep_all(review.lines))
    sheet = tmp_path / "sheet.pdf"
    sheet.write_bytes(b"%PDF signed")
    reviews.attach_worksheet(db, review.id, sheet)
    assert maintenance.check(db) == []
    return db


def _scan(db) -> str:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return str(session.execute(text("SELECT scan_file FROM review WHERE number = 2")).scalar())


CHANGED = [
    (
        2,
        "started_at = '2026-11-19 21:00:00'",
        f"started_at is 2026-11-19 21:00:00+00:00 in the table, {NOW} in the audit log",
    ),
    (
        1,
        "completed_on = '2026-03-01'",
        "completed_on is 2026-03-01 in the table, 2026-03-02 in the audit log",
    ),
    (2, "completed_on = NULL", "completed_on is empty in the table, 2026-11-20 in the audit log"),
    (
        1,
        "reviewer_id = (SELECT id FROM person WHERE employee_id = 'A7')",
        "reviewer_employee_id is A7 in the table, E100 in the audit log",
    ),
    (2, "scan_file = 'other.pdf'", "scan_file is other.pdf in the table, {scan} in the audit log"),
    (2, "scan_sha256 = NULL", "scan_sha256 is empty in the table, {digest} in the audit log"),
]


@pytest.mark.parametrize(
    ("number", "change", "said"), CHANGED, ids=[f"{c[0]}-{c[1].split()[0]}" for c in CHANGED]
)
def test_a_review_changed_without_an_event_is_reported(reviewed, number, change, said) -> None:  # type: ignore[no-untyped-def]
    scan = _scan(reviewed)
    with reviewed.engine.begin() as conn:
        conn.execute(text(f"UPDATE review SET {change} WHERE number = {number}"))
    found = [p for p in maintenance.check(reviewed) if not p.startswith("files:")]
    expected = said.format(scan=scan, digest=scan.removesuffix(".pdf"))
    assert found == [f"access review Parks #{number}: {expected}"]


def test_a_review_added_by_hand_is_reported(reviewed) -> None:  # type: ignore[no-untyped-def]
    with reviewed.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO review (department_id, number, started_at) "
                "SELECT id, 3, '2026-11-20 21:00:00' FROM department"
            )
        )
    assert maintenance.check(reviewed) == [
        "access review Parks #3: in the table with no event in the audit log"
    ]


def test_a_renamed_department_and_a_new_employee_id_leave_it_clean(reviewed) -> None:  # type: ignore[no-untyped-def]
    with reviewed.reading() as session:
        department_id = session.execute(text("SELECT id FROM department")).scalar_one()
        person_id = session.execute(
            text("SELECT id FROM person WHERE employee_id = 'E100'")
        ).scalar_one()
    departments.update_department(reviewed, department_id, DepartmentInput("Parks and Rec"))
    people.update_person(
        reviewed, person_id, PersonInput("E101", "Priya Raman", "Director", "Parks and Rec")
    )
    assert maintenance.check(reviewed) == []
    with reviewed.engine.begin() as conn:
        conn.execute(text("UPDATE review SET completed_on = '2026-03-01' WHERE number = 1"))
    assert maintenance.check(reviewed) == [
        "access review Parks and Rec #1: completed_on is 2026-03-01 in the table, 2026-03-02 "
        "in the audit log"
    ]


def test_a_review_started_before_its_events_named_it_is_noted(reviewed) -> None:  # type: ignore[no-untyped-def]
    with reviewed.writing() as session:
        department_id = session.execute(text("SELECT id FROM department")).scalar_one()
        old = Review(department_id=department_id, number=3, started_at=reviewed.clock())
        session.add(old)
        session.flush()
        record(
            session,
            reviewed,
            Change(
                "review.start",
                "department",
                "Parks",
                "Started access review 3 of Parks (2 lines)",
                {"review": old.id},
            ),
        )
    report = maintenance.check_report(reviewed)
    assert report.problems == []
    assert (
        "1 access review(s) recorded before the audit log named each access review on its own: "
        "checked from their next change"
    ) in report.notes


# A line of review 2: A7 on the x.com account, designated 2026-01-06 (duties_city).
POOL_LINE = "Parks #2: https://x.com/citypool A7 authorized-user 2026-01-06T00:00:00+00:00"


def _line_problems(db) -> set[str]:  # type: ignore[no-untyped-def]
    return {p for p in maintenance.check(db) if not p.startswith("files:")}


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ("rotate = :yes", "rotate is True in the table, False in the audit log"),
        ("decision = 'remove'", "decision is remove in the table, keep in the audit log"),
        ("notes = 'not needed'", "notes is not needed in the table, empty in the audit log"),
        (
            "removed_at = '2026-11-20 21:00:00'",
            "removed_at is 2026-11-20T21:00:00+00:00 in the table, empty in the audit log",
        ),
    ],
    ids=["rotate", "decision", "notes", "removed_at"],
)
def test_a_line_changed_without_an_event_is_reported(reviewed, change, said) -> None:  # type: ignore[no-untyped-def]
    with reviewed.engine.begin() as conn:
        conn.execute(
            text(
                f"UPDATE review_line SET {change} WHERE review_id = "
                "(SELECT id FROM review WHERE number = 2) AND assignment_id = (SELECT a.id FROM "
                "assignment a JOIN account c ON c.id = a.account_id JOIN person p ON "
                "p.id = a.person_id WHERE c.url = 'https://x.com/citypool' AND "
                "p.employee_id = 'A7')"
            ),
            {"yes": True},
        )
    assert _line_problems(reviewed) == {f"access review line {POOL_LINE}: {said}"}


def test_a_line_added_by_hand_is_reported(reviewed) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from clerkdesk.services.accounts import writes as accounts
    from clerkdesk.services.terms import writes as terms

    pool = next(a for a in accounts.list_accounts(reviewed) if a.url.startswith("https://x.com"))
    when = datetime(2026, 11, 20, 20, tzinfo=UTC)
    new = terms.designate(reviewed, pool.id, "E100", "administrator", when)
    assert maintenance.check(reviewed) == []
    # A term review 2 never covered, put on its worksheet by hand.
    with reviewed.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO review_line (review_id, assignment_id, rotate) "
                "SELECT id, :term, :no FROM review WHERE number = 2"
            ),
            {"term": new.id, "no": False},
        )
    assert _line_problems(reviewed) == {
        "access review line Parks #2: https://x.com/citypool E100 administrator "
        "2026-11-20T20:00:00+00:00: in the table with no event in the audit log"
    }


def test_the_lines_of_a_review_started_before_its_events_added_them_are_noted(reviewed) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.store.models.reviews import ReviewLine

    with reviewed.writing() as session:
        department_id = session.execute(text("SELECT id FROM department")).scalar_one()
        terms = session.execute(text("SELECT id FROM assignment")).scalars().all()
        old = Review(department_id=department_id, number=3, started_at=reviewed.clock())
        session.add(old)
        session.flush()
        session.add_all(ReviewLine(review_id=old.id, assignment_id=t, rotate=False) for t in terms)
        record(
            session,
            reviewed,
            Change(
                "review.start",
                "department",
                "Parks",
                f"Started access review 3 of Parks ({len(terms)} lines)",
                {"review": old.id},
            ),
        )
    report = maintenance.check_report(reviewed)
    assert report.problems == []
    assert (
        f"{len(terms)} access review line(s) recorded before the audit log named each access "
        "review line on its own: checked from their next change"
    ) in report.notes
