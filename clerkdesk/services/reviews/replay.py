"""What `check` replays of the access reviews register: each review's start, the day it was
done and by whom, and its signed worksheet (the file kept under scans/ and its SHA-256), from
the events that start, record and keep them. A review completed, backdated or given another
worksheet in the table without an event is reported.

A review is known by its department and its number there ("Parks #2", `review_key`); a renamed
department and a person's new employee ID move what is made of them. The events are the
department's and the review's own; each carries a `reviews` block ({key: {field: value or
[before, after]}}, `"added": true` for the review it starts). Reviews started before the events
named them so are noted, and checked from their next change. Their lines are replayed beside
them (line_replay), and so are their notes (note_replay), whose count is the review's `notes`."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ...store.models.departments import Department
from ...store.models.people import Person
from ...store.models.reviews import Review, ReviewNote
from ..kernel.replayed import Follows, Replayed, State, person_named_in
from .keys import review_key, utc
from .line_replay import REVIEW_LINES, started_without
from .note_replay import REVIEW_NOTES, unnamed_notes

BLOCK = "reviews"
FIELDS = (
    "started_at",
    "completed_on",
    "reviewer_employee_id",
    "scan_file",
    "scan_sha256",
    "notes",
)

__all__ = ["FIELDS", "REPLAYED", "review_key", "reviews_block", "utc"]


def reviews_block(session: Session, review: Review, said: dict[str, Any]) -> dict[str, Any]:
    """The `reviews` block of an event that says `said` of `review`."""
    department = session.get_one(Department, review.department_id)
    return {BLOCK: {review_key(department.name, review.number): said}}


def _reviews(session: Session) -> dict[str, State]:
    reviewer = aliased(Person)
    notes = (
        select(ReviewNote.review_id, func.count().label("n"))
        .group_by(ReviewNote.review_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Review.id,
            Department.name,
            Review.number,
            Review.started_at,
            Review.completed_on,
            reviewer.employee_id,
            Review.scan_file,
            Review.scan_sha256,
            notes.c.n,
        )
        .join(Department, Department.id == Review.department_id)
        .outerjoin(reviewer, reviewer.id == Review.reviewer_id)
        .outerjoin(notes, notes.c.review_id == Review.id)
    )
    unnamed = unnamed_notes(session)
    return {
        review_key(name, number): dict(
            zip(FIELDS, (utc(started), *said, _counted(n, unnamed.get(id_))), strict=True)
        )
        for id_, name, number, started, *said, n in rows
    }


def _counted(notes: int | None, unnamed: tuple[int, int] | None) -> int | None:
    """A review's count of notes as its events hold it: none while it has no notes, or only
    notes added before the events counted them."""
    if not notes or (unnamed is not None and unnamed[1] == 0 and notes == unnamed[0]):
        return None
    return int(notes)


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
    REVIEW_NOTES,
)
