"""How a profile file's values are read and checked: dates, whole numbers, days of the year."""

from __future__ import annotations

import re
from datetime import date
from typing import Protocol

from .errors import ValidationError


def dates(values: object) -> tuple[date, ...]:
    """A list of dates, as TOML gives them or as text."""
    if not isinstance(values, list | tuple):
        raise ValidationError({"holidays": "must be a list of dates, YYYY-MM-DD"})
    days = []
    for value in values:
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError as exc:
                raise ValidationError({"holidays": f"{value!r} is not a date"}) from exc
        if not isinstance(value, date):
            raise ValidationError({"holidays": "must be a list of dates, YYYY-MM-DD"})
        days.append(value)
    return tuple(sorted(days))


def one_date(name: str, value: object) -> date | None:
    """A date the profile sets, as TOML gives it or as text; None when it sets none."""
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError as exc:
            raise ValidationError({name: "must be a date, YYYY-MM-DD"}) from exc
    if value is not None and not isinstance(value, date):
        raise ValidationError({name: "must be a date, YYYY-MM-DD"})
    return value


def whole(value: object, least: int) -> bool:
    """Whether `value` is a whole number of at least `least` (true and false are not)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= least


def month_day(value: object) -> bool:
    """Whether `value` is a day of the year as MM-DD (29 February aside)."""
    if not isinstance(value, str) or not re.fullmatch(r"\d\d-\d\d", value):
        return False
    try:
        date.fromisoformat(f"2001-{value}")
    except ValueError:
        return False
    return True


class ElectionCalendar(Protocol):
    """What of a profile the first day for nomination papers is read from."""

    @property
    def spring_papers_from(self) -> str: ...

    @property
    def partisan_papers_from(self) -> str: ...


def papers_from_default(profile: ElectionCalendar, election_on: date, spring: bool) -> date:
    """The first day nomination papers may circulate by the profile's calendar (R18): for a
    spring election, its day of the year before; for a partisan one, of the same year."""
    month, day = (
        int(x)
        for x in (profile.spring_papers_from if spring else profile.partisan_papers_from).split("-")
    )
    return date(election_on.year - 1 if spring else election_on.year, month, day)
