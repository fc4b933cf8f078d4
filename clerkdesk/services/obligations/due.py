"""What is due: the services' side of the obligations engine. The snapshot it reads is built
in `snapshot`; this module runs the rules on it, for the whole city or for one department."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from ...collection import paused
from ...core import obligations as engine
from ...core.dates import parse_moment
from ...core.obligations.review import ACCESS_REVIEW
from ..kernel.common import city_row, city_zone, profile_of
from ..kernel.database import Database
from .kept import kept_facts
from .snapshot import at_moment, review_facts


def due(db: Database, as_of: datetime | None = None) -> list[engine.Obligation]:
    """Every obligation in force at `as_of` (default: now), soonest due first."""
    moment = as_of or db.clock()
    with paused():  # tens of thousands of tuples, none of them in a cycle
        with db.reading(alone=True) as session:  # its first statement its own (`read`)
            read = kept_facts(db).read(session, moment)
        # What does not change within the day, or until a term starts or ends, is kept with
        # the facts (`engine.compute`'s `kept`).
        return engine.compute(at_moment(read, moment), moment, read.kept)


def as_json(db: Database, items: list[engine.Obligation]) -> list[dict[str, Any]]:
    """`items` as `obligations --json` lists them (INTERFACE.md), their dates ending in the
    city's zone."""
    with db.reading() as session:
        tz = city_zone(session)
    return [item.to_json(tz) for item in items]


def review_due_on(session: Session, department_id: int, now: datetime) -> date | None:
    """When a department's next access review is due (R7), or None when nobody can use its
    accounts: the rule itself, run on that one department's facts."""
    city = city_row(session)
    profile = profile_of(city)
    snap = engine.Snapshot(
        profile=profile,
        adopted_on=city.adopted_on,
        reviews=review_facts(session, profile, now, department_id),
    )
    for item in engine.kind_of(ACCESS_REVIEW).function(snap, now):
        assert isinstance(item.due, date)
        return item.due
    return None


def review_items(session: Session, as_of: datetime) -> list[engine.Obligation]:
    """Every department's access review due at `as_of` (R7), as `due` has them: the engine
    run on the review facts alone, in the caller's transaction."""
    city = city_row(session)
    profile = profile_of(city)
    snap = engine.Snapshot(
        profile=profile,
        adopted_on=city.adopted_on,
        reviews=review_facts(session, profile, as_of),
    )
    return [o for o in engine.compute(snap, as_of) if o.kind == ACCESS_REVIEW]


def as_of_moment(db: Database, text: str) -> datetime:
    """An as-of date or moment typed in the city's zone (INTERFACE.md)."""
    with db.reading() as session:
        tz = city_zone(session)
    return parse_moment(text, tz)
