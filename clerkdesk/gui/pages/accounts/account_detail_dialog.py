"""One account in full: its details, the people who hold and held a role on it (R3, R4, R6),
and its credential (R8, R9, R11). Every change goes through a service and its own dialog."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from ....core.obligations.model import DUE_SOON
from ....core.vocabulary import ACCOUNT_STATUSES, PLATFORMS, AccountStatus, Role
from ....services.accounts.notes import account_notes
from ....services.accounts.writes import get_account
from ....services.kernel.views import AccountView
from ....services.obligations.ending import late_approval
from ....services.requests.holds import account_records
from ....services.retention.series import account_series
from ....services.terms import writes as assignments
from ....services.terms.printouts import print_assignment_agreement
from ....services.terms.writes import AssignmentView
from ...dialogs.layout_dialog import LayoutDialog
from ...files.pdfs import file_name, start_preview
from ...files.scan_files import choose_scan, keep_scan, show_scan
from ...forms.ui_account_detail_dialog import Ui_AccountDetailDialog
from ...widgets.table_model import Column, RecordTableModel
from ...widgets.tones import tone_style
from ...window.background import Operation
from ...window.context import AppContext
from ...window.screen_fit import split_row
from ..terms import ACCOUNT_COLUMNS, TermRow, describe, row_tone, term_rows
from .account_credential import CredentialTab
from .rows import account_row, details_html

PEOPLE, CREDENTIAL = "people", "credential"  # the tabs it can open at


def approvals_text(term: AssignmentView) -> str:
    """A term's two approvals (R4) in a few words: done, or whose are still missing."""
    if term.approved:
        return "approved"
    if term.director_approved_on is None and term.office_approved_on is None:
        return "awaiting both"
    return "awaiting office" if term.director_approved_on is not None else "awaiting director"


APPROVALS_COLUMN: Column[TermRow] = Column(
    "Approvals",
    lambda r: approvals_text(r.term),
    tone=lambda r: DUE_SOON if r.current and not r.term.approved else None,
    width=110,
)


class AccountDetailDialog(CredentialTab, LayoutDialog):
    def __init__(
        self,
        ctx: AppContext,
        account_id: int,
        section: str | None = None,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx.settings, "account-detail", parent)
        self.ctx, self.account_id = ctx, account_id
        self.account: AccountView | None = None
        self.dialog: QDialog | None = None  # the last dialog opened from here (tests drive it)
        self.preview: QDialog | None = None  # the last print preview
        self.ui = ui = Ui_AccountDetailDialog()
        ui.setupUi(self)
        for label in (ui.title_label, ui.warnings_label):  # markup, with escaped names
            label.setTextFormat(Qt.TextFormat.RichText)
        self.site_check_button = QPushButton("Site chec&k…")
        self.site_check_button.setAutoDefault(False)
        self.site_check_button.setToolTip("Record what the site showed (R11, R13-R15)")
        self.site_check_button.clicked.connect(self.site_check)
        # Added to the form's eight buttons before the row is split in two.
        ui.people_buttons_layout.addWidget(self.site_check_button)
        split_row(ui.people_buttons_layout, 4)  # nine buttons: two rows fit a small screen
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):  # as in a browser
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda step=step: self.next_tab(step))

        columns = list(ACCOUNT_COLUMNS)
        if ctx.city.profile.term_approvals:
            columns.append(APPROVALS_COLUMN)
        self.terms: RecordTableModel[TermRow] = RecordTableModel(
            columns, row_tone=row_tone, parent=self
        )
        ui.terms_table.setModel(self.terms)
        ui.terms_table.setAccessibleName("People who hold and held a role on the account")
        ui.details_browser.setAccessibleName("The account's details")
        ui.terms_table.placeholder = "Nobody has access yet. Designate the custodian (Alt+C)."
        ui.terms_table.selectionModel().selectionChanged.connect(self._update_people_buttons)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([300, 880])

        ui.custodian_button.clicked.connect(self.designate_custodian)
        ui.add_user_button.clicked.connect(self.add_user)
        ui.end_term_button.clicked.connect(self.end_assignment)
        ui.signatures_button.clicked.connect(self.signatures)
        ui.approvals_button.clicked.connect(self.approvals)
        # The two approvals of each term, where the policy has them (R1, R4).
        ui.approvals_button.setVisible(ctx.city.profile.term_approvals)
        ui.attach_scan_button.clicked.connect(self.attach_scan)
        ui.open_scan_button.clicked.connect(self.open_scan)
        ui.print_button.clicked.connect(self.print_agreement)
        self.setup_credential()

        self.refresh()
        ui.tabs.setCurrentWidget(ui.credential_tab if section == CREDENTIAL else ui.people_tab)
        if person_id is not None:
            self.terms_table_select(lambda row: row.term.person_id == person_id and row.current)
        if section == CREDENTIAL:
            ui.set_password_button.setFocus()
        else:
            ui.terms_table.setFocus()

    # -- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the account, its terms and its credential again."""
        ctx, ui = self.ctx, self.ui
        db, now, tz = ctx.db, ctx.now(), ctx.tz()
        account = self.account = get_account(db, self.account_id)
        self.setWindowTitle(f"{account.url} — ClerkDesk")
        status = ACCOUNT_STATUSES.get(account.status, account.status)
        ui.title_label.setText(
            f"<span style='font-size:large'><b>{escape(account.url)}</b></span><br>"
            f"{escape(PLATFORMS.get(account.platform, account.platform))} · "
            f"{escape(account.department)} · {escape(status)}"
        )
        finding = late_approval(ctx.db, account.id)
        records = account_records(db, [account.id]).get(account.id)
        row = account_row(account, ctx.city, now, finding)._replace(
            records=records.describe() if records else None,
            retention=tuple(s.describe() for s in account_series(db, account.id)),
        )
        ui.details_browser.setHtml(details_html(row))

        selected = self.selected_term()
        self.terms.set_rows(
            term_rows(list(assignments.account_assignments(db, account.id)), now, tz)
        )
        if selected is None or not self.terms_table_select(lambda r: r.term.id == selected.id):
            self.terms_table_select(lambda row: True)
        warnings = assignments.account_warnings(db, account.id)
        warnings += account_notes(db, account.id, account.url)
        ui.warnings_label.setText("<br>".join(f"⚠ {escape(w)}" for w in warnings))
        ui.warnings_label.setStyleSheet(tone_style(DUE_SOON))
        ui.warnings_label.setVisible(bool(warnings))
        closed = account.status == AccountStatus.DISCONTINUED
        ui.terms_hint.setText(
            "This account is discontinued: nobody can be given access to it." if closed else ""
        )
        ui.terms_hint.setVisible(closed)
        ui.custodian_button.setEnabled(not closed)
        ui.add_user_button.setEnabled(not closed)
        self._update_people_buttons()
        self.show_credential()

    def selected_term(self) -> AssignmentView | None:
        rows = self.ui.terms_table.selectionModel().selectedRows()
        return self.terms.row(rows[0].row()).term if rows else None

    def terms_table_select(self, predicate: Any) -> bool:
        position = self.terms.position_of(predicate)
        if position is None:
            return False
        self.ui.terms_table.selectRow(position)
        return True

    def next_tab(self, step: int) -> None:
        tabs = self.ui.tabs
        tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())

    def _update_people_buttons(self) -> None:
        ui, term = self.ui, self.selected_term()
        current = term is not None and (term.ends_at is None or term.ends_at > self.ctx.now())
        ui.end_term_button.setEnabled(current)
        buttons = (
            ui.signatures_button,
            ui.approvals_button,
            ui.attach_scan_button,
            ui.print_button,
        )
        for button in buttons:
            button.setEnabled(term is not None)
        ui.open_scan_button.setEnabled(term is not None and bool(term.scan_file))

    # -- people --------------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        """Open a dialog on top of this one; when it saves, read everything again."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def _changed(self) -> None:
        self.refresh()

    def current_custodian(self) -> AssignmentView | None:
        return next(
            (r.term for r in self.terms.rows() if r.current and r.term.role == Role.CUSTODIAN), None
        )

    def designate_custodian(self) -> None:
        from .designate_dialog import DesignateDialog

        assert self.account is not None
        self._open(
            DesignateDialog(self.ctx, self.account, Role.CUSTODIAN, self.current_custodian(), self)
        )

    def add_user(self) -> None:
        from .designate_dialog import DesignateDialog

        assert self.account is not None
        self._open(DesignateDialog(self.ctx, self.account, Role.AUTHORIZED_USER, parent=self))

    def end_assignment(self) -> None:
        from .end_term_dialog import EndTermDialog

        if (term := self.selected_term()) is not None:
            self._open(EndTermDialog(self.ctx, term, self))

    def signatures(self) -> None:
        from .signatures_dialog import SignaturesDialog

        if (term := self.selected_term()) is not None:
            self._open(SignaturesDialog(self.ctx, term, self))

    def approvals(self) -> None:
        from .term_approvals_dialog import TermApprovalsDialog

        if (term := self.selected_term()) is not None:
            self._open(TermApprovalsDialog(self.ctx, term, self))

    def attach_scan(self) -> None:
        if self.selected_term() is not None and (
            path := choose_scan(self, self.ctx, "Attach the signed agreement")
        ):
            self.attach_scan_file(path)

    def attach_scan_file(self, path: Path) -> bool:
        term = self.selected_term()
        if term is None:
            return False
        if not keep_scan(
            self, self.ctx, lambda: assignments.attach_scan(self.ctx.db, term.id, path), path
        ):
            return False
        self._changed()
        return True

    def open_scan(self) -> None:
        term = self.selected_term()
        if term is not None:
            show_scan(self, lambda: assignments.scan_path(self.ctx.db, term))

    def print_agreement(self) -> Operation | None:
        term = self.selected_term()
        if term is None:
            return None
        db = self.ctx.db
        parts = urlsplit(term.url)
        where = parts.netloc.removeprefix("www.") + parts.path
        return start_preview(
            self,
            self.ctx,
            "Printing the agreement…",
            lambda out, progress: print_assignment_agreement(db, term, out),
            f"Authorized User Agreement: {describe(term)}",
            file_name("Agreement", term.person, where),
            self._previewing,
        )

    def site_check(self) -> None:
        from ..site_checks.site_check_dialog import SiteCheckDialog

        assert self.account is not None
        profile, today = self.ctx.city.profile, self.ctx.today()
        self._open(SiteCheckDialog(self.ctx.db, profile, today, self.account.url, parent=self))

    def _previewing(self, dialog: QDialog) -> None:
        self.preview = dialog

    # -- closing -------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self.hide_secret()
        super().done(result)
