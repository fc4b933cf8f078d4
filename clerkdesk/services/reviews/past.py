"""Access reviews done on paper before they were entered (R7), even before ClerkDesk was used:
recorded with their own date, which must come after the department's previous recorded review
and not be in the future. Its lines are the terms in force at the start of that day (as the
register has them); its removals end that day, and the next review falls due from it.

A review started in ClerkDesk and still open is left open: a past review must be dated before
it started (on or after that day, the clerk records the open review's outcome instead), and
the open review loses the lines whose access the past review ended, since nobody had that
access any more when it started."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ...core.errors import ValidationError
from ...store.models.departments import Department
from ...store.models.reviews import Review, ReviewLine
from ...store.models.terms import Assignment
from ..integrity.audit import Change, record
from ..kernel.common import city_row, city_today, city_zone, profile_of
from ..kernel.database import Database
from ..people.separation import day_start
from .outcome import Decisions, complete_review, pair_decisions
from .views import (
    ReviewLineView,
    ReviewView,
    current_assignments,
    department_named,
    term_lines,
    view_of,
)


def open_review(session: Session, department_id: int) -> Review | None:
    return session.execute(
        select(Review).where(Review.department_id == department_id, Review.completed_on.is_(None))
    ).scalar()


def is_past(session: Session, db: Database, department: Department, on: date | None) -> bool:
    """Whether a review dated `on` is one done on paper before it was entered: before today
    and before the department's open review (if any) started."""
    if on is None:
        return False
    profile = profile_of(city_row(session))
    if on >= city_today(db, profile):
        return False
    tz = profile.zone
    under_way = open_review(session, department.id)
    return under_way is None or on < under_way.started_at.astimezone(tz).date()


def _terms_on(
    session: Session, db: Database, department: Department, on: date | None
) -> list[Assignment]:
    """The terms a past review dated `on` lists; a plain error for a date it cannot have."""
    profile = profile_of(city_row(session))
    tz = profile.zone
    problem = None
    last = session.execute(
        select(Review)
        .where(Review.department_id == department.id, Review.completed_on.is_not(None))
        .order_by(Review.completed_on.desc(), Review.number.desc())
        .limit(1)
    ).scalar()
    under_way = open_review(session, department.id)
    if on is None:
        problem = "required: the day the review was done, as the signed worksheet has it"
    elif on > city_today(db, profile):
        problem = "cannot be in the future"
    elif last is not None and last.completed_on is not None and on <= last.completed_on:
        problem = (
            f"must be after the previous recorded review (review {last.number}, "
            f"{last.completed_on.isoformat()})"
        )
    elif under_way is not None and on >= (started := under_way.started_at.astimezone(tz).date()):
        problem = (
            f"review {under_way.number} has been under way since {started.isoformat()}; "
            "record its outcome for this date instead"
        )
    if problem is not None:
        raise ValidationError({"on": problem})
    assert on is not None
    terms = current_assignments(session, department.id, day_start(on, tz))
    if not terms:
        raise ValidationError(
            {
                "on": f"nobody had access to the accounts of {department.name} on "
                f"{on.isoformat()}, as the register has it; nothing to review"
            }
        )
    return terms


def past_review_lines(db: Database, department: str, on: date | None) -> tuple[ReviewLineView, ...]:
    """The lines of a past review dated `on`, to decide before it is entered; each line's id
    is its term's."""
    with db.reading() as session:
        dep = department_named(session, department)
        return term_lines(session, _terms_on(session, db, dep, on))


def enter_past_review(session: Session, db: Database, department: Department, on: date) -> Review:
    """In the caller's transaction: the past review dated `on`, with its lines, not decided yet
    (its outcome is recorded in the same transaction)."""
    terms = _terms_on(session, db, department, on)
    tz = city_zone(session)
    number = 1 + (
        session.execute(
            select(func.max(Review.number)).where(Review.department_id == department.id)
        ).scalar()
        or 0
    )
    review = Review(department_id=department.id, number=number, started_at=day_start(on, tz))
    session.add(review)
    session.flush()
    session.add_all(ReviewLine(review_id=review.id, assignment_id=t.id) for t in terms)
    session.flush()
    return review


def settle_open_review(session: Session, db: Database, department: Department, on: date) -> None:
    """Take off the open review the lines whose access a past review ended before it began."""
    under_way = open_review(session, department.id)
    if under_way is None:
        return
    ended = session.execute(
        select(ReviewLine.id, ReviewLine.assignment_id)
        .join(Assignment, Assignment.id == ReviewLine.assignment_id)
        .where(ReviewLine.review_id == under_way.id)
        .where(Assignment.ends_at.is_not(None), Assignment.ends_at <= under_way.started_at)
    ).all()
    if not ended:
        return
    session.execute(delete(ReviewLine).where(ReviewLine.id.in_([row[0] for row in ended])))
    record(
        session,
        db,
        Change(
            "review.lines",
            "department",
            department.name,
            f"Took {len(ended)} line(s) off access review {under_way.number} of "
            f"{department.name}: the review done on paper on {on} had removed that access "
            "before it started",
            {"review": under_way.id, "removed_terms": [row[1] for row in ended]},
        ),
    )


def _record(
    session: Session,
    db: Database,
    department: Department,
    reviewer_employee_id: str,
    on: date,
    decide: Callable[[ReviewView], Decisions],
) -> Review:
    """In the caller's transaction: enter the past review and record its outcome whole."""
    review = enter_past_review(session, db, department, on)
    decisions = decide(view_of(session, review))
    complete_review(session, db, review, reviewer_employee_id, on, decisions, past=True)
    settle_open_review(session, db, department, on)
    return review


def record_past_review(
    db: Database,
    department: str,
    reviewer_employee_id: str,
    on: date | None,
    decisions_by_term: Decisions,
) -> ReviewView:
    """Enter a review done on paper, dated `on`, with a decision for each line (by term id, as
    `past_review_lines` gives them)."""

    def decide(review: ReviewView) -> Decisions:
        by_term = {line.assignment_id: line.id for line in review.lines}
        if unknown := set(decisions_by_term) - set(by_term):
            raise ValidationError(
                {"decisions": f"{len(unknown)} line(s) had no access on {on}; choose the day again"}
            )
        return {by_term[term]: decision for term, decision in decisions_by_term.items()}

    with db.writing() as session:
        dep = department_named(session, department)
        if on is None:
            _terms_on(session, db, dep, on)  # says what is wrong with the date
        assert on is not None
        return view_of(session, _record(session, db, dep, reviewer_employee_id, on, decide))


def record_past_by_pairs(
    session: Session,
    db: Database,
    department: Department,
    reviewer_employee_id: str,
    on: date,
    keep: Sequence[str],
    revoke: Sequence[str],
) -> Review:
    """The command line's form of a past review: `URL:EMPLOYEE_ID` pairs kept or revoked."""
    return _record(
        session,
        db,
        department,
        reviewer_employee_id,
        on,
        lambda review: pair_decisions(review, keep, revoke),
    )
