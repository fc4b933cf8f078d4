"""Dates and moments between Qt and Python, and the moment field of the forms that keep when
something happened."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate

from .date_field import DateField


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class MomentField:
    """A date-time field for a moment in the city, starting at `now` and not after it.

    Left as it was, it reads back `now` exactly (to the second), so that "now" keeps its order
    against other records made in the same minute; once edited, it reads the minute typed."""

    def __init__(self, edit: DateField, now: datetime, tz: ZoneInfo) -> None:
        self.edit, self.now, self.tz = edit, now, tz
        edit.set_zone(tz)
        edit.set_latest_moment(now, "now")
        edit.set_moment(now)
        self.initial = edit.line.text()

    def set(self, moment: datetime) -> None:
        self.edit.set_moment(moment)

    def value(self) -> datetime:
        moment = self.edit.moment()
        if self.edit.line.text() == self.initial:
            return self.now
        return moment
