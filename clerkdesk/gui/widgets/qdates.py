"""Dates and moments between Qt's date widgets and Python.

A moment is edited as the city's wall-clock time. The edit carries it in UTC only as a neutral
holder of the fields, so that the computer's own time zone (and its daylight-saving gaps) never
shifts what the clerk typed; the city's zone is attached when the value is read back.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from ...core.dates import FIRST_YEAR, LAST_YEAR

MOMENT_FORMAT = "yyyy-MM-dd HH:mm"
_HOLDER = QTimeZone(QTimeZone.Initialization.UTC)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _wall_clock(moment: datetime, tz: ZoneInfo) -> QDateTime:
    local = moment.astimezone(tz)
    return QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
        _HOLDER,
    )


class MomentField:
    """A date-time edit for a moment in the city, starting at `now` and not after it.

    Left as it was, it reads back `now` exactly (to the second), so that "now" keeps its order
    against other records made in the same minute; once edited, it reads the minute shown."""

    def __init__(self, edit: QDateTimeEdit, now: datetime, tz: ZoneInfo) -> None:
        self.edit, self.now, self.tz = edit, now, tz
        edit.setTimeZone(_HOLDER)
        edit.setDisplayFormat(MOMENT_FORMAT)
        edit.setCalendarPopup(True)
        self.initial = _wall_clock(now, tz)
        edit.setMaximumDateTime(self.initial)
        edit.setDateTime(self.initial)

    def set(self, moment: datetime) -> None:
        self.edit.setDateTime(_wall_clock(moment, self.tz))

    def value(self) -> datetime:
        shown = self.edit.dateTime()
        if shown == self.initial:
            return self.now
        day, clock = shown.date(), shown.time()
        return datetime(
            day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=self.tz
        )


def plausible_years(widget: QWidget) -> None:
    """Keep every date field inside `widget` to the years a date is taken in (core.dates):
    a calendar cannot offer 1752 or 9999. A field's own narrower range is kept."""
    first, last = QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31)
    for edit in widget.findChildren(QDateTimeEdit):
        edit.setDateRange(max(edit.minimumDate(), first), min(edit.maximumDate(), last))
