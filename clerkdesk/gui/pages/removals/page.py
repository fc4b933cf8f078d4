"""Removed content (R16): what was removed from the city's accounts, when, whose, why, what
was done and by whom; a repeat violator's removals until the clerk records a decision."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ....core.dates import format_moment
from ....core.obligations.model import DUE_SOON, Obligation
from ....core.records import REMOVAL_ACTIONS, REMOVAL_CATEGORIES
from ....services.kernel.changes import ACCOUNTS, PEOPLE, REMOVALS, REPEAT_DECISIONS
from ....services.removals.writes import NO_REASON, count_removals, list_removals
from ....services.removals.written import removals_beside, removals_with_ids
from ....services.requests.views import RemovalView
from ...widgets.table_model import Column
from ...window.background import Operation
from ...window.context import AppContext
from ..list_page import ListPage
from ..page import EDIT, FIND, NEW
from ..written_rows import Written


def _repeat(r: RemovalView) -> str:
    if r.repeat < 2:
        return ""
    return r.decision or f"{r.repeat} removals: decide"


def _action(r: RemovalView) -> str:
    shown = REMOVAL_ACTIONS.get(r.action, r.action)
    return f"{shown}: {NO_REASON}" if r.reason_missing else shown


def columns(ctx: AppContext) -> list[Column[RemovalView]]:
    tz = ctx.tz()
    return [
        Column(
            "Removed at",
            lambda r: format_moment(r.removed_at, tz),
            sort_key=lambda r: r.removed_at,
            width=150,
        ),
        Column("Account", lambda r: r.account_url, width=180, tooltip=True),
        Column("Poster", lambda r: r.poster, width=100),
        Column("Reason", lambda r: REMOVAL_CATEGORIES.get(r.category, r.category), width=140),
        Column(
            "Action",
            _action,
            tone=lambda r: DUE_SOON if r.reason_missing else None,
            width=185,
            tooltip=True,
        ),
        Column("Removed by", lambda r: f"{r.staff} ({r.staff_employee_id})", width=170),
        Column("Content", lambda r: r.content, width=150, tooltip=True),
        Column(
            "Repeat violator",
            _repeat,
            tone=lambda r: DUE_SOON if r.repeat >= 2 and r.decision is None else None,
            width=140,
            tooltip=True,
        ),
    ]


class RemovalsPage(ListPage[RemovalView]):
    noun = "removals"
    reads_first = True
    handles = frozenset({NEW, EDIT, FIND})
    shows = frozenset({REMOVALS, REPEAT_DECISIONS, ACCOUNTS, PEOPLE})
    row_table = REMOVALS
    # A decision on a repeat violator reads the poster's removals on the account alone.
    linked = frozenset({REPEAT_DECISIONS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            "removals",
            columns(ctx),
            placeholder="No removed content kept yet. Keep one with New… (Ctrl+N), or import "
            "an archiver's export (File > Import CSV…, kind removals).",
            parent=parent,
        )
        self.add_button("&New…", lambda: self.trigger(NEW), "Keep a removal of content (Ctrl+N)")
        self.decide_button = self.add_button(
            "&Decide…",
            self.decide,
            "Block the selected repeat violator, or not, and why",
        )
        self.reason_button = self.add_button(
            "&Why deleted…",
            self.explain,
            "Record why the selected removal was deleted (its file did not say)",
        )
        self.add_button(
            "&Print month…",
            self.print_month,
            "The moderation report of the selected removal's month (else this month)",
        )
        self.actions_changed.connect(self._update_buttons)
        self.layout_.addWidget(self.table)

    def expected_rows(self) -> int:
        return count_removals(self.ctx.db)

    def read(self) -> list[RemovalView]:
        return list(list_removals(self.ctx.db))

    def read_first(self, limit: int) -> list[RemovalView]:
        return list(list_removals(self.ctx.db, limit))

    def read_rows(self, ids: frozenset[int]) -> list[RemovalView]:
        return removals_with_ids(self.ctx.db, ids)

    def rows_written(self, written: Written[RemovalView]) -> frozenset[int] | None:
        """A removal's count of the poster's removals on the account, and the decision on
        them, show on each of those: a removal written reads those it was and is among."""
        decisions = written.linked.get(REPEAT_DECISIONS, frozenset())
        before = [(r.id, r.account_url, r.poster, r.removed_at) for r in written.before]
        return removals_beside(self.ctx.db, written.ids, decisions, before)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.decide_button.setEnabled(row is not None and row.repeat >= 2 and not row.decision)
        self.reason_button.setEnabled(row is not None and row.reason_missing)

    # The dialogs are imported when first opened, not with the page: the page shows sooner.

    def trigger(self, action: str) -> None:
        from .removal_dialog import RemovalDialog

        if action == NEW:
            self.open_dialog(RemovalDialog(self.ctx, parent=self))
        elif action == EDIT and (row := self.selected()) is not None:
            self.open_dialog(RemovalDialog(self.ctx, row, parent=self))
        else:
            super().trigger(action)

    def decide(self) -> None:
        from .removal_dialog import RepeatDecisionDialog

        row = self.selected()
        if row is not None and row.repeat >= 2 and not row.decision:
            self.open_dialog(RepeatDecisionDialog(self.ctx, row, parent=self))

    def explain(self) -> None:
        from .removal_dialog import DeletionReasonDialog

        row = self.selected()
        if row is not None and row.reason_missing:
            self.open_dialog(DeletionReasonDialog(self.ctx, row, parent=self))

    def open_obligation(self, obligation: Obligation, place: str) -> None:
        self.when_read(lambda: self._select_removal(obligation))

    def _select_removal(self, obligation: Obligation) -> None:
        self.filter_edit.clear()
        self.select_where(
            lambda r: r.account_url == obligation.account and r.poster == obligation.record
        )
        self.table.setFocus()

    def print_month(self) -> Operation:
        from ....services.removals.printouts import print_moderation_report
        from ...files.pdfs import file_name, start_preview

        row = self.selected()
        month = row.removed_at.astimezone(self.ctx.tz()).date() if row else self.ctx.today()
        db = self.ctx.db
        return start_preview(
            self,
            self.ctx,
            "Printing the moderation report…",
            lambda out, progress: print_moderation_report(db, month, out),
            f"Moderation report {month:%B %Y}",
            file_name("Moderation report", f"{month:%Y-%m}"),
        )
