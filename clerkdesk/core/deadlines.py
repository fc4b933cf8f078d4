"""Deadlines a clerk can trust. A rule applies to a record from a day (RULES.md: the policy's
adoption, the account's approval, the person's start, whichever is latest), and its period
counts from its event or from that day, whichever is later: so no deadline falls before the
day its rule began to apply. And an account approved after its grandfathering deadline keeps
the finding, instead of its deadline silently clearing."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import overload
from zoneinfo import ZoneInfo


@overload
def applies_from(event: datetime, *begins: date | None, tz: ZoneInfo) -> datetime: ...


@overload
def applies_from(event: date, *begins: date | None, tz: ZoneInfo | None = None) -> date: ...


def applies_from(
    event: date | datetime, *begins: date | None, tz: ZoneInfo | None = None
) -> date | datetime:
    """The moment (or day) a rule's period counts from: its `event`, or the latest of the
    days the rule `begins` to apply to the record when that is later (None: not known). For a
    moment, a day begins at midnight in the city's zone `tz`."""
    if isinstance(event, datetime):
        if tz is None:
            raise ValueError("applies_from needs the city's zone for a moment")
        latest = event
        for day in begins:
            if day is None:
                continue
            start = day if isinstance(day, datetime) else datetime.combine(day, time(0), tz)
            if start > latest:
                latest = start
        return latest
    latest_day = event
    for day in begins:
        if day is None:
            continue
        if isinstance(day, datetime):
            day = day.astimezone(tz).date() if tz is not None else day.date()
        if day > latest_day:
            latest_day = day
    return latest_day


def grandfather_deadline(adopted_on: date, window_days: int) -> date:
    """The last day on which an account in use before the policy may still be approved (R5)."""
    return adopted_on + timedelta(days=window_days)


def days_late(approved_on: date, adopted_on: date | None, window_days: int) -> int | None:
    """How many days after the grandfathering deadline an account in use before the policy
    was approved; None when it was approved in time (or the adoption date is not known)."""
    if adopted_on is None:
        return None
    late = (approved_on - grandfather_deadline(adopted_on, window_days)).days
    return late if late > 0 else None


def late_approval_text(days: int, deadline: date) -> str:
    """The finding an approval after the deadline leaves in the account's history."""
    unit = "day" if days == 1 else "days"
    return f"approved {days:,} {unit} after the deadline ({deadline.isoformat()}, R5)"
