"""What an access review looks like outside the services (R7): its lines, one per term that
gave someone access when it started, with the decisions recorded on them; and the lookups the
review use cases share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ...core.access import agreement_signed_on
from ...core.errors import ClerkDeskError, NotFoundError
from ...core.vocabulary import AccountStatus
from ...store.models.accounts import Account
from ...store.models.credentials import PasswordChange
from ...store.models.departments import Department
from ...store.models.people import Person
from ...store.models.reviews import Review, ReviewLine, ReviewNote
from ...store.models.terms import Assignment
from ..kernel.common import department_by_name


@dataclass(frozen=True, slots=True)
class ReviewLineView:
    id: int
    assignment_id: int
    url: str
    platform: str
    person: str
    employee_id: str
    role: str
    since: datetime
    agreement_signed_on: date | None
    last_password_change: datetime | None
    decision: str | None
    notes: str | None
    removed_at: datetime | None


@dataclass(frozen=True, slots=True)
class ReviewNoteView:
    at: datetime
    by: str
    text: str


@dataclass(frozen=True, slots=True)
class ReviewView:
    id: int
    department: str
    number: int
    started_at: datetime
    completed_on: date | None
    reviewer: str | None
    recorded_at: datetime | None
    recorded_by: str | None
    scan_file: str | None
    scan_sha256: str | None
    lines: tuple[ReviewLineView, ...]
    notes: tuple[ReviewNoteView, ...]

    @property
    def completed(self) -> bool:
        return self.completed_on is not None


def department_named(session: Session, name: str) -> Department:
    """The department called `name`, or a plain error."""
    department = department_by_name(session, name)
    if department is None:
        raise ClerkDeskError(f"unknown department {name!r}")
    return department


def review_by_id(session: Session, review_id: int) -> Review:
    review = session.get(Review, review_id)
    if review is None:
        raise NotFoundError("that review is no longer in the register")
    return review


def current_assignments(session: Session, department_id: int, now: datetime) -> list[Assignment]:
    """The terms that give someone access to the department's accounts at `now`."""
    terms = session.execute(
        select(Assignment)
        .join(Account, Account.id == Assignment.account_id)
        .where(
            Account.department_id == department_id,
            Account.status != AccountStatus.DISCONTINUED,
        )
    ).scalars()
    return [t for t in terms if t.starts_at <= now and (t.ends_at is None or t.ends_at > now)]


def last_changes() -> Any:
    return (
        select(PasswordChange.account_id, func.max(PasswordChange.changed_at).label("at"))
        .group_by(PasswordChange.account_id)
        .subquery()
    )


def line_view(
    line_id: int,
    term: Assignment,
    url: str,
    platform: str,
    name: str,
    employee_id: str,
    last_change: datetime | None,
    line: ReviewLine | None = None,
) -> ReviewLineView:
    signed = agreement_signed_on(
        term.user_signed_on, term.director_signed_on, term.office_signed_on
    )
    return ReviewLineView(
        line_id,
        term.id,
        url,
        platform,
        name,
        employee_id,
        term.role,
        term.starts_at,
        signed,
        last_change,
        line.decision if line else None,
        line.notes if line else None,
        line.removed_at if line else None,
    )


def term_lines(session: Session, terms: Sequence[Assignment]) -> tuple[ReviewLineView, ...]:
    """The lines a review of these terms would have, before there is one: each line's id is
    its term's (a past review entered from paper is decided on these)."""
    changed = last_changes()
    rows = session.execute(
        select(Assignment, Account.url, Account.platform, Person.name, Person.employee_id)
        .add_columns(changed.c.at)
        .join(Account, Account.id == Assignment.account_id)
        .join(Person, Person.id == Assignment.person_id)
        .outerjoin(changed, changed.c.account_id == Account.id)
        .where(Assignment.id.in_([t.id for t in terms]))
        .order_by(Account.url, Person.name, Assignment.role)
    ).all()
    return tuple(line_view(term.id, term, *rest) for term, *rest in rows)


def review_lines() -> Select[Any]:
    """Reviews' lines as their views are made of them: (line, term, url, platform, name,
    employee ID, the account's last change)."""
    changed = last_changes()
    return (
        select(
            ReviewLine,
            Assignment,
            Account.url,
            Account.platform,
            Person.name,
            Person.employee_id,
            changed.c.at,
        )
        .join(Assignment, Assignment.id == ReviewLine.assignment_id)
        .join(Account, Account.id == Assignment.account_id)
        .join(Person, Person.id == Assignment.person_id)
        .outerjoin(changed, changed.c.account_id == Account.id)
    )


def view_of(session: Session, review: Review) -> ReviewView:
    department = session.get(Department, review.department_id)
    reviewer = session.get(Person, review.reviewer_id) if review.reviewer_id else None
    rows = session.execute(
        review_lines()
        .where(ReviewLine.review_id == review.id)
        .order_by(Account.url, Person.name, Assignment.role)
    ).all()
    lines = [
        line_view(line.id, term, url, platform, name, employee_id, last_change, line)
        for line, term, url, platform, name, employee_id, last_change in rows
    ]
    notes = session.execute(
        select(ReviewNote).where(ReviewNote.review_id == review.id).order_by(ReviewNote.at)
    ).scalars()
    assert department is not None
    return ReviewView(
        review.id,
        department.name,
        review.number,
        review.started_at,
        review.completed_on,
        reviewer.name if reviewer else None,
        review.recorded_at,
        review.recorded_by,
        review.scan_file,
        review.scan_sha256,
        tuple(lines),
        tuple(ReviewNoteView(n.at, n.by, n.text) for n in notes),
    )
