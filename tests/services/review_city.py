"""A city of departments under access review (R7), grown as a test asks, and the statements a
read sends to the database (over a network each is a round trip)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

from sqlalchemy import event

from clerkdesk.services.accounts.writes import create_account
from clerkdesk.services.departments.writes import create_department
from clerkdesk.services.kernel.inputs import AccountInput, DepartmentInput, PersonInput
from clerkdesk.services.people.writes import create_person
from clerkdesk.services.reviews.writes import annotate, record_outcome, start_review
from clerkdesk.services.terms.writes import designate

from ..conftest import NOW

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
    """Departments `first`..`last`, each with two people using two accounts, one review
    completed and a second under way with a note; beside each odd one, a department with no
    account at all."""
    since = NOW - timedelta(days=400)
    for n in range(first, last + 1):
        name = f"Department {n:02d}"
        create_department(db, DepartmentInput(name))
        if n % 2:
            create_department(db, DepartmentInput(f"Quiet {n:02d}"))
        for person in (1, 2):
            create_person(db, PersonInput(f"E{n:02d}{person}", f"Person {n}-{person}", "", name))
        for site in ("facebook", "x"):
            url = f"https://{site}.com/d{n:02d}"
            account = create_account(db, AccountInput(url, site, name, status="pre-existing"))
            designate(db, account.id, f"E{n:02d}1", "custodian", since)
            designate(db, account.id, f"E{n:02d}2", "authorized-user", since)
        review = start_review(db, name)
        keep = {line.id: ("keep", None) for line in review.lines}
        record_outcome(db, review.id, f"E{n:02d}1", TODAY, keep)
        annotate(db, start_review(db, name).id, f"Waiting for the head of {name}")
