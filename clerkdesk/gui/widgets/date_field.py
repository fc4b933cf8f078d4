"""The one field for a date, or a date and a time, in every form.

The clerk types the date as she would write it (`2027-04-06`, `4/6/2027`, `04/06/2027`, read by
`core.dates`, as the CSV reader reads them) or picks it from a calendar (the button, Alt+Down or
F4); the field says it back beside itself ("Tue, Apr 6, 2027"). What it cannot read, or what is
outside the limits the dialog gave it, is refused when the clerk leaves the field and again on
OK, with the reason, under the field: it never keeps another value. A date-time field takes a
time after the date (`10:30 AM`, `14:30`) on the city's clock.

A date that may not be known yet has a check box in front that says it is (`make_optional`).
The dialog states the limits (`setMaximumDate(today, "today")`); which dates a record may have
is the services' rule.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from ...core.dates import FIRST_YEAR, LAST_YEAR, parse_date, parse_wall_moment, wall_text
from ...core.errors import InvalidValueError, ValidationError

_FIRST, _LAST = date(FIRST_YEAR, 1, 1), date(LAST_YEAR, 12, 31)


def say_date(day: date) -> str:
    """A date no one can read two ways: `Tue, Apr 6, 2027`."""
    return f"{day:%a, %b} {day.day}, {day.year}"


def say_moment(moment: datetime) -> str:
    """`Tue, Apr 6, 2027, 10:30 AM CDT`."""
    hour = moment.hour % 12 or 12
    return f"{say_date(moment.date())}, {hour}:{moment:%M %p} {moment.tzname()}"


def _as_date(day: date | QDate) -> date:
    if isinstance(day, QDate):
        return date(day.year(), day.month(), day.day())
    return day


class DateField(QWidget):
    """A date typed or picked; `with_time` makes it a date and a time in the city's zone."""

    dateChanged = Signal(QDate)  # noqa: N815 (as QDateEdit names it)
    edited = Signal()  # the clerk changed the text: a message about the field goes

    def __init__(self, parent: QWidget | None = None, *, with_time: bool = False) -> None:
        super().__init__(parent)
        self.with_time = with_time
        self.field_name = ""  # the service's name for the field (FieldErrors sets it)
        self.show_refusal: Callable[[str], None] | None = None  # where a refusal is said
        self.check: QCheckBox | None = None
        self.zone = ZoneInfo("UTC")
        self._earliest: tuple[date, str] = (_FIRST, "")
        self._latest: tuple[date, str] = (_LAST, "")
        self._latest_moment: tuple[datetime, str] | None = None
        self._last = QDate()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.line = QLineEdit()
        self.line.setObjectName("date_text")
        # A short hint that fits the field (a hint cut off is no hint); the tooltip has all.
        self.line.setPlaceholderText("M/D/YYYY h:mm AM" if with_time else "M/D/YYYY")
        self.line.setToolTip(
            "Type the date and time as M/D/YYYY h:mm AM or YYYY-MM-DD HH:MM"
            if with_time
            else "Type the date as M/D/YYYY or YYYY-MM-DD"
        )
        metrics = self.line.fontMetrics()
        width = max(
            metrics.horizontalAdvance("0" * (22 if with_time else 12)),
            metrics.horizontalAdvance(self.line.placeholderText()) + 16,
        )
        self.line.setMinimumWidth(width)
        self.line.setMaximumWidth(width + width // 2)
        self.button = QToolButton()
        self.button.setObjectName("calendar_button")
        self.button.setText("▾")
        self.button.setToolTip("Pick from a calendar (Alt+Down)")
        self.button.setAccessibleName("Pick from a calendar")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on to the next field
        self.reading = QLabel()
        self.reading.setObjectName("date_reading")
        self.reading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.line)
        row.addWidget(self.button)
        row.addWidget(self.reading, 1)
        self.setFocusProxy(self.line)
        self.line.textEdited.connect(self._typed)
        self.line.textEdited.connect(lambda *_: self.edited.emit())
        self.line.editingFinished.connect(self._left)
        self.button.clicked.connect(self.open_calendar)
        self.line.installEventFilter(self)

    def setAccessibleName(self, name: str) -> None:
        """The name a screen reader says for the field (its text box)."""
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def showEvent(self, event: QShowEvent) -> None:
        if not self.line.accessibleName():  # named after its label, as its buddy would be
            name = next(
                (
                    label.text()
                    for label in self.window().findChildren(QLabel)
                    if label.buddy() is self
                ),
                self.check.text() if self.check is not None else "",
            )
            words = name.replace("&&", "\0").replace("&", "").replace("\0", "&")
            self.line.setAccessibleName(words.strip().rstrip(":"))
        super().showEvent(event)

    # --- the limits the dialog gives -------------------------------------------------------

    def setMaximumDate(self, day: date | QDate, words: str = "") -> None:
        """No later than `day`; `words` name it in a refusal ("today")."""
        self._latest = (_as_date(day), words)

    def setMinimumDate(self, day: date | QDate, words: str = "") -> None:
        self._earliest = (_as_date(day), words)

    def setDateRange(self, first: date | QDate, last: date | QDate) -> None:
        self.setMinimumDate(first)
        self.setMaximumDate(last)

    def maximumDate(self) -> QDate:
        day = self._latest[0]
        return QDate(day.year, day.month, day.day)

    def minimumDate(self) -> QDate:
        day = self._earliest[0]
        return QDate(day.year, day.month, day.day)

    def set_zone(self, tz: ZoneInfo) -> None:
        """The city's zone, in which a date-time is read."""
        self.zone = tz

    def set_latest_moment(self, moment: datetime, words: str = "now") -> None:
        self._latest_moment = (moment.astimezone(self.zone), words)

    # --- optional ------------------------------------------------------------------------

    def make_optional(self, check: QCheckBox | str, today: date) -> None:
        """The date may not be known yet: a check box (`check`, or one made with that text in
        front of the field) says it is, and the field is open only then. Unchecked, the field
        shows `today` greyed (what a tick starts from)."""
        if isinstance(check, str):
            check = QCheckBox(check)
            layout = self.layout()
            assert isinstance(layout, QHBoxLayout)
            layout.insertWidget(0, check)
            self.setFocusProxy(check)
        self.check, self._today = check, today
        check.toggled.connect(self._known)
        check.toggled.connect(lambda *_: self.edited.emit())
        self.set(None)

    def _known(self, known: bool) -> None:
        if self.check is not None and self.isAncestorOf(self.check):
            self.line.setEnabled(known)
            self.button.setEnabled(known)
        else:
            self.setEnabled(known)
        if not known:
            self._say("", False)
        else:
            self._typed()

    def set(self, day: date | None) -> None:
        """Show `day`; for an optional field None says it is not known."""
        if self.check is not None:
            self.check.setChecked(day is not None)
            self.setDate(day if day is not None else self._today)
            self._known(day is not None)
        elif day is not None:
            self.setDate(day)

    def value(self) -> date | None:
        """The date shown, None for an optional one not known; a refusal if it is wrong."""
        if self.check is not None and not self.check.isChecked():
            return None
        return self._read_date()

    # --- the value -----------------------------------------------------------------------

    def setDate(self, day: date | QDate) -> None:
        day = _as_date(day)
        self.line.setText(day.isoformat())
        self._typed()

    def clear(self) -> None:
        """Show no date: one that must be typed (a required field refuses it until then)."""
        self.line.clear()
        self._typed()

    def typed_value(self) -> date | datetime | str:
        """What the field holds, to tell whether it changed: the date (or moment) read, or the
        text it cannot read."""
        read = self._read()
        return self.line.text().strip() if isinstance(read, str) else read

    def day(self) -> date:
        """The date shown; a refusal if it is wrong."""
        return self._read_date()

    def date(self) -> QDate:
        day = self._read_date()
        return QDate(day.year, day.month, day.day)

    def set_moment(self, moment: datetime) -> None:
        self.line.setText(wall_text(moment, self.zone))
        self._typed()

    def moment(self) -> datetime:
        """The date and time typed, in the city's zone; a refusal if it is wrong."""
        read = self._read()
        if isinstance(read, str):
            raise ValidationError({self.field_name or "date": read})
        assert isinstance(read, datetime)
        return read

    def problem(self) -> str | None:
        """Why what is typed is refused, or None."""
        if self.check is not None and not self.check.isChecked():
            return None
        read = self._read()
        return read if isinstance(read, str) else None

    def _read_date(self) -> date:
        read = self._read()
        if isinstance(read, str):
            raise ValidationError({self.field_name or "date": read})
        return read.date() if isinstance(read, datetime) else read

    def _read(self) -> date | datetime | str:
        text = self.line.text().strip()
        if not text:
            return "Give a date and a time" if self.with_time else "Give a date"
        try:
            if self.with_time:
                moment = parse_wall_moment(text, self.zone)
                day: date = moment.date()
            else:
                day = parse_date(text)
        except InvalidValueError as error:
            return error.message
        shown = day.isoformat()
        (first, first_words), (last, last_words) = self._earliest, self._latest
        if day < first:
            return f"{shown} is before {_limit(first, first_words, 'earliest')}"
        if day > last:
            return f"{shown} is after {_limit(last, last_words, 'latest')}"
        if self.with_time:
            if self._latest_moment is not None and moment > self._latest_moment[0]:
                latest, words = self._latest_moment
                return f"{moment:%Y-%m-%d %H:%M} is after {words} ({latest:%Y-%m-%d %H:%M})"
            return moment
        return day

    # --- saying it back ----------------------------------------------------------------------

    def _typed(self, *_: object) -> None:
        """As the clerk types: the date read so far, said back; no refusal yet."""
        read = self._read()
        if isinstance(read, str):
            self._say("", False)
            return
        self._say(say_moment(read) if isinstance(read, datetime) else say_date(read), False)
        day = read.date() if isinstance(read, datetime) else read
        qday = QDate(day.year, day.month, day.day)
        if qday != self._last:
            self._last = qday
            self.dateChanged.emit(qday)

    def _left(self) -> None:
        """On leaving the field: refuse on the spot what it cannot take."""
        why = self.problem()
        if why is None:
            return
        if self.show_refusal is not None:
            self._say("", False)
            self.show_refusal(why)
        else:
            self._say(why, True)

    def _say(self, text: str, refused: bool) -> None:
        self.reading.setText(text)
        self.reading.setStyleSheet("color: #b3261e;" if refused else "")

    # --- the calendar --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and (
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def open_calendar(self) -> None:
        from .date_calendar import CalendarPopup  # only when asked for

        read = self._read()
        start = read.date() if isinstance(read, datetime) else read
        if isinstance(start, str):
            start = min(max(date.today(), self._earliest[0]), self._latest[0])
        popup = CalendarPopup(self, start, self._earliest[0], self._latest[0])
        popup.picked.connect(self._picked)
        popup.move(self.line.mapToGlobal(QPoint(0, self.line.height())))
        popup.show()
        popup.calendar.setFocus()

    def _picked(self, day: date) -> None:
        if self.with_time:
            read = self._read()
            clock = f"{read:%H:%M}" if isinstance(read, datetime) else "12:00"
            self.line.setText(f"{day.isoformat()} {clock}")
        else:
            self.line.setText(day.isoformat())
        self.edited.emit()
        self._typed()
        self.line.setFocus()


def _limit(day: date, words: str, which: str) -> str:
    return f"{words} ({day.isoformat()})" if words else f"{day.isoformat()}, the {which} it can be"


class DateTimeField(DateField):
    """A date and a time of day on the city's clock (`2027-04-06 10:30 AM`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, with_time=True)


def date_problems(widget: QWidget) -> dict[str, str]:
    """What each date field inside `widget` refuses, by field name (a field not named by a
    form under "date")."""
    problems: dict[str, str] = {}
    for field in widget.findChildren(DateField):
        if field.isVisibleTo(widget) and (why := field.problem()) is not None:
            problems.setdefault(field.field_name or "date", why)
    return problems


def optional_date(
    check: QCheckBox, field: DateField, today: date, *, past_only: bool = True
) -> DateField:
    """A date that may not be known yet, ticked by `check`; not after today unless it is a day
    still to come."""
    if past_only:
        field.setMaximumDate(today, "today")
    field.make_optional(check, today)
    return field
