"""Small helpers the services share."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Executable, Row, func, select
from sqlalchemy.orm import Session

from ...core.errors import ClerkDeskError
from ...core.notices import carried_over
from ...core.profile import PolicyProfile
from ...core.vocabulary import Basis
from ...store.models.city import City
from ...store.models.departments import Department
from ...store.models.people import Person
from .database import Database


def clean(text: str | None) -> str | None:
    """Trimmed text, or None for an empty cell or field."""
    if text is None:
        return None
    text = text.strip()
    return text or None


def rows_of(session: Session, statement: Executable) -> Sequence[Row[Any]]:
    """The rows of a statement of plain columns, read whole through the session's connection.
    The ORM's layer between (entities, identity map) has nothing to do for such rows, and over
    a city's thousands of them it cost a third as much again as the reading itself; so did
    taking them one at a time. Changes the session holds are flushed first, as the session's
    own reads do."""
    if session.autoflush:
        session.flush()
    return session.connection().execute(statement).all()


def driver_rows(session: Session, statement: Executable) -> Sequence[Any]:
    """A query's rows as the driver gives them: tens of thousands of SQLAlchemy rows, and
    their dates parsed, cost more than the reading. On SQLite a moment is its stored text and
    a day "YYYY-MM-DD", as an event's details spell a day; text columns are text either way."""
    return session.connection().execute(statement).cursor.fetchall()


def count_rows(db: Database, key: Any) -> int:
    """How many rows the table of `key` (its id column) holds: what a page counts to know
    whether its list is long before reading it."""
    with db.reading() as session:
        return int(session.execute(select(func.count(key))).scalar_one())


def city_row(session: Session) -> City:
    """The city's row, read once in a session: the session's map of what it read lets go of a
    row no one holds, and a page's reads in one session (`Database.one_read`) each ask."""
    city: City | None = session.info.get("city")
    if city is None:
        city = session.info["city"] = session.get(City, 1)
    if city is None:
        raise ClerkDeskError("the database has no city yet; run `clerkdesk init --city NAME`")
    return city


def profile_of(city: City) -> PolicyProfile:
    """The city's copy of its policy profile. A copy made before profiles named each rule's
    basis (or each figure's source) takes those of the shipped profile it came from; and a
    rule that is the policy's or the law's there, or was in the copy, has the shipped basis."""
    data = json.loads(city.profile_json)
    shipped = _shipped_dict(city.profile_key)
    if shipped is not None:
        data = carried_over(data, shipped)
        # Every city's agreement was signed by the same generic title before the profiles
        # gave each policy's own (Stoughton's Department Head); Settings does not change it.
        if data.get("director_title") == _GENERIC_TITLE:
            data["director_title"] = shipped["director_title"]
        # Settings a copy may predate (a rule's basis, R21's date, Milwaukee's request form,
        # Madison's filing date…), taken from the shipped profile it came from.
        for name, value in shipped.items():
            data.setdefault(name, value)
        # A rule the policy or a statute holds is not the city's to choose (only practice or
        # off is): its basis is the shipped profile's, as RULES.md is read now, in a copy
        # made when it was read otherwise.
        rules = dict(data["rules"])
        for rule, basis in shipped["rules"].items():
            if FIXED.intersection((basis, rules.get(rule))):
                rules[rule] = basis
        data["rules"] = rules
    return PolicyProfile.from_dict(data)


_GENERIC_TITLE = "Department/Division Director"

# The bases a city cannot switch (RULES.md): its policy's rules, and the law's.
FIXED = frozenset({Basis.POLICY, Basis.LAW})


@cache
def _shipped_dict(key: str) -> dict[str, Any] | None:
    """The shipped profile `key` as its data (None: no profile of that name is shipped)."""
    from ...resources import load_profile, profile_keys

    return load_profile(key).to_dict() if key in profile_keys() else None


def city_today(db: Database, profile: PolicyProfile) -> date:
    """The city's "today" by the database's clock: the one every service reads."""
    return profile.day_at(db.clock())


def city_zone(session: Session) -> ZoneInfo:
    """The city's time zone, read from its profile."""
    return profile_of(city_row(session)).zone


def department_by_name(session: Session, name: str) -> Department | None:
    return session.execute(
        select(Department).where(func.lower(Department.name) == name.strip().lower())
    ).scalar_one_or_none()


def person_by_employee_id(session: Session, employee_id: str) -> Person | None:
    return session.execute(
        select(Person).where(Person.employee_id == employee_id.strip())
    ).scalar_one_or_none()
