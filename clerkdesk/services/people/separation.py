"""Separations (R10): a person leaves the city; every term they hold ends at that moment, and
the password of each account they could use must change within the profile's hours."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...core.dates import format_moment
from ...core.errors import ClerkDeskError, ValidationError
from ...store.models.accounts import Account
from ...store.models.people import Person
from ...store.models.terms import Assignment
from ..integrity.audit import Change, record
from ..kernel.common import city_zone, person_by_employee_id
from ..kernel.database import Database
from ..obligations.ending import ENDED, ended_summary, obligations_ending
from ..terms.events import TERMS, changed, row_fields, term_key
from ..terms.planning import SEPARATION

# The end reason people read on the terms a separation ends; the rules read their end cause.
SEPARATED = "separated"


@dataclass(frozen=True)
class SeparationView:
    employee_id: str
    name: str
    at: datetime
    accounts: tuple[str, ...]


def day_start(day: date, tz: ZoneInfo) -> datetime:
    """A separation known only by its date counts from the start of that day in the city."""
    return datetime.combine(day, time(0, 0), tzinfo=tz)


def end_assignments_of(
    session: Session, person: Person, at: datetime, reason: str
) -> tuple[list[str], dict[str, Any]]:
    """End every open term of a person at `at`; the URLs of the accounts concerned, and the
    terms ended as the audit log names them (term_events)."""
    terms = session.execute(
        select(Assignment, Account.url)
        .join(Account, Account.id == Assignment.account_id)
        .where(Assignment.person_id == person.id)
        .where(or_(Assignment.ends_at.is_(None), Assignment.ends_at > at))
    ).all()
    urls = []
    ended: dict[str, Any] = {}
    for term, url in terms:
        before = row_fields(term)
        term.ends_at = max(at, term.starts_at)
        term.end_reason, term.end_cause = reason, SEPARATION
        urls.append(url)
        key = term_key(url, person.employee_id, term.role, term.starts_at)
        ended[key] = changed(before, row_fields(term))
    return sorted(set(urls)), ended


def mark_separated(
    session: Session, db: Database, person: Person, at: datetime, *, say_ended: bool = False
) -> tuple[str, ...]:
    """Record the separation on `person` and end their terms; audited. With `say_ended`, the
    audit event lists the obligations that end with it (the engine asked before and after:
    worth it for one person, not for each row of an import)."""
    ending: AbstractContextManager[list[dict[str, Any]]] = nullcontext([])
    if say_ended:
        held = select(Assignment.account_id).where(Assignment.person_id == person.id)
        ending = obligations_ending(session, db.clock(), set(session.execute(held).scalars()))
    with ending as ended:
        person.separated_at = at
        found, terms = end_assignments_of(session, person, at, SEPARATED)
        urls = tuple(found)
    details: dict[str, Any] = {"separated_at": at, "accounts": list(urls)}
    if terms:
        details[TERMS] = terms
    if say_ended:
        details[ENDED] = ended
    record(
        session,
        db,
        Change(
            "person.separate",
            "person",
            person.employee_id,
            f"{person.name} separated from the city at {at.isoformat(timespec='minutes')}; "
            f"{len(urls)} term(s) ended{ended_summary(ended)}",
            details,
        ),
    )
    return urls


def separate(db: Database, employee_id: str, at: datetime) -> SeparationView:
    """Record that a person left the city at the aware moment `at`."""
    if at.tzinfo is None:
        raise ValueError("the separation moment must be aware")
    with db.writing() as session:
        person = person_by_employee_id(session, employee_id)
        if person is None:
            raise ClerkDeskError(f"no person with employee ID {employee_id!r}")
        tz = city_zone(session)
        if person.separated_at is not None:
            raise ClerkDeskError(
                f"{person.name} is already recorded as separated "
                f"({format_moment(person.separated_at, tz)})"
            )
        if at > db.clock():
            raise ValidationError({"at": "a separation cannot be recorded in advance"})
        urls = mark_separated(session, db, person, at, say_ended=True)
        return SeparationView(person.employee_id, person.name, at, urls)
