"""People: employees, contractors, vendors, agents and elected officials (R4)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...collection import paused
from ...core.errors import NotFoundError
from ...core.validation import zeros_lost_problem
from ...store.models.departments import Department
from ...store.models.people import Person
from ..integrity.audit import Change, diff, record
from ..kernel.common import city_zone, clean, count_rows
from ..kernel.database import Database
from ..kernel.field_checks import check_person
from ..kernel.inputs import PersonInput, gives
from ..kernel.lookups import Lookups
from ..kernel.plans import ADDED, UNCHANGED, UPDATED, Plan, Planning, failed, write_one
from ..kernel.shared_values import sharing
from ..kernel.versions import version_of
from ..kernel.views import PersonView
from .separation import day_start, mark_separated

_FIELDS = ("employee_id", "name", "title", "division", "email", "phone", "kind")
_COLUMNS = {**{f: f for f in _FIELDS}, "department": "department_id"}


def _state(values: dict[str, Any], lookups: Lookups, fields: list[str]) -> dict[str, Any]:
    """What the audit log shows of a person's fields (the department by name)."""
    state = {f: values[_COLUMNS[f]] for f in fields}
    if "department" in state:
        state["department"] = lookups.department_names.get(state["department"] or -1)
    return state


def _repeats(planning: Planning, key: str, email: str | None) -> dict[str, str]:
    """A file's new person who is someone the register has: an employee ID that a
    spreadsheet stripped of its leading zeros, or the e-mail address of another person still
    in office (a successor may take over the mailbox of someone who left)."""
    lookups, problems = planning.lookups, {}
    other = lookups.ids_as_numbers.original(key)
    if other is not None:
        problems["employee_id"] = zeros_lost_problem(key, other, lookups.people_named[other])
    holder = lookups.emails.get(email.lower()) if email else None
    if holder is not None:
        problems["email"] = (
            f"{email} is the address of {lookups.people_named.get(holder, holder)} "
            f"(employee ID {holder}); a person is added once — give this one's own address, "
            "or their row the same employee ID"
        )
    return problems


def plan_person(planning: Planning, data: PersonInput, current: Person | None) -> Plan:
    """Add a person, or change `current` (matched by employee ID). A separation date separates
    them from the start of that day; on a form, an emptied date reinstates them, which an
    import never does."""
    lookups, tz = planning.lookups, planning.tz
    key = clean(data.employee_id) or ""
    problems = check_person(data, lookups, current.id if current else None, planning.today)
    was = current.separated_at.astimezone(tz).date() if current and current.separated_at else None
    separating = gives(data.given, "separated_on") and data.separated_on != was
    if planning.from_file and separating and was is not None and data.separated_on is None:
        assert current is not None
        problems["separated_on"] = (
            f"{current.name} left the city on {was}; an import does not undo a separation "
            "(record a rehire on the person's form)"
        )
    if current is None and planning.from_file and "employee_id" not in problems:
        problems.update(_repeats(planning, key, clean(data.email)))
    if problems:
        return failed(problems, key)
    values = {
        "employee_id": key,
        "name": clean(data.name),
        "title": clean(data.title),
        "department_id": lookups.department_id(data.department),
        "email": clean(data.email),
        "phone": clean(data.phone),
        "kind": data.kind,
        "division": clean(data.division),
    }
    fields = [f for f in (*_FIELDS, "department") if gives(data.given, f)]
    if current is None:
        # A new person's event holds the whole new row (a column left out of a file takes its
        # default, and that is what was recorded), so that `check` can replay it.
        every = [*_FIELDS, "department"]
        shown = {k: v for k, v in _state(values, lookups, every).items() if v is not None}
        separated_at = None
        if data.separated_on is not None:
            separated_at = day_start(data.separated_on, tz)
            shown["separated_on"] = data.separated_on
        lookups.note_person(key, clean(data.name) or "", clean(data.email))
        return Plan(
            key=key,
            insert={**values, "separated_at": separated_at},
            changes=[
                Change(
                    "person.create", "person", key, f"Added {values['name']}{planning.via}", shown
                )
            ],
            outcome=ADDED,
        )
    old = {column: getattr(current, column) for column in _COLUMNS.values()}
    changes = diff(_state(old, lookups, fields), _state(values, lookups, fields))
    if separating:
        changes["separated_on"] = [was, data.separated_on]
    if not changes:
        return Plan(key=key, update={}, outcome=UNCHANGED, row_id=current.id)
    columns = {_COLUMNS[f]: values[_COLUMNS[f]] for f in fields}
    plan = Plan(
        key=key,
        row_id=current.id,
        update={"id": current.id, **columns},
        changes=[
            Change(
                "person.update", "person", key, f"Changed {values['name']}{planning.via}", changes
            )
        ],
        outcome=UPDATED,
    )
    if separating:
        day = data.separated_on

        def separation(session: Session, person_id: int) -> None:
            person = session.get(Person, person_id, populate_existing=True)
            assert person is not None
            apply_separation_date(session, planning.db, person, day, tz)

        plan.follow_ups.append(separation)
    return plan


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


def create_person(db: Database, data: PersonInput) -> PersonView:
    return update_person(db, None, data)


def update_person(
    db: Database, person_id: int | None, data: PersonInput, *, version: str | None = None
) -> PersonView:
    return write_one(
        db,
        Person,
        person_id,
        "that person is no longer in the register",
        lambda planning, current: plan_person(planning, data, current),
        _view_in,
        version,
    )


def editing_person(db: Database, person_id: int) -> tuple[PersonView, str]:
    """The person as they are now, for a form, and the version its save must still find."""
    with db.reading() as session:
        row = session.get(Person, person_id)
        if row is None:
            raise NotFoundError("that person is no longer in the register")
        return _view_in(session, person_id), version_of(row)


def _view_in(session: Session, person_id: int) -> PersonView:
    tz = city_zone(session)
    return _view(session.execute(person_query().where(Person.id == person_id)).one(), tz)


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


def count_people(db: Database) -> int:
    return count_rows(db, Person.id)


def list_people(db: Database, first: int | None = None) -> Sequence[PersonView]:
    """Everyone, by name (with `first`, the first so many alone)."""
    # a city's tens of thousands of people, none of them in a cycle: no collection meanwhile
    with paused(), db.reading() as session:
        tz = city_zone(session)
        rows = session.execute(person_query().order_by(func.lower(Person.name)).limit(first))
        # title, department, kind and division recur down a city's thousands of people
        return [_view(row, tz) for row in sharing(rows, (3, 4, 7, 8))]


def people_with_ids(db: Database, ids: frozenset[int]) -> list[PersonView]:
    """The people with these ids (those still in the register), as `list_people` gives them."""
    with db.reading() as session:
        tz = city_zone(session)
        rows = session.execute(person_query().where(Person.id.in_(sorted(ids))))
        return [_view(row, tz) for row in rows]


def get_person(db: Database, person_id: int) -> PersonView:
    found = people_with_ids(db, frozenset({person_id}))
    if not found:
        raise NotFoundError("that person is no longer in the register")
    return found[0]
