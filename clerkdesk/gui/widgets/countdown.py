"""How far away a due date is, in words a clerk reads at a glance."""

from __future__ import annotations

from datetime import date, datetime


def days_text(due: date, today: date) -> str:
    days = (due - today).days
    if days == 0:
        return "due today"
    if days == 1:
        return "due tomorrow"
    if days > 0:
        return f"in {days:,} days"
    if days == -1:
        return "1 day overdue"
    return f"{-days:,} days overdue"


def moment_text(due: datetime, now: datetime) -> str:
    """For rules counted in hours: hours while under two days, days beyond."""
    seconds = (due - now).total_seconds()
    hours = int(abs(seconds) // 3600)
    if hours >= 48:
        amount = f"{hours // 24:,} days"
    elif hours >= 1:
        amount = "1 hour" if hours == 1 else f"{hours} hours"
    else:
        minutes = int(abs(seconds) // 60)
        amount = "1 minute" if minutes == 1 else f"{minutes} minutes"
    return f"in {amount}" if seconds >= 0 else f"{amount} overdue"


def countdown(due: date | datetime, now: datetime) -> str:
    """`due` against `now` (an aware moment in the city's zone)."""
    if isinstance(due, datetime):
        return moment_text(due, now)
    return days_text(due, now.date())
