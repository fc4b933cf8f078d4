"""The audit log, newest first, with the details of the selected event."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ....collection import paused
from ....core.dates import format_moment, zone
from ....services.integrity.audit import count_events, event_details, list_events
from ....services.kernel.changes import AUDIT
from ....services.kernel.views import AuditView
from ...dialogs.export_dialog import ExportDialog
from ...files.folders import remembered_folder
from ...files.transfers import start_export
from ...widgets.table_model import Column, Prepared, RecordTableModel
from ...window.context import AppContext
from ..list_page import ListPage
from ..page import FIND
from .words import action_words, details_text, record_words


@dataclass(frozen=True, slots=True)
class AuditRow:
    view: AuditView
    tz: ZoneInfo  # the city's time zone

    @property
    def id(self) -> int:
        return self.view.seq

    @property
    def when(self) -> str:
        """The event's moment in the city's time zone (worked out as the row is shown)."""
        return _moment_text(self.view.at, self.tz)


@lru_cache(maxsize=256)  # a batch of events shares one moment
def _moment_text(at: datetime, tz: ZoneInfo) -> str:
    return format_moment(at, tz)


def audit_rows(events: list[AuditView], timezone: str) -> list[AuditRow]:
    tz = zone(timezone)
    return [AuditRow(event, tz) for event in events]


class AuditModel(RecordTableModel[AuditRow]):
    """The events read on a background thread are formatted as they are shown, as a long list
    read on the UI thread is: of the thousands held a screenful is seen at first, and the rest
    are formatted while the window is idle (at once when a filter asks for them all)."""

    def prepare(self, rows: Sequence[AuditRow], whole: bool = False) -> Prepared[AuditRow]:
        return super().prepare(rows)


COLUMNS: list[Column[AuditRow]] = [
    Column("#", lambda r: str(r.view.seq), sort_key=lambda r: r.view.seq, width=60, numeric=True),
    Column("When", lambda r: r.when, sort_key=lambda r: r.view.seq, width=150),
    Column("Who", lambda r: r.view.actor, width=90),
    Column("Action", lambda r: action_words(r.view.action), width=160),
    Column("Record", lambda r: record_words(r.view), width=250, tooltip=True),
    Column("What happened", lambda r: r.view.summary, width=400, tooltip=True),
]


# The newest events the page holds: a city's whole log runs to hundreds of thousands, which
# would weigh hundreds of megabytes in the window. Older ones are found with the search.
SHOWN = 10_000


class AuditPage(ListPage[AuditRow]):
    noun = "events"
    one = "event"
    reading = "Reading the audit log…"
    handles = frozenset({FIND})
    shows = frozenset({AUDIT})
    model_type = AuditModel

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "audit", COLUMNS, placeholder="Nothing recorded yet.", parent=parent)
        self.search_button = self.add_button(
            "&Search the whole log",
            self.search_whole_log,
            "Find the filter's words in every event of the log, not only the newest shown",
        )
        self.search_button.setObjectName("audit_search_log")
        self.search_button.setVisible(False)
        self.add_button("E&xport…", self.export, "Write the audit log to a CSV file")
        self.log_total = 0  # events in the log, as last read
        self.searched: tuple[str, ...] = ()  # the words of a search of the whole log
        self.details = QPlainTextEdit()
        self.details.setObjectName("audit_details")
        self.details.setAccessibleName("What the selected event changed")
        self.details.setReadOnly(True)
        self.details.setPlaceholderText("Select an event to see what changed.")
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.add_details(self.details)

    def read_in_background(self) -> bool:
        """Always: a city's log runs to hundreds of thousands of events, seconds of work that
        should not freeze the window."""
        return True

    def read(self) -> list[AuditRow]:
        # The newest events (or those a search found), without their details: the selected
        # one's are read when it is selected.
        db = self.ctx.db
        self.log_total = count_events(db)
        with paused():  # thousands of events and rows, none of them in a cycle: no collection
            events = list_events(db, limit=SHOWN, details=False, words=self.searched)
            return audit_rows(list(events), self.ctx.city.profile.timezone)

    def search_whole_log(self) -> None:
        """The filter's words, found in every event of the log (the newest `SHOWN` of them
        shown); clearing the filter shows the newest events again."""
        words = tuple(self.model.filter_text.split())
        if words:
            self.searched = words
            self.reload()

    def apply_filter(self, text: str) -> None:
        super().apply_filter(text)
        if self.searched and not text.strip():
            self.searched = ()
            self.reload()

    def _update_count(self) -> None:
        super()._update_count()
        held = self.model.total()
        if self.searched:
            found = f"{held:,}" if held < SHOWN else f"the newest {held:,}"
            self.count_label.setText(
                f"{self.count_label.text()} · {found} found in the whole log of {self.log_total:,}"
            )
        elif self.log_total > held:
            self.count_label.setText(
                f"{self.count_label.text()} · the newest of {self.log_total:,} in the log"
            )
        truncated = self.log_total > held or bool(self.searched)
        self.search_button.setVisible(truncated)
        self.search_button.setEnabled(bool(self.model.filter_text.strip()))

    def selection_moved(self) -> None:
        row = self.selected()
        if row is None:
            self.details.setPlainText("")
            return
        view = replace(row.view, details=event_details(self.ctx.db, row.view.seq))
        self.details.setPlainText(details_text(view))

    def export(self) -> None:
        shown, total = self.model.rowCount(), max(self.log_total, self.model.total())
        if self.model.filter_text and shown < total:
            from ...widgets import messages

            if not messages.confirm(
                self,
                "Export the audit log",
                f"The filter shows {shown:,} of {total:,} events. The export writes the whole "
                f"log: all {total:,} events.",
                f"Export all {total:,}",
            ):
                return
        folder = remembered_folder(self.ctx.settings, "folders/csv")
        dialog = ExportDialog(self, folder, kind="audit")
        if dialog.exec():
            self.ctx.settings.setValue("folders/csv", str(dialog.path.parent))
            start_export(self, self.ctx, dialog.kind, dialog.path)
