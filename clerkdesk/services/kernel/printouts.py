"""What every printout shares: its header (the city, the office, the title, the day printed)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ...store.models.people import Person
from .common import city_row, city_today, profile_of
from .database import Database

if TYPE_CHECKING:
    from ...printing.layout import PrintHeader


def city_title(name: str) -> str:
    """ "Stoughton" reads "City of Stoughton"; a name that already says what it is stays."""
    if name.lower().startswith(("city of", "town of", "village of")):
        return name
    return f"City of {name}"


def print_header(db: Database, session: Session, title: str) -> PrintHeader:
    from ...printing.layout import PrintHeader

    city = city_row(session)
    profile = profile_of(city)
    return PrintHeader(
        city=city_title(city.name),
        office=profile.coordinating_office,
        title=title,
        printed_on=city_today(db, profile),
    )


def office_holder(session: Session, office: str, now: datetime) -> Person | None:
    """Who the office's papers go back to and who signs for it: the person, not separated,
    whose title is the office's name ("City Clerk"), the one with an e-mail address first."""
    found = session.execute(
        select(Person)
        .where(
            func.lower(Person.title) == office.strip().lower(),
            or_(Person.separated_at.is_(None), Person.separated_at > now),
        )
        .order_by(Person.email.is_(None), Person.employee_id)
        .limit(1)
    ).scalar_one_or_none()
    return found
