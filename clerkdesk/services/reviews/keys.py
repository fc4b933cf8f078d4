"""How the reviews register's replayed records are known and their moments said: a review by
its department and its number there, every moment in UTC."""

from __future__ import annotations

from datetime import UTC, datetime


def review_key(department: str, number: int) -> str:
    """A review's key: its department's name and its number there."""
    return f"{department} #{number}"


def utc(moment: datetime) -> datetime:
    """A moment as the reviews' events and `check` say it: in UTC."""
    return moment.astimezone(UTC)
