"""The calendar a date field opens (its button, Alt+Down or F4): arrows move the day, Enter
picks it, Escape closes without picking."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QFrame, QVBoxLayout, QWidget


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CalendarPopup(QFrame):
    picked = Signal(object)  # the date chosen

    def __init__(self, parent: QWidget, start: date, first: date, last: date) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("date_calendar")
        self.calendar.setGridVisible(True)
        self.calendar.setDateRange(_qdate(first), _qdate(last))
        self.calendar.setSelectedDate(_qdate(start))
        self.calendar.activated.connect(self._pick)  # Enter or a double click
        self.calendar.clicked.connect(self._pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)

    def _pick(self, day: QDate) -> None:
        self.picked.emit(date(day.year(), day.month(), day.day()))
        self.close()
