"""The days a city's offices are closed besides weekends, for every year a deadline can fall in.

They come from a maintained calendar, the `holidays` package (United States federal holidays
and Wisconsin's state holidays, as observed when one falls on a weekend), plus the days the
city's profile adds of its own (a day after Thanksgiving, a local closing). The package is read
one year at a time, so no list runs out. Work days themselves are counted in `dates`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache

# The maintained calendars a profile can take its holidays from (`holiday_calendar`), and what
# each is: "" takes none, so only the profile's own days are skipped.
CALENDARS: dict[str, str] = {
    "US-WI": "United States federal and Wisconsin state holidays",
    "US": "United States federal holidays",
    "": "none (only the city's own days)",
}
_SUBDIVISION = {"US-WI": "WI", "US": None}


@lru_cache(maxsize=64)
def _calendar_year(calendar: str, year: int) -> dict[date, str]:
    """The calendar's holidays that fall in `year` (an observed day moved across New Year
    included), each with its name."""
    if calendar not in _SUBDIVISION:
        return {}
    # Imported here, not at the top: only a deadline in work days needs it, and the package
    # takes a fifth of a second to load. Named by its module so a frozen program carries it.
    from holidays.countries.united_states import UnitedStates

    found = UnitedStates(  # type: ignore[no-untyped-call]
        subdiv=_SUBDIVISION[calendar], years=(year - 1, year, year + 1)
    )
    return {day: str(name) for day, name in sorted(found.items()) if day.year == year}


class DaysOff:
    """The days a city does not count as work days, weekends aside: `day in days_off`."""

    __slots__ = ("additions", "calendar")

    def __init__(self, calendar: str, additions: Iterable[date] = ()) -> None:
        self.calendar = calendar
        self.additions = frozenset(additions)

    def __contains__(self, day: object) -> bool:
        if not isinstance(day, date):
            return False
        return day in self.additions or day in _calendar_year(self.calendar, day.year)

    def name(self, day: date) -> str | None:
        """Why the offices are closed on `day` (None: they are not, weekends aside)."""
        named = _calendar_year(self.calendar, day.year).get(day)
        if named is not None:
            return named
        return "the city's own holiday" if day in self.additions else None

    def in_year(self, year: int) -> Iterator[tuple[date, str]]:
        """Every day off in `year`, in order, with its name."""
        days = {**_calendar_year(self.calendar, year)}
        for day in self.additions:
            if day.year == year:
                days.setdefault(day, "the city's own holiday")
        yield from sorted(days.items())


@lru_cache(maxsize=32)
def days_off(calendar: str, additions: tuple[date, ...]) -> DaysOff:
    """The shared `DaysOff` for a calendar and a profile's own days."""
    return DaysOff(calendar, additions)
