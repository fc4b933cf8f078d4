"""The Reviews page reads once: the same handful of statements for a city of two departments
as for one of ten (over a network each statement is a round trip), and what it shows is what
the department-by-department reads and the obligations engine say."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

from sqlalchemy import event

from clerkdesk.core.obligations.review import ACCESS_REVIEW
from clerkdesk.services.departments.writes import create_department, list_departments
from clerkdesk.services.kernel.inputs import DepartmentInput, PersonInput
from clerkdesk.services.obligations.due import due
from clerkdesk.services.people.writes import create_person
from clerkdesk.services.reviews.board import review_board
from clerkdesk.services.reviews.writes import annotate, record_outcome, review_history, start_review
from clerkdesk.services.terms.writes import designate
from tests.conftest import NOW

from .conftest import add_account, go

TODAY = date(2026, 11, 20)  # NOW, in Stoughton


@contextmanager
def counted(db: Any) -> Iterator[list[str]]:
    """The statements sent to the database inside the block."""
    seen: list[str] = []

    def note(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def grow(db: Any, first: int, last: int) -> None:
    """Departments `first`..`last`, each with a head, two accounts used by two people, one
    review completed and a second under way with a note. Odd ones also have a department
    with no account at all beside them."""
    since = NOW - timedelta(days=400)
    for n in range(first, last + 1):
        name = f"Department {n:02d}"
        create_department(db, DepartmentInput(name))
        if n % 2:
            create_department(db, DepartmentInput(f"Quiet {n:02d}"))
        for person in (1, 2):
            create_person(db, PersonInput(f"E{n:02d}{person}", f"Person {n}-{person}", "", name))
        for site in ("facebook", "x"):
            account = add_account(db, f"https://{site}.com/d{n:02d}", "pre-existing", name)
            designate(db, account.id, f"E{n:02d}1", "custodian", since)
            designate(db, account.id, f"E{n:02d}2", "authorized-user", since)
        review = start_review(db, name)
        keep = {line.id: ("keep", None) for line in review.lines}
        record_outcome(db, review.id, f"E{n:02d}1", TODAY, keep)
        annotate(db, start_review(db, name).id, f"Waiting for the head of {name}")


def test_the_reviews_page_reads_in_as_many_statements_for_a_bigger_city(
    qtbot, window, city_db
) -> None:
    grow(city_db, 1, 2)
    page = go(qtbot, window, "reviews")
    with counted(city_db) as small:
        page.reload()
    rows = {row.department.name: row for row in page.model.rows()}
    assert len(rows) == 2 + 3  # Parks and Police, two grown, one quiet
    assert [r.number for r in rows["Department 01"].reviews] == [2, 1]

    grow(city_db, 3, 10)
    page.stale = True
    with counted(city_db) as bigger:
        page.reload()
    rows = {row.department.name: row for row in page.model.rows()}
    assert len(rows) == 2 + 15
    assert len(bigger) == len(small) <= 12, bigger
    for n in (1, 10):
        row = rows[f"Department {n:02d}"]
        under_way, done = row.reviews
        assert (under_way.completed, done.completed) == (False, True)
        assert [note.text for note in under_way.notes] == [f"Waiting for the head of {row.id}"]
        assert len(done.lines) == 4 and {line.decision for line in done.lines} == {"keep"}
        assert row.due is not None and row.due.kind == ACCESS_REVIEW
    assert rows["Quiet 01"].reviews == () and rows["Quiet 01"].due is None


def test_the_board_says_what_the_reads_one_by_one_and_the_engine_say(city_db) -> None:
    grow(city_db, 1, 3)
    board = review_board(city_db)
    assert list(board.departments) == list(list_departments(city_db))
    for d in board.departments:
        assert board.history.get(d.name, ()) == tuple(review_history(city_db, d.name))
    assert list(board.due) == [o for o in due(city_db) if o.kind == ACCESS_REVIEW]
    assert len(board.due) == 3
