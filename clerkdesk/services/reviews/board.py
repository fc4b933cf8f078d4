"""The Reviews page in one read (R7): every department, its access review due (the engine's
item), and its reviews line by line with their notes. A fixed number of statements in one
transaction, however many departments and reviews the city has: over a network each statement
is a round trip."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ...core.obligations.model import Obligation
from ...store.models.accounts import Account
from ...store.models.departments import Department
from ...store.models.people import Person
from ...store.models.reviews import Review, ReviewLine, ReviewNote
from ...store.models.terms import Assignment
from ..departments.writes import departments_in
from ..kernel.database import Database
from ..kernel.views import DepartmentView
from ..obligations.due import review_items
from .views import ReviewLineView, ReviewNoteView, ReviewView, line_view, review_lines


@dataclass(frozen=True, slots=True)
class ReviewBoard:
    departments: tuple[DepartmentView, ...]
    due: tuple[Obligation, ...]  # each department's next access review, as Today has it
    # By department name: the review under way first, then the completed ones, newest first
    # (as `review_history` lists them).
    history: Mapping[str, tuple[ReviewView, ...]]


def review_board(db: Database) -> ReviewBoard:
    with db.reading() as session:
        departments = departments_in(session)
        due = review_items(session, db.clock())
        history = every_review(session)
    return ReviewBoard(tuple(departments), tuple(due), history)


def every_review(session: Session) -> dict[str, tuple[ReviewView, ...]]:
    """Every department's reviews, by department name, in three statements."""
    reviewer = aliased(Person)
    reviews = session.execute(
        select(
            Review.id,
            Department.name,
            Review.number,
            Review.started_at,
            Review.completed_on,
            reviewer.name,
            Review.recorded_at,
            Review.recorded_by,
            Review.scan_file,
            Review.scan_sha256,
        )
        .join(Department, Department.id == Review.department_id)
        .outerjoin(reviewer, reviewer.id == Review.reviewer_id)
    ).all()
    lines: dict[int, list[ReviewLineView]] = {}
    for review_id, view in _lines(session):
        lines.setdefault(review_id, []).append(view)
    notes: dict[int, list[ReviewNoteView]] = {}
    for review_id, at, by, text in session.execute(
        select(ReviewNote.review_id, ReviewNote.at, ReviewNote.by, ReviewNote.text).order_by(
            ReviewNote.review_id, ReviewNote.at, ReviewNote.id
        )
    ):
        notes.setdefault(review_id, []).append(ReviewNoteView(at, by, text))
    by_department: dict[str, list[ReviewView]] = {}
    for review_id, department, number, started, completed, *recorded in reviews:
        reviewer_name, recorded_at, recorded_by, scan_file, scan_sha256 = recorded
        view = ReviewView(
            review_id,
            department,
            number,
            started,
            completed,
            reviewer_name,
            recorded_at,
            recorded_by,
            scan_file,
            scan_sha256,
            tuple(lines.get(review_id, ())),
            tuple(notes.get(review_id, ())),
        )
        by_department.setdefault(view.department, []).append(view)
    return {name: tuple(sorted(views, key=newest_first)) for name, views in by_department.items()}


def newest_first(review: ReviewView) -> tuple[bool, int, int]:
    """The review under way first, then by the day completed and the number, newest first."""
    completed = review.completed_on.toordinal() if review.completed_on else 0
    return (review.completed_on is not None, -completed, -review.number)


def _lines(session: Session) -> Any:
    """(review id, line) of every review's lines, each review's in its worksheet's order."""
    rows = session.execute(
        review_lines().order_by(ReviewLine.review_id, Account.url, Person.name, Assignment.role)
    )
    for line, term, url, platform, name, employee_id, last_change in rows:
        yield (
            line.review_id,
            line_view(line.id, term, url, platform, name, employee_id, last_change, line),
        )
