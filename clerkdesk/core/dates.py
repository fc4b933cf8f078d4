"""Dates and moments as the policy counts them.

Days are calendar dates; hours are counted between aware moments, shown in the city's zone.
Moments are stored in UTC.
"""

from __future__ import annotations

import re
from collections.abc import Container
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from .errors import InvalidValueError

_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})\s*([AaPp]\.?[Mm]\.?)?$")


def zone(name: str) -> ZoneInfo:
    """The time zone called `name`, or a plain error."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidValueError(f"unknown time zone {name!r}") from exc


# Years outside these are refused as mistakes wherever a date is read (INTERFACE.md).
FIRST_YEAR, LAST_YEAR = 1900, 2200


@cache
def zone_names() -> tuple[str, ...]:
    """The time zones this machine knows, sorted: read once, from its files (some 600 of them,
    a fifth of a second on a slow disk)."""
    return tuple(sorted(available_timezones()))


def plausible_year(year: int, text: str) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidValueError(
            f"{text!r}: the year {year} is not plausible (give a year from {FIRST_YEAR} "
            f"to {LAST_YEAR})"
        )


def parse_date(text: str) -> date:
    """`YYYY-MM-DD`, or Excel's US `M/D/YYYY`; a year before 1900 or after 2200 refused."""
    day = _parse_date(text.strip())
    plausible_year(day.year, text.strip())
    return day


def _parse_date(text: str) -> date:
    try:
        if _ISO_DATE.match(text):
            return date.fromisoformat(text)
        m = _US_DATE.match(text)
        if m:
            month, day, year = (int(g) for g in m.groups())
            return date(year, month, day)
    except ValueError as exc:
        raise InvalidValueError(f"{text!r} is not a real date") from exc
    raise InvalidValueError(f"{text!r} is not a date (use YYYY-MM-DD)")


def parse_moment(text: str, tz: ZoneInfo) -> datetime:
    """`YYYY-MM-DDTHH:MM` in the city's zone, or with an explicit offset; a date alone means
    the end of that day in the city (so "as of a date" counts that whole day)."""
    text = text.strip()
    if _ISO_DATE.match(text) or _US_DATE.match(text):
        day = parse_date(text)
        return datetime.combine(day, datetime.max.time().replace(microsecond=0), tzinfo=tz)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise InvalidValueError(f"{text!r} is not a moment (use YYYY-MM-DDTHH:MM)") from exc
    plausible_year(moment.year, text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment


def parse_clock(text: str) -> time:
    """A time of day as typed: `14:30`, `2:30 PM`, `12:30 am`."""
    m = _CLOCK.match(text.strip())
    if not m:
        raise InvalidValueError(f"{text.strip()!r} is not a time (use 14:30 or 2:30 PM)")
    hour, minute, half = int(m.group(1)), int(m.group(2)), m.group(3)
    if half is not None:
        if not 1 <= hour <= 12:
            raise InvalidValueError(f"{text.strip()!r}: with AM or PM the hour is 1 to 12")
        hour = hour % 12 + (12 if half[0] in "Pp" else 0)
    if hour > 23 or minute > 59:
        raise InvalidValueError(f"{text.strip()!r} is not a time of day")
    return time(hour, minute)


_ZONE_NAME = re.compile(r"^(.*\S)\s+([A-Za-z]{2,5})$")


def _say_clock(day: date, clock: time) -> str:
    return f"{clock.hour % 12 or 12}:{clock:%M %p} on {day:%a, %b} {day.day}, {day.year}"


def parse_wall_moment(text: str, tz: ZoneInfo) -> datetime:
    """A date and a time of day as a clerk types them (`2027-04-06 10:30 AM`, `4/6/2027
    14:30`), on the city's clock: the date as `parse_date` reads it, then `parse_moment` in
    the city's zone. A time the clocks skip (a spring-forward gap) is refused. A time the
    clocks show twice (the fall-back hour) needs the zone's name for the one meant
    (`2026-11-01 1:30 AM CDT` the first, `… CST` the second), and is refused without it."""
    parts = re.sub(r"^(\d{4}-\d{2}-\d{2})T", r"\1 ", text.strip()).split(None, 1)
    if len(parts) < 2:
        raise InvalidValueError(
            f"{text.strip()!r} needs a date and a time (e.g. 2027-04-06 10:30 AM)"
        )
    clock_text, named = parts[1], None
    zoned = _ZONE_NAME.match(clock_text)
    if zoned and zoned.group(2).replace(".", "").lower() not in ("am", "pm"):
        clock_text, named = zoned.group(1), zoned.group(2).upper()
    day, clock = parse_date(parts[0]), parse_clock(clock_text)
    moment = parse_moment(f"{day.isoformat()}T{clock:%H:%M}", tz)
    if moment.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != moment.replace(tzinfo=None):
        raise InvalidValueError(
            f"{_say_clock(day, clock)} does not exist in "
            f"{tz.key}: the clocks skip that hour (daylight saving time begins)"
        )
    first, second = moment.replace(fold=0), moment.replace(fold=1)
    names = [first.tzname(), second.tzname()]
    if named is not None:
        if named not in names:
            raise InvalidValueError(
                f"{named} is not the time in {tz.key} at {_say_clock(day, clock)} "
                f"(it is {' or '.join(dict.fromkeys(n for n in names if n))})"
            )
        return first if named == names[0] else second
    if first.utcoffset() != second.utcoffset():
        raise InvalidValueError(
            f"{_say_clock(day, clock)} happens twice in {tz.key} (the clocks fall back): "
            f"add {names[0]} for the first or {names[1]} for the second"
        )
    return first


def wall_text(moment: datetime, tz: ZoneInfo) -> str:
    """An aware moment as `parse_wall_moment` reads it back: `2026-11-20 14:05`, with the
    zone's name (`2026-11-01 01:30 CST`) only where the clocks show that time twice."""
    local = moment.astimezone(tz)
    text = f"{local:%Y-%m-%d %H:%M}"
    other = local.replace(fold=1 - local.fold)
    return f"{text} {local.tzname()}" if other.utcoffset() != local.utcoffset() else text


def add_days(day: date, days: int) -> date:
    return day + timedelta(days=days)


def add_hours(moment: datetime, hours: int) -> datetime:
    """`hours` of elapsed time after an aware moment (a DST change does not stretch it)."""
    if moment.tzinfo is None:
        raise ValueError("add_hours needs an aware moment")
    return (moment.astimezone(UTC) + timedelta(hours=hours)).astimezone(moment.tzinfo)


def local_date(moment: datetime, tz: ZoneInfo) -> date:
    """The city's calendar date at an aware moment."""
    return moment.astimezone(tz).date()


def utc_now() -> datetime:
    return datetime.now(UTC)


def format_moment(moment: datetime, tz: ZoneInfo) -> str:
    """A moment as the city reads it: `2026-11-20 14:05 CST`."""
    local = moment.astimezone(tz)
    return f"{minute_text(local)} {local.tzname()}"


def minute_text(moment: datetime) -> str:
    """`2026-11-20 14:05`, as `%Y-%m-%d %H:%M` writes it (years 1000 to 9999), from the
    numbers: strftime imports a module at each call, which costs a table of 50,000 moments
    a third of its time under Qt's import hook."""
    return (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} "
        f"{moment.hour:02d}:{moment.minute:02d}"
    )


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(day: date) -> str:
    """A day as people write it, for running text and headings on paper: `December 5, 2026`
    (the same in every locale)."""
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def short_date(day: date) -> str:
    """A day compact but unambiguous, for a printout's table: `Dec 5, 2026`."""
    return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"


def add_work_days(day: date, days: int, holidays: Container[date] = ()) -> date:
    """The `days`-th work day after `day`: Saturdays, Sundays and `holidays` are skipped (a
    profile's `days_off`, read year by year, or any collection of dates). The one place work
    days are counted, with `work_days_between`."""
    off = holidays
    current, left = day, days
    while left > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in off:
            left -= 1
    return current


def work_days_between(start: date, end: date, holidays: Container[date] = ()) -> int:
    """How many work days after `start` `end` is, as `add_work_days` counts them (its
    inverse: `work_days_between(d, add_work_days(d, n)) == n`); negative when `end` is
    earlier."""
    off = holidays
    step = 1 if end >= start else -1
    count, current = 0, start
    while current != end:
        current += timedelta(days=step)
        if current.weekday() < 5 and current not in off:
            count += step
    return count
