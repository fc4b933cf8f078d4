"""What every printout shares: its header (the city, the office, the title, the day printed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

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
