"""What `check` replays of the access reviews register: each review's start, the day it was
done and by whom, and its signed worksheet (the file kept under scans/ and its SHA-256), from
the events that start, record and keep them. A review completed, backdated or given another
worksheet in the table without an event is reported.

A review is known by its department and its number there ("Parks #2", `review_key`); a renamed
department and a person's new employee ID move what is made of them. The events are the
department's and the review's own; each carries a `reviews` block ({key: {field: value or
[before, after]}}, `"added": true` for the review it starts). Reviews started before the events
named them so are noted, and checked from their next change. Their lines are replayed beside
them (line_replay); their notes are not."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ...store.models.departments import Department
from ...store.models.people import Person
from ...store.models.reviews import Review
from ..kernel.replayed import Follows, Replayed, State, person_named_in
from .line_replay import REVIEW_LINES, started_without

BLOCK = "reviews"
FIELDS = ("started_at", "completed_on", "reviewer_employee_id", "scan_file", "scan_sha256")


def review_key(department: str, number: int) -> str:
    """A review's key: its department's name and its number there."""
    return f"{department} #{number}"


def utc(moment: datetime) -> datetime:
    """A moment as the reviews' events and `check` say it: in UTC."""
    return moment.astimezone(UTC)


def reviews_block(session: Session, review: Review, said: dict[str, Any]) -> dict[str, Any]:
    """The `reviews` block of an event that says `said` of `review`."""
    department = session.get_one(Department, review.department_id)
    return {BLOCK: {review_key(department.name, review.number): said}}


def _reviews(session: Session) -> dict[str, State]:
    reviewer = aliased(Person)
    rows = session.execute(
        select(
            Department.name,
            Review.number,
            Review.started_at,
            Review.completed_on,
            reviewer.employee_id,
            Review.scan_file,
            Review.scan_sha256,
        )
        .join(Department, Department.id == Review.department_id)
        .outerjoin(reviewer, reviewer.id == Review.reviewer_id)
    )
    return {
        review_key(name, number): dict(zip(FIELDS, (utc(started), *said), strict=True))
        for name, number, started, *said in rows
    }


def _renamed(key: str, old: str, new: str) -> str | None:
    department, _, number = key.rpartition(" #")
    return f"{new} #{number}" if department == old else None


def _started_before_blocks(session: Session) -> set[str]:
    """The reviews whose start (or entry from paper) was recorded before the events named
    each, as their keys are now."""
    started = started_without(session, BLOCK)
    if not started:
        return set()
    rows_ = session.execute(
        select(Department.name, Review.number)
        .join(Department, Department.id == Review.department_id)
        .where(Review.id.in_(started))
    )
    return {review_key(name, number) for name, number in rows_}


REPLAYED = (
    Replayed(
        "review",
        "access review",
        "review",  # named by the department's and the review's events' block
        FIELDS,
        (),
        _reviews,
        follows=(Follows("department", "name", _renamed), person_named_in("reviewer_employee_id")),
        earlier=_started_before_blocks,
        block=BLOCK,
        block_of=("department", "review"),
    ),
    REVIEW_LINES,
)
