"""Each account in use with its last site check, when the next is due and what is still open
from it; a check is recorded here, and its checklist printed for the custodian."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QWidget

from ....core.obligations.model import DUE_SOON, OVERDUE, Obligation
from ....services.accounts.views import count_accounts
from ....services.kernel.changes import (
    ACCOUNTS,
    APPROVALS,
    EXCEPTION_ACCOUNTS,
    EXCEPTIONS,
    SITE_CHECKS,
)
from ....services.site_checks.status import SiteStatus, site_statuses
from ...widgets.table_model import Column
from ...window.background import Operation
from ...window.context import AppContext
from ..list_page import ListPage
from ..page import EDIT, FIND
from .site_check_dialog import SiteCheckDialog


def _day(day: date | None) -> str:
    return day.isoformat() if day else ""


class SiteChecksPage(ListPage[SiteStatus]):
    noun = "accounts"
    handles = frozenset({EDIT, FIND})
    shows = frozenset({SITE_CHECKS, ACCOUNTS, APPROVALS, EXCEPTIONS, EXCEPTION_ACCOUNTS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        columns: list[Column[SiteStatus]] = [
            Column("Account", lambda s: s.url, width=280),
            Column("Department", lambda s: s.department, width=140),
            Column(
                "Last checked",
                lambda s: _day(s.checked_on) or "never",
                sort_key=lambda s: s.checked_on or date.min,
                width=110,
            ),
            Column(
                "Next due",
                lambda s: _day(s.next_due),
                sort_key=lambda s: s.next_due or date.max,
                tone=lambda s: s.state if s.state in (OVERDUE, DUE_SOON) else None,
                width=100,
            ),
            Column(
                "Open findings",
                lambda s: "; ".join(s.findings),
                tone=lambda s: "due-soon" if s.findings else None,
                width=420,
                tooltip=True,
            ),
            Column(
                "Records archived in",
                lambda s: s.archived_in or "",
                width=160,
                tooltip=True,
            ),
        ]
        super().__init__(
            ctx,
            "site_checks",
            columns,
            placeholder="No approved accounts yet: their sites are checked once they are.",
            row_key=lambda s: s.account_id,
            parent=parent,
        )
        self.record_button = self.add_button(
            "&Record check…", lambda: self.trigger(EDIT), "Record what the site showed (Enter)"
        )
        self.print_button = self.add_button(
            "&Print checklist…", self.print_checklist, "The checklist the custodian fills in"
        )
        self.preview: QDialog | None = None
        self.actions_changed.connect(self._update_buttons)
        self.layout_.addWidget(self.table)

    def expected_rows(self) -> int:
        # A row for each account whose site is checked, each account's checks gone through:
        # the read is as long as the register.
        return count_accounts(self.ctx.db)

    def read(self) -> list[SiteStatus]:
        return list(site_statuses(self.ctx.db))

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.record_button.setEnabled(chosen)
        self.print_button.setEnabled(chosen)

    def trigger(self, action: str) -> None:
        row = self.selected()
        if action == EDIT and row is not None:
            self.open_dialog(
                SiteCheckDialog(
                    self.ctx.db, self.ctx.city.profile, self.ctx.today(), row.url, parent=self
                )
            )
        else:
            super().trigger(action)

    def _saved(self, view: object) -> None:
        account_id = getattr(view, "account_id", None)
        if account_id is not None:
            self.show_record(account_id)

    def print_checklist(self) -> Operation | None:
        from ....services.site_checks.checklists import print_checklist
        from ...files.pdfs import file_name, start_preview

        row = self.selected()
        if row is None:
            return None
        db, url = self.ctx.db, row.url

        def shown(dialog: QDialog) -> None:
            self.preview = dialog

        return start_preview(
            self,
            self.ctx,
            f"Printing the site checklist of {url}…",
            lambda out, progress: print_checklist(db, url, out),
            f"Site checklist: {url}",
            file_name(
                "Site checklist",
                url.split("//", 1)[-1].replace("/", " "),
                self.ctx.today().isoformat(),
            ),
            shown,
        )

    def open_obligation(self, obligation: Obligation, place: str) -> None:
        """A site to check, or a finding: the account selected."""
        if self.stale:
            self.reload()
        if obligation.account_id is not None:
            self.show_record(obligation.account_id)
