"""The city's retention series (Wis. Stat. 19.21), each with the dispositions of its records:
the list of what is past retention, the notice to the Wisconsin Historical Society, the
destruction recorded and its certificate. What may be destroyed, and when, is core's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QMenu, QWidget

from ....core.dates import short_date
from ....core.obligations.model import Obligation
from ....services.accounts.views import count_accounts
from ....services.kernel.changes import ACCOUNTS
from ....services.kernel.database import Database
from ....services.retention.dispositions import DispositionView, list_dispositions
from ....services.retention.series import SeriesView, list_series
from ...widgets.table_model import Column
from ...window.context import AppContext
from ..list_page import ListPage
from ..page import EDIT, FIND, NEW
from .dialogs import DestructionDialog, NoticeDialog, SeriesDialog

SERIES_TABLES = frozenset({"retention_series", "retention_account", "disposition", ACCOUNTS})


@dataclass(frozen=True, slots=True)
class SeriesRow:
    series: SeriesView
    dispositions: tuple[DispositionView, ...]

    @property
    def id(self) -> int:
        return self.series.id

    def disposition_text(self) -> str:
        said = []
        for d in self.dispositions:
            if d.destroyed_on is not None:
                said.append(f"{d.number}: destroyed {short_date(d.destroyed_on)}")
            elif d.allowed_from is not None:
                said.append(f"{d.number}: may be destroyed from {short_date(d.allowed_from)}")
        return "; ".join(said)


SHOWN_ACCOUNTS = 3


def accounts_text(accounts: Sequence[str]) -> str:
    """The accounts a series covers: a few, each; many, how many and the first (a series that
    covers every account of a large city would make one cell of a million characters). The
    series' dialog (Edit) lists them all."""
    if len(accounts) <= SHOWN_ACCOUNTS:
        return ", ".join(accounts)
    return f"{len(accounts):,} accounts: {', '.join(accounts[:SHOWN_ACCOUNTS])}, …"


def read_rows(db: Database) -> list[SeriesRow]:
    dispositions = list_dispositions(db)
    return [
        SeriesRow(s, tuple(d for d in dispositions if d.series == s.code)) for s in list_series(db)
    ]


class RetentionPage(ListPage[SeriesRow]):
    noun = "retention series"
    one = "series"
    handles = frozenset({NEW, EDIT, FIND})
    shows = SERIES_TABLES

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        columns: list[Column[SeriesRow]] = [
            Column("Code", lambda r: r.series.code, width=90),
            Column("Title", lambda r: r.series.title, width=220, tooltip=True),
            Column("Years", lambda r: str(r.series.years), width=60),
            Column("Schedule", lambda r: r.series.schedule, width=220, tooltip=True),
            Column("Also covers", lambda r: r.series.covers_label, width=160, tooltip=True),
            Column("Accounts", lambda r: accounts_text(r.series.accounts), width=240, tooltip=True),
            Column("Dispositions", lambda r: r.disposition_text(), width=300, tooltip=True),
        ]
        super().__init__(
            ctx,
            "retention",
            columns,
            placeholder="No retention series yet. Enter the city's with New… (Ctrl+N).",
            parent=parent,
        )
        self.add_button("&New…", lambda: self.trigger(NEW), "Add a series (Ctrl+N)")
        self.edit_button = self.add_button(
            "&Edit…", lambda: self.trigger(EDIT), "Edit the selected series"
        )
        self.add_button("Print &list…", self.print_list, "Print what is past its retention")
        # The steps of a disposition, in their order, under one button: the page fits 1024 wide.
        steps = QMenu(self)
        self.notice_action = steps.addAction(
            "&Print the notice to the Historical Society…", self.print_notice
        )
        self.sent_action = steps.addAction("Notice &sent or waived…", self.record_notice)
        steps.addAction("Destruction &recorded…", self.record_destruction)
        self.certificate_action = steps.addAction(
            "&Certificate of destruction…", self.print_certificate
        )
        self.steps_button = self.add_button(
            "&Disposition", lambda: None, "The notice, the destruction and its certificate"
        )
        self.steps_button.setMenu(steps)
        self.actions_changed.connect(self._enable)
        self.layout_.addWidget(self.table)

    def _enable(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        for action in (self.notice_action, self.sent_action):
            action.setEnabled(row is not None)
        self.certificate_action.setEnabled(
            row is not None and any(d.destroyed_on for d in row.dispositions)
        )

    def expected_rows(self) -> int:
        # Few series, but each with the accounts it covers: the read is as long as those.
        return count_accounts(self.ctx.db)

    def read(self) -> list[SeriesRow]:
        return read_rows(self.ctx.db)

    def trigger(self, action: str) -> None:
        row = self.selected()
        if action == NEW:
            self.open_dialog(SeriesDialog(self.ctx.db, parent=self))
        elif action == EDIT and row is not None:
            self.open_dialog(SeriesDialog(self.ctx.db, row.series, parent=self))
        else:
            super().trigger(action)

    def record_notice(self) -> None:
        if (row := self.selected()) is not None:
            self.open_dialog(NoticeDialog(self.ctx.db, row.series.code, self.ctx.today(), self))

    def record_destruction(self) -> None:
        open_ones = [d for d in list_dispositions(self.ctx.db) if d.destroyed_on is None]
        self.open_dialog(DestructionDialog(self.ctx.db, open_ones, self.ctx.today(), self))

    def _preview(self, label: str, make, title: str, name: str) -> None:  # type: ignore[no-untyped-def]
        from ...files.pdfs import file_name, start_preview

        start_preview(self, self.ctx, label, make, title, file_name(name))

    def print_list(self) -> None:
        from ....services.retention.printouts import print_disposition_list

        db = self.ctx.db
        self._preview(
            "Printing the disposition list…",
            lambda out, progress: print_disposition_list(db, out),
            "Disposition list",
            "Disposition list",
        )

    def print_notice(self) -> None:
        from ....services.retention.printouts import print_notice

        if (row := self.selected()) is None:
            return
        db, code = self.ctx.db, row.series.code
        self._preview(
            "Printing the notice…",
            lambda out, progress: print_notice(db, code, out),
            f"Notice to the Wisconsin Historical Society, {code}",
            f"Notice {code}",
        )

    def print_certificate(self) -> None:
        from ....services.retention.printouts import print_certificate

        row = self.selected()
        done = [d for d in (row.dispositions if row else ()) if d.destroyed_on]
        if not done:
            return
        db, number = self.ctx.db, done[0].number
        self._preview(
            "Printing the certificate…",
            lambda out, progress: print_certificate(db, number, out),
            f"Certificate of destruction, {number}",
            f"Certificate {number}",
        )

    def open_obligation(self, obligation: Obligation, place: str) -> None:
        """A series past retention, or a disposition whose notice has run: its series."""
        record = obligation.record or ""
        self.when_read(lambda: self._select_series(record))

    def _select_series(self, record: str) -> None:
        self.select_where(
            lambda row: (
                row.series.code == record or any(d.number == record for d in row.dispositions)
            )
        )
        self.table.setFocus()
