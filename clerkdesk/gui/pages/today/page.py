"""Today: every obligation in force, soonest first, with how far away each is and why it binds
the city (its policy, a statute, or good practice); good-practice items can be hidden."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from ....core.dates import format_moment
from ....core.obligations import kind_of
from ....core.obligations.model import DUE_SOON, OVERDUE, STATES, Obligation
from ....core.profile import PolicyProfile
from ....core.vocabulary import Basis
from ....services.city.first_steps import register_progress
from ....services.kernel.changes import AUDIT, CALENDAR_EVENTS, REVIEW_NOTES
from ....services.obligations.due import due
from ...widgets.countdown import countdown
from ...widgets.table_model import Column, Prepared
from ...window.context import AppContext
from ..list_page import ListPage
from ..page import FIND, OPEN
from ..registry import page_opening
from .first_steps import FirstSteps

if TYPE_CHECKING:
    from ...window.background import Operation

_SEVERITY = {state: n for n, state in enumerate(STATES)}


class TodayRow(NamedTuple):
    obligation: Obligation
    moment: datetime  # when it falls due, to sort dates and moments together
    due_text: str
    countdown: str
    basis: str  # the tag: "Wausau policy", "Wis. Stat.", "good practice"

    @property
    def id(self) -> tuple[str, str, str]:
        o = self.obligation
        return (o.kind, o.account or "", o.person or "")


def today_rows(
    obligations: list[Obligation], now: datetime, tz: ZoneInfo, profile: PolicyProfile
) -> list[TodayRow]:
    rows = []
    # Each (basis, rule, kind)'s tag made once: the basis, and whose the figure is (bases.py).
    labels: dict[tuple[str, str, str], str] = {}
    # A city's thousands of items fall on a few hundred days: each day's words made once.
    days: dict[date, tuple[datetime, str, str]] = {}
    for o in obligations:
        if isinstance(o.due, datetime):
            moment, text, left = o.due, format_moment(o.due, tz), countdown(o.due, now)
        else:
            known = days.get(o.due)
            if known is None:
                end = datetime.combine(o.due, time.max, tzinfo=tz)
                known = days[o.due] = (end, o.due.isoformat(), countdown(o.due, now))
            moment, text, left = known
        key = (o.basis, o.rule, o.kind)
        tag = labels.get(key)
        if tag is None:
            tag = labels[key] = profile.basis_label(o.basis, o.rule, o.kind)
        rows.append(TodayRow(o, moment, text, left, tag))
    return rows


def without_practice(rows: Prepared[TodayRow]) -> Prepared[TodayRow]:
    """The rows prepared for the table, less the good-practice ones (taken from what is
    prepared already, so that hiding them reads nothing again)."""
    keep = [i for i, row in enumerate(rows.rows) if row.obligation.basis != Basis.PRACTICE]
    return Prepared(
        [rows.rows[i] for i in keep],
        [rows.text[i] for i in keep],
        [rows.tones[i] for i in keep],
        [rows.haystack[i] for i in keep],
    )


# Where Today keeps whether good-practice items are hidden.
HIDE_PRACTICE = "today/hide_practice"


@cache
def _rule_text(rule: str, kind: str) -> str:
    return f"{rule} · {kind_of(kind).label}"


def _rule(o: Obligation) -> str:
    return _rule_text(o.rule, o.kind)


def _rule_number(row: TodayRow) -> tuple[int, str]:
    digits = "".join(ch for ch in row.obligation.rule if ch.isdigit())
    return (int(digits) if digits else 0, row.obligation.kind)


COLUMNS: list[Column[TodayRow]] = [
    Column("Due", lambda r: r.due_text, sort_key=lambda r: r.moment, width=152),
    Column("Countdown", lambda r: r.countdown, sort_key=lambda r: r.moment, width=130),
    Column(
        "State",
        lambda r: STATES.get(r.obligation.state, r.obligation.state),
        sort_key=lambda r: (_SEVERITY.get(r.obligation.state, len(_SEVERITY)), r.moment),
        width=75,
    ),
    Column("Rule", lambda r: _rule(r.obligation), sort_key=_rule_number, width=150),
    Column("Basis", lambda r: r.basis, width=150, tooltip=True),
    Column("What", lambda r: r.obligation.text, width=220, tooltip=True),
    Column(
        "Account",
        lambda r: r.obligation.account or r.obligation.person or "",
        width=210,
        tooltip=True,
        address=True,
    ),
    Column("Department", lambda r: r.obligation.department or "", width=150),
]


def _tone(row: TodayRow) -> str | None:
    state = row.obligation.state
    return state if state in (OVERDUE, DUE_SOON) else None


class TodayPage(ListPage[TodayRow]):
    noun = "obligations"
    handles = frozenset({OPEN, FIND})
    # What the obligations are worked out from: everything but the log, review notes and what
    # the calendar export published.
    shows_all_but = frozenset({AUDIT, REVIEW_NOTES, CALENDAR_EVENTS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, "today", COLUMNS, row_tone=_tone, placeholder="Nothing is due.", parent=parent
        )
        self.summary_label = QLabel()
        self.summary_label.setObjectName("today_summary")
        self.summary_label.setWordWrap(True)
        self.layout_.insertWidget(0, self.summary_label)  # its own line: room on a small screen
        self.practice_check = QCheckBox("Hide good &practice")
        self.practice_check.setObjectName("today_hide_practice")
        self.practice_check.setToolTip(
            "Show only what the city's policy or a statute requires, not the good practice "
            "ClerkDesk tracks beyond them"
        )
        hide = ctx.settings.value(HIDE_PRACTICE, False, type=bool)
        self.practice_check.setChecked(bool(hide))
        self.practice_check.toggled.connect(self._hide_practice)
        self.top.insertWidget(self.top.indexOf(self.count_label) + 1, self.practice_check)
        self.prepared: Prepared[TodayRow] | None = None  # every row, good practice or not
        # On the row itself (its context menu, or Ctrl+Shift+C): a button would widen the
        # page's top row past a small screen.
        self.calendar_action = QAction("Add to &calendar…", self.table)
        self.calendar_action.setObjectName("today_add_to_calendar")
        self.calendar_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.calendar_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.calendar_action.setStatusTip(
            "Write the selected deadline to a calendar file that Outlook opens, with a reminder"
        )
        self.calendar_action.triggered.connect(lambda: self.add_to_calendar())
        self.calendar_action.setEnabled(False)
        self.table.addAction(self.calendar_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.first_steps = FirstSteps()
        self.first_steps.step.connect(self.step_asked)
        self.first_steps.hide()
        self.layout_.addWidget(self.first_steps)
        self.layout_.addWidget(self.table)
        self.table.setToolTip(
            "Enter or double-click opens what the obligation is about: the account, its "
            "people or credential, or the department's access review; its context menu (or "
            "Ctrl+Shift+C) adds it to the calendar"
        )

    def read(self) -> list[TodayRow]:
        now = self.ctx.now()
        profile = self.ctx.city.profile
        return today_rows(due(self.ctx.db, now), now, profile.zone, profile)

    def show_rows(self, rows: Prepared[TodayRow]) -> None:
        self.prepared = rows
        shown = without_practice(rows) if self.practice_check.isChecked() else rows
        super().show_rows(shown)
        hidden = len(rows.rows) - len(shown.rows)
        self._show_first_steps(not rows.rows)
        self._summarize([row.obligation for row in shown.rows], self.ctx.today(), hidden)

    def _show_first_steps(self, nothing_due: bool) -> None:
        """On a register with no account yet, the steps that set it up (counted only then:
        a register in use has something due)."""
        progress = register_progress(self.ctx.db) if nothing_due else None
        if progress is not None and progress.new:
            self.first_steps.show_progress(progress)
            self.first_steps.show()
        else:
            self.first_steps.hide()

    def _hide_practice(self, hide: bool) -> None:
        self.ctx.settings.setValue(HIDE_PRACTICE, hide)
        if self.prepared is not None:
            self.show_rows(self.prepared)

    def _summarize(self, obligations: list[Obligation], today: date, hidden: int = 0) -> None:
        counts = Counter(o.state for o in obligations)
        parts = [f"{counts[state]:,} {STATES[state].lower()}" for state in STATES if counts[state]]
        text = ", ".join(parts) if parts else "nothing due"
        if hidden:
            text += f" ({hidden:,} good practice hidden)"
        self.summary_label.setText(f"<b>{today:%A, %B} {today.day}, {today.year}</b>: {text}")

    def selection_moved(self) -> None:
        super().selection_moved()
        self.calendar_action.setEnabled(self.selected() is not None)

    def add_to_calendar(self, path: Path | None = None) -> Operation | None:
        """The selected deadline as a one-event calendar file; its event is the same (by its
        UID) as in File → Export → Calendar, so importing both gives it once."""
        from ...files.office_files import calendar_file, event_file_name, export_calendar

        row = self.selected()
        if row is None:
            return None
        o = row.obligation
        path = path or calendar_file(self, self.ctx, event_file_name(o))
        return export_calendar(self, self.ctx, path, only=o) if path is not None else None

    def can(self, action: str) -> bool:
        if action == OPEN:
            row = self.selected()
            return row is not None and _opens(row.obligation)
        return super().can(action)

    def trigger(self, action: str) -> None:
        if action == OPEN:
            row = self.selected()
            if row is not None and _opens(row.obligation):
                self.obligation_opened.emit(row.obligation)
            return
        super().trigger(action)


def _opens(o: Obligation) -> bool:
    """Whether the obligation names what to open: the record of the page that opens its
    kind's place (a department for its review, an account, ...)."""
    entry = page_opening(kind_of(o.kind).opens)
    return entry is not None and getattr(o, entry.named_by) not in (None, "")
