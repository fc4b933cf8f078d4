"""What is due: the services' side of the obligations engine (building its snapshot)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core import obligations as engine
from ..core.dates import parse_moment, zone
from ..store.models import (
    Account,
    Approval,
    Assignment,
    Credential,
    Department,
    PasswordChange,
    Person,
    ReviewLine,
)
from .common import city_row, profile_of
from .database import Database
from .reviews import review_due_dates
from .separation import SEPARATED


def snapshot(session: Session, now: datetime) -> engine.Snapshot:
    city = city_row(session)
    approved = (
        select(Approval.account_id, func.max(Approval.approved_on).label("on"))
        .group_by(Approval.account_id)
        .subquery()
    )
    accounts = session.execute(
        select(Account.id, Account.url, Department.name, Account.status, approved.c.on)
        .join(Department, Department.id == Account.department_id)
        .outerjoin(approved, approved.c.account_id == Account.id)
        .where(Account.status.in_(("pre-existing", "approved")))
    )
    terms = session.execute(
        select(
            Assignment.id,
            Account.id,
            Account.url,
            Department.name,
            Person.id,
            Person.name,
            Assignment.role,
            Assignment.starts_at,
            Assignment.ends_at,
            Assignment.user_signed_on.is_not(None)
            & Assignment.director_signed_on.is_not(None)
            & Assignment.office_signed_on.is_not(None),
        )
        .join(Account, Account.id == Assignment.account_id)
        .join(Department, Department.id == Account.department_id)
        .join(Person, Person.id == Assignment.person_id)
        .where(Account.status != "discontinued")
    )
    changes = session.execute(
        select(PasswordChange.account_id, func.max(PasswordChange.changed_at)).group_by(
            PasswordChange.account_id
        )
    )
    on_file = session.execute(
        select(Credential.account_id).where(Credential.password_on_file.is_(True))
    ).scalars()
    history = session.execute(
        select(
            PasswordChange.account_id,
            Account.url,
            Department.name,
            PasswordChange.changed_at,
            PasswordChange.recorded_at,
        )
        .join(Account, Account.id == PasswordChange.account_id)
        .join(Department, Department.id == Account.department_id)
        .where(Account.status != "discontinued")
    )
    from ..store.types import UTCDateTime

    as_utc = UTCDateTime().process_result_value
    return engine.Snapshot(
        profile=profile_of(city),
        adopted_on=city.adopted_on,
        accounts=tuple(engine.AccountFacts(*row) for row in accounts),
        assignments=tuple(_term(row) for row in terms),
        # max() of a column loses its type on SQLite: read it back as an aware UTC moment.
        credentials_on_file=frozenset(on_file),
        password_changes=tuple(engine.PasswordChangeFacts(*row) for row in history),
        reviews=tuple(
            engine.DepartmentReviewFacts(name, first, last)
            for name, first, last in review_due_dates(session, now)
        ),
        removals=_removals(session),
        password_changed={
            account_id: as_utc(moment, session.bind.dialect)  # type: ignore[union-attr,misc]
            for account_id, moment in changes
        },
    )


def _removals(session: Session) -> tuple[engine.RemovalFacts, ...]:
    """Terms whose end owes a password change: ended by a separation, or removed in a review
    whose profile had removals rotate passwords."""
    columns = (Account.id, Account.url, Department.name, Person.id, Person.name)
    base = (
        select(*columns, Assignment.ends_at)
        .join(Account, Account.id == Assignment.account_id)
        .join(Department, Department.id == Account.department_id)
        .join(Person, Person.id == Assignment.person_id)
        .where(Account.status != "discontinued")
    )
    left = session.execute(
        base.where(Assignment.end_reason == SEPARATED, Assignment.ends_at.is_not(None))
    )
    reviewed = session.execute(
        select(*columns, ReviewLine.removed_at)
        .select_from(ReviewLine)
        .join(Assignment, Assignment.id == ReviewLine.assignment_id)
        .join(Account, Account.id == Assignment.account_id)
        .join(Department, Department.id == Account.department_id)
        .join(Person, Person.id == Assignment.person_id)
        .where(ReviewLine.rotate.is_(True), ReviewLine.removed_at.is_not(None))
        .where(Account.status != "discontinued")
    )
    return tuple(_removal(row, "left") for row in left) + tuple(
        _removal(row, "review") for row in reviewed
    )


def _removal(row: Any, reason: str) -> engine.RemovalFacts:
    account_id, url, department, person_id, person, at = row
    return engine.RemovalFacts(account_id, url, department, person_id, person, at, reason)


def _term(row: Any) -> engine.AssignmentFacts:
    return engine.AssignmentFacts(
        id=row[0],
        account_id=row[1],
        url=row[2],
        department=row[3],
        person_id=row[4],
        person=row[5],
        role=row[6],
        starts_at=row[7],
        ends_at=row[8],
        signed=bool(row[9]),
    )


def due(db: Database, as_of: datetime | None = None) -> list[engine.Obligation]:
    """Every obligation in force at `as_of` (default: now), soonest due first."""
    moment = as_of or db.clock()
    with db.reading() as session:
        snap = snapshot(session, moment)
    return engine.compute(snap, moment)


def as_of_moment(db: Database, text: str) -> datetime:
    """An as-of date or moment typed in the city's zone (INTERFACE.md)."""
    with db.reading() as session:
        tz = zone(profile_of(city_row(session)).timezone)
    return parse_moment(text, tz)
