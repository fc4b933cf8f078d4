"""The account register: every account, its approval or deadline, and the details of the one
selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ....collection import paused
from ....core.errors import NotFoundError
from ....core.obligations.model import DUE_SOON, Obligation
from ....core.vocabulary import APPROVABLE, AccountStatus
from ....services.accounts.views import (
    accounts_of_approvals,
    count_accounts,
    get_account,
    list_listed,
)
from ....services.kernel.changes import (
    ACCOUNTS,
    APPROVALS,
    CITY,
    DEPARTMENTS,
    RECORDS_REQUESTS,
    REQUEST_ACCOUNTS,
)
from ....services.kernel.views import AccountView
from ....services.obligations.ending import late_approval
from ....services.requests.holds import account_records
from ....services.retention.series import account_series
from ...widgets.tones import tone_style
from ...window.context import AppContext
from ..list_page import ListPage
from ..page import APPROVE, DISCONTINUE, EDIT, FIND, NEW, OPEN
from ..written_rows import Written
from .rows import COLUMNS, AccountRow, account_rows, details_html, in_full, row_tone


class AccountsPage(ListPage[AccountRow]):
    noun = "accounts"
    reads_first = True
    handles = frozenset({OPEN, NEW, EDIT, APPROVE, DISCONTINUE, FIND})
    # The accounts and their approvals; the city for the grandfathering deadline (R5).
    shows = frozenset({ACCOUNTS, APPROVALS, DEPARTMENTS, CITY, RECORDS_REQUESTS, REQUEST_ACCOUNTS})
    row_table = ACCOUNTS
    # An approval recorded reads its account's row alone: an approval is of one account, and
    # no write moves it to another (the row it left would not be read again).
    linked = frozenset({APPROVALS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            "accounts",
            COLUMNS,
            row_tone=row_tone,
            placeholder="No accounts yet. Register one with New… (Ctrl+N).",
            parent=parent,
        )
        self.detail: QDialog | None = None  # the account shown in full
        self._full: tuple[AccountRow, AccountRow] | None = None  # a row, and it in full
        self.open_button = self.add_button(
            "&Open…",
            lambda: self.trigger(OPEN),
            "The selected account in full: its people and its credential (Enter)",
        )
        self.new_button = self.add_button(
            "&New…", lambda: self.trigger(NEW), "Register an account (Ctrl+N)"
        )
        self.edit_button = self.add_button(
            "&Edit…", lambda: self.trigger(EDIT), "Edit the selected account"
        )
        self.approve_button = self.add_button(
            "&Approve…", lambda: self.trigger(APPROVE), "Record its approval (Ctrl+Shift+A)"
        )
        self.discontinue_button = self.add_button(
            "&Discontinue…",
            lambda: self.trigger(DISCONTINUE),
            "Discontinue the selected account (Ctrl+Shift+D)",
        )
        # The IT Director's determination per tool (R1, where the profile asks: Madison).
        self.tools_button = self.add_button(
            "Too&ls…",
            self.record_tools,
            "The IT Director's determination on each platform, at a Department Head's request",
        )

        self.details = QTextBrowser()
        self.details.setObjectName("account_details")
        self.details.setAccessibleName("The selected account")
        self.details.setOpenLinks(False)
        self.determinations_note = QLabel(
            "This approval was imported without the authority's three determinations (R2)."
        )
        self.determinations_note.setWordWrap(True)
        self.determinations_note.setStyleSheet(tone_style(DUE_SOON, padding="4px"))
        self.determinations_button = QPushButton("Record de&terminations…")
        self.determinations_button.setAutoDefault(False)
        self.determinations_button.clicked.connect(self.record_determinations)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.details, 1)
        note_row = QHBoxLayout()
        note_row.addWidget(self.determinations_note, 1)
        note_row.addWidget(self.determinations_button)
        side_layout.addLayout(note_row)
        # Milwaukee's Account Request Form and Strategy Plan, before approval (R1).
        self.request_form_note = QLabel(
            "The Account Request Form and Strategy Plan is not recorded (R1)."
        )
        self.request_form_note.setWordWrap(True)
        self.request_form_note.setStyleSheet(tone_style(DUE_SOON, padding="4px"))
        self.request_form_button = QPushButton("Record request for&m…")
        self.request_form_button.setAutoDefault(False)
        self.request_form_button.clicked.connect(self.record_request_form)
        form_row = QHBoxLayout()
        form_row.addWidget(self.request_form_note, 1)
        form_row.addWidget(self.request_form_button)
        side_layout.addLayout(form_row)

        self.add_details(side)
        self.actions_changed.connect(self._update_buttons)
        self.selection_moved()

    def expected_rows(self) -> int:
        return count_accounts(self.ctx.db)

    def read(self) -> list[AccountRow]:
        with paused():  # the accounts' rows: none of them in a cycle
            return account_rows(list_listed(self.ctx.db), self.ctx.city, self.ctx.now())

    def read_first(self, limit: int) -> list[AccountRow]:
        return account_rows(list_listed(self.ctx.db, limit), self.ctx.city, self.ctx.now())

    def read_rows(self, ids: frozenset[int]) -> list[AccountRow]:
        return account_rows(list_listed(self.ctx.db, ids=ids), self.ctx.city, self.ctx.now())

    def rows_written(self, written: Written[AccountRow]) -> frozenset[int] | None:
        if not written.linked:
            return written.ids
        approved = accounts_of_approvals(self.ctx.db, written.linked[APPROVALS])
        return None if approved is None else written.ids | approved

    def selected(self) -> AccountRow | None:
        """The selected account's row, the account read in full (once for each row selected:
        the list reads only what it shows of each account)."""
        row = super().selected()
        if row is None or isinstance(row.view, AccountView):
            return row
        if self._full is not None and self._full[0] is row:
            return self._full[1]
        try:
            full, _view = in_full(row, get_account(self.ctx.db, row.id))
        except NotFoundError:  # gone since the list was read: it is read again shortly
            return row
        self._full = (row, full)
        return full

    def selected_account(self) -> AccountView | None:
        """The selected account in full, or None."""
        row = self.selected()
        return row.view if row is not None and isinstance(row.view, AccountView) else None

    # -- what can be done ----------------------------------------------------------------------

    def can(self, action: str) -> bool:
        if action == APPROVE:
            row = super().selected()  # what the list shows tells
            return row is not None and row.view.status in APPROVABLE
        if action == DISCONTINUE:
            row = super().selected()
            return row is not None and row.view.status != AccountStatus.DISCONTINUED
        return super().can(action)

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.can(OPEN))
        self.edit_button.setEnabled(self.can(EDIT))
        self.approve_button.setEnabled(self.can(APPROVE))
        self.discontinue_button.setEnabled(self.can(DISCONTINUE))
        self.tools_button.setVisible(self.ctx.city.profile.tool_approval)

    def selection_moved(self) -> None:
        row = self.selected()
        if row is not None and row.view.status == AccountStatus.APPROVED:
            row = row._replace(finding=late_approval(self.ctx.db, row.view.id))
        if row is not None:
            records = account_records(self.ctx.db, [row.view.id]).get(row.view.id)
            row = row._replace(
                records=records.describe() if records else None,
                retention=tuple(s.describe() for s in account_series(self.ctx.db, row.view.id)),
            )
        self.details.setHtml(
            details_html(row)
            if row and isinstance(row.view, AccountView)
            else "<p style='color:#808080'>Select an account to see it in full.</p>"
        )
        view = row.view if row is not None and isinstance(row.view, AccountView) else None
        missing = (
            view is not None
            and view.approval is not None
            and not view.approval.determinations_recorded
        )
        self.determinations_note.setVisible(missing)
        self.determinations_button.setVisible(missing)
        no_form = (
            view is not None
            and self.ctx.city.profile.request_form
            and view.status != AccountStatus.DISCONTINUED
            and view.request_form_on is None
        )
        self.request_form_note.setVisible(no_form)
        self.request_form_button.setVisible(no_form)

    # -- doing it ------------------------------------------------------------------------------

    # The dialogs are imported when first opened, not with the page: the page shows sooner.

    def trigger(self, action: str) -> None:
        from .account_dialog import AccountDialog
        from .approve_dialog import ApproveDialog
        from .discontinue_dialog import DiscontinueDialog

        view = self.selected_account()
        ctx = self.ctx
        if action == OPEN and view is not None:
            self.open_account(view.id)
        elif action == NEW:
            self.open_dialog(AccountDialog(ctx.db, parent=self))
        elif action == EDIT and view is not None:
            self.open_dialog(AccountDialog(ctx.db, view, parent=self))
        elif action == APPROVE and view is not None and self.can(APPROVE):
            self.open_dialog(ApproveDialog(ctx.db, ctx.city, view, parent=self))
        elif action == DISCONTINUE and view is not None and self.can(DISCONTINUE):
            self.open_dialog(DiscontinueDialog(ctx.db, ctx.city, view, parent=self))
        else:
            super().trigger(action)

    def record_determinations(self) -> None:
        from .approve_dialog import ApproveDialog

        view = self.selected_account()
        if view is not None and view.approval is not None:
            self.open_dialog(
                ApproveDialog(
                    self.ctx.db, self.ctx.city, view, determinations_only=True, parent=self
                )
            )

    def record_tools(self) -> None:
        from .tools_dialog import ToolsDialog

        self.open_dialog(ToolsDialog(self.ctx.db, self.ctx.city, parent=self))

    def record_request_form(self) -> None:
        from .request_form_dialog import RequestFormDialog

        view = self.selected_account()
        if view is not None:
            self.open_dialog(RequestFormDialog(self.ctx, view, parent=self))

    def open_obligation(self, obligation: Obligation, place: str) -> None:
        """The account, and for obligations about its people or its credential, the account
        in full at that part (and the person's term, if there is one)."""
        if obligation.account_id is None:
            return
        self.show_record(obligation.account_id)
        section = place.partition(":")[2]
        if section:
            self.open_account(obligation.account_id, section, obligation.person_id)

    def open_account(
        self, account_id: int, section: str | None = None, person_id: int | None = None
    ) -> QDialog:
        """The account in full, at its People or Credential part."""
        from .account_detail_dialog import AccountDetailDialog

        self.detail = dialog = AccountDetailDialog(self.ctx, account_id, section, person_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
