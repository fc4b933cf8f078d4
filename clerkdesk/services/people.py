"""People: employees, contractors, vendors, agents and elected officials (R4)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core.dates import zone
from ..core.errors import NotFoundError, ValidationError
from ..store.models import Department, Person
from .audit import Change, diff, record
from .checks import check_person
from .common import city_row, city_today, clean, profile_of
from .database import Database
from .inputs import PersonInput
from .lookups import Lookups
from .separation import day_start, mark_separated
from .views import PersonView

_FIELDS = ("employee_id", "name", "title", "division", "email", "phone", "kind")


def _values(data: PersonInput, lookups: Lookups) -> dict[str, Any]:
    return {
        "employee_id": clean(data.employee_id),
        "name": clean(data.name),
        "title": clean(data.title),
        "department_id": lookups.department_id(data.department),
        "email": clean(data.email),
        "phone": clean(data.phone),
        "kind": data.kind,
        "division": clean(data.division),
    }


def _state(person: Person, lookups: Lookups) -> dict[str, Any]:
    state = {f: getattr(person, f) for f in _FIELDS}
    state["department"] = lookups.department_names.get(person.department_id or -1)
    state["separated_at"] = person.separated_at
    return state


def apply_separation_date(
    session: Session, db: Database, person: Person, day: date | None, tz: ZoneInfo
) -> None:
    """Bring a person's separation in line with a date typed in a form or an import: a new
    date separates them (from the start of that day), an empty one reinstates them."""
    current = person.separated_at.astimezone(tz).date() if person.separated_at else None
    if day == current:
        return
    if day is None:
        person.separated_at = None
        record(
            session,
            db,
            Change(
                "person.reinstate",
                "person",
                person.employee_id,
                f"{person.name} is no longer recorded as separated",
                {},
            ),
        )
    else:
        mark_separated(session, db, person, day_start(day, tz))


def _check(
    db: Database, session: Session, data: PersonInput, lookups: Lookups, own_id: int | None
) -> ZoneInfo:
    """Validate `data`; the city's time zone, for its separation date."""
    profile = profile_of(city_row(session))
    if problems := check_person(data, lookups, own_id, city_today(db, profile)):
        raise ValidationError(problems)
    return zone(profile.timezone)


def create_person(db: Database, data: PersonInput) -> PersonView:
    with db.writing() as session:
        lookups = Lookups(session)
        tz = _check(db, session, data, lookups, None)
        person = Person(**_values(data, lookups))
        session.add(person)
        session.flush()
        record(
            session,
            db,
            Change(
                "person.create",
                "person",
                person.employee_id,
                f"Added {person.name}",
                _state(person, lookups),
            ),
        )
        apply_separation_date(session, db, person, data.separated_on, tz)
        return _view_of(person, lookups, tz)


def update_person(db: Database, person_id: int, data: PersonInput) -> PersonView:
    with db.writing() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError("that person is no longer in the register")
        lookups = Lookups(session)
        tz = _check(db, session, data, lookups, person.id)
        before = _state(person, lookups)
        for key, value in _values(data, lookups).items():
            setattr(person, key, value)
        if changes := diff(before, _state(person, lookups)):
            record(
                session,
                db,
                Change(
                    "person.update", "person", person.employee_id, f"Changed {person.name}", changes
                ),
            )
        apply_separation_date(session, db, person, data.separated_on, tz)
        return _view_of(person, lookups, tz)


def _view_of(person: Person, lookups: Lookups, tz: ZoneInfo) -> PersonView:
    return _view(
        (
            person.id,
            person.employee_id,
            person.name,
            person.title,
            lookups.department_names.get(person.department_id or -1),
            person.email,
            person.phone,
            person.kind,
            person.division,
            person.separated_at,
        ),
        tz,
    )


def _view(row: Any, tz: ZoneInfo) -> PersonView:
    *first, division, separated_at = row
    separated_on = separated_at.astimezone(tz).date() if separated_at else None
    values = (*first, separated_on, division, separated_at)
    return PersonView(*values)


def person_query() -> Any:
    return select(
        Person.id,
        Person.employee_id,
        Person.name,
        Person.title,
        Department.name,
        Person.email,
        Person.phone,
        Person.kind,
        Person.division,
        Person.separated_at,
    ).outerjoin(Department, Department.id == Person.department_id)


def list_people(db: Database) -> Sequence[PersonView]:
    with db.reading() as session:
        tz = zone(profile_of(city_row(session)).timezone)
        rows = session.execute(person_query().order_by(func.lower(Person.name)))
        return [_view(row, tz) for row in rows]


def get_person(db: Database, person_id: int) -> PersonView:
    with db.reading() as session:
        tz = zone(profile_of(city_row(session)).timezone)
        row = session.execute(person_query().where(Person.id == person_id)).first()
        if row is None:
            raise NotFoundError("that person is no longer in the register")
        return _view(row, tz)
