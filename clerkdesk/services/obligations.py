"""What is due: the services' side of the obligations engine (building its snapshot)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core import obligations as engine
from ..core.dates import parse_moment, zone
from ..store.models import Account, Approval, Department
from .common import city_row, profile_of
from .database import Database


def snapshot(session: Session) -> engine.Snapshot:
    city = city_row(session)
    first_approval = (
        select(Approval.account_id, func.max(Approval.approved_on).label("on"))
        .group_by(Approval.account_id)
        .subquery()
    )
    rows = session.execute(
        select(Account.id, Account.url, Department.name, Account.status, first_approval.c.on)
        .join(Department, Department.id == Account.department_id)
        .outerjoin(first_approval, first_approval.c.account_id == Account.id)
        .where(Account.status.in_(("pre-existing", "approved")))
    )
    accounts = tuple(engine.AccountFacts(*row) for row in rows)
    return engine.Snapshot(profile=profile_of(city), adopted_on=city.adopted_on, accounts=accounts)


def due(db: Database, as_of: datetime | None = None) -> list[engine.Obligation]:
    """Every obligation in force at `as_of` (default: now), soonest due first."""
    with db.reading() as session:
        snap = snapshot(session)
    return engine.compute(snap, as_of or db.clock())


def as_of_moment(db: Database, text: str) -> datetime:
    """An as-of date or moment typed in the city's zone (INTERFACE.md)."""
    with db.reading() as session:
        tz = zone(profile_of(city_row(session)).timezone)
    return parse_moment(text, tz)
