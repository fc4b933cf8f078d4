"""People: employees, contractors, vendors, agents and elected officials (R4)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from ..core.errors import NotFoundError, ValidationError
from ..store.models import Department, Person
from .audit import Change, diff, record
from .checks import check_person
from .common import city_row, city_today, clean, profile_of
from .database import Database
from .inputs import PersonInput
from .lookups import Lookups
from .views import PersonView

_FIELDS = ("employee_id", "name", "title", "email", "phone", "kind", "separated_on")


def _values(data: PersonInput, lookups: Lookups) -> dict[str, Any]:
    return {
        "employee_id": clean(data.employee_id),
        "name": clean(data.name),
        "title": clean(data.title),
        "department_id": lookups.department_id(data.department),
        "email": clean(data.email),
        "phone": clean(data.phone),
        "kind": data.kind,
        "separated_on": data.separated_on,
    }


def _state(person: Person, lookups: Lookups) -> dict[str, Any]:
    state = {f: getattr(person, f) for f in _FIELDS}
    state["department"] = lookups.department_names.get(person.department_id or -1)
    return state


def _check(
    db: Database, session: Any, data: PersonInput, lookups: Lookups, own_id: int | None
) -> None:
    today = city_today(db, profile_of(city_row(session)))
    if problems := check_person(data, lookups, own_id, today):
        raise ValidationError(problems)


def create_person(db: Database, data: PersonInput) -> PersonView:
    with db.writing() as session:
        lookups = Lookups(session)
        _check(db, session, data, lookups, None)
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
        return _view_of(person, lookups)


def update_person(db: Database, person_id: int, data: PersonInput) -> PersonView:
    with db.writing() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError("that person is no longer in the register")
        lookups = Lookups(session)
        _check(db, session, data, lookups, person.id)
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
        return _view_of(person, lookups)


def _view_of(person: Person, lookups: Lookups) -> PersonView:
    return PersonView(
        person.id,
        person.employee_id,
        person.name,
        person.title,
        lookups.department_names.get(person.department_id or -1),
        person.email,
        person.phone,
        person.kind,
        person.separated_on,
    )


def list_people(db: Database) -> Sequence[PersonView]:
    query = (
        select(
            Person.id,
            Person.employee_id,
            Person.name,
            Person.title,
            Department.name,
            Person.email,
            Person.phone,
            Person.kind,
            Person.separated_on,
        )
        .outerjoin(Department, Department.id == Person.department_id)
        .order_by(func.lower(Person.name))
    )
    with db.reading() as session:
        return [PersonView(*row) for row in session.execute(query)]
