"""One account in full: its details, the people who hold and held a role on it (R3, R4, R6),
and its credential (R8, R9, R11). Every change goes through a service and its own dialog."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ...core.errors import ClerkDeskError, ValidationError
from ...core.obligations.model import DUE_SOON, OVERDUE
from ...core.vocabulary import ACCOUNT_STATUSES, PLATFORMS
from ...services import assignments, credentials
from ...services.accounts import get_account
from ...services.assignments import AssignmentView
from ...services.credentials import ChangeView, CredentialView
from ...services.printouts import print_term
from ...services.views import AccountView
from .. import clipboard, desktop, messages
from ..background import Operation
from ..context import AppContext
from ..credential_store import available_text, unavailable_text
from ..desktop import SCAN_FILTER
from ..forms.ui_account_detail_dialog import Ui_AccountDetailDialog
from ..layout_state import saved_state
from ..pages.account_rows import account_row, details_html
from ..pdfs import file_name, start_preview
from ..table_model import TONES, Column, RecordTableModel
from ..terms import ACCOUNT_COLUMNS, TermRow, describe, row_tone, short_moment, term_rows

PEOPLE, CREDENTIAL = "people", "credential"
SHOW_SECONDS = 30


@dataclass(frozen=True, slots=True)
class ChangeRow:
    change: ChangeView
    changed: str
    recorded: str


def _rule_text(row: ChangeRow) -> str:
    meets = row.change.meets_rule
    return {True: "meets the rule", False: "does not meet the rule", None: "—"}[meets]


CHANGE_COLUMNS: list[Column[ChangeRow]] = [
    Column(
        "Changed on the platform",
        lambda r: r.changed,
        sort_key=lambda r: r.change.changed_at,
        width=160,
    ),
    Column("Recorded", lambda r: r.recorded, sort_key=lambda r: r.change.recorded_at, width=125),
    Column("By", lambda r: r.change.recorded_by, width=80),
    Column(
        "Recorded in time",
        lambda r: "late" if r.change.late else "in time",
        tone=lambda r: DUE_SOON if r.change.late else None,
        width=110,
    ),
    Column(
        "Password rule",
        _rule_text,
        tone=lambda r: DUE_SOON if r.change.meets_rule is False else None,
        width=165,
    ),
    Column("Note", lambda r: r.change.note or "", tooltip=True),
]


def tone_style(tone: str) -> str:
    background, foreground = TONES[tone]
    assert background is not None
    return (
        f"background: {background.color().name()}; color: {foreground.color().name()};"
        " padding: 6px; border-radius: 3px;"
    )


class AccountDetailDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        account_id: int,
        section: str | None = None,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.account_id = ctx, account_id
        self.account: AccountView | None = None
        self.credential: CredentialView | None = None
        self.vault_available = False
        self.dialog: QDialog | None = None  # the last dialog opened from here (tests drive it)
        self.preview: QDialog | None = None  # the last print preview
        self.ui = ui = Ui_AccountDetailDialog()
        ui.setupUi(self)

        self.terms: RecordTableModel[TermRow] = RecordTableModel(
            ACCOUNT_COLUMNS, row_tone=row_tone, parent=self
        )
        ui.terms_table.setModel(self.terms)
        ui.terms_table.placeholder = "Nobody has access yet. Designate the custodian (Alt+C)."
        ui.terms_table.restore_state(ctx.settings, "account-terms")
        ui.terms_table.selectionModel().selectionChanged.connect(self._update_people_buttons)
        self.changes: RecordTableModel[ChangeRow] = RecordTableModel(CHANGE_COLUMNS, parent=self)
        ui.changes_table.setModel(self.changes)
        ui.changes_table.placeholder = "No password change recorded yet."
        ui.changes_table.restore_state(ctx.settings, "account-changes")
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([300, 880])
        if state := saved_state(ctx.settings, "splitters/account-detail"):
            ui.splitter.restoreState(state)
        if geometry := saved_state(ctx.settings, "dialogs/account-detail"):
            self.restoreGeometry(geometry)

        ui.custodian_button.clicked.connect(self.designate_custodian)
        ui.add_user_button.clicked.connect(self.add_user)
        ui.end_term_button.clicked.connect(self.end_term)
        ui.signatures_button.clicked.connect(self.signatures)
        ui.attach_scan_button.clicked.connect(self.attach_scan)
        ui.open_scan_button.clicked.connect(self.open_scan)
        ui.print_button.clicked.connect(self.print_agreement)
        ui.set_password_button.clicked.connect(self.set_password)
        ui.reveal_button.clicked.connect(self._reveal_or_hide)
        ui.copy_button.clicked.connect(self.copy)
        ui.remove_button.clicked.connect(self.remove)
        ui.record_change_button.clicked.connect(self.record_change)

        for label in (ui.username_value, ui.mfa_value, ui.recovery_value):
            label.setTextFormat(Qt.TextFormat.PlainText)
        ui.revealed_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        ui.revealed_edit.setAccessibleName("Revealed password")
        self.reveal_timer = QTimer(self)
        self.reveal_timer.setSingleShot(True)
        self.reveal_timer.setInterval(SHOW_SECONDS * 1000)
        self.reveal_timer.timeout.connect(self.hide_secret)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self._remaining = 0
        self.hide_secret()

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
        ui.details_browser.setHtml(details_html(account_row(account, ctx.city, now)))

        selected = self.selected_term()
        self.terms.set_rows(term_rows(list(assignments.account_terms(db, account.id)), now, tz))
        if selected is None or not self.terms_table_select(lambda r: r.term.id == selected.id):
            self.terms_table_select(lambda row: True)
        warnings = assignments.account_warnings(db, account.id)
        ui.warnings_label.setText("<br>".join(f"⚠ {escape(w)}" for w in warnings))
        ui.warnings_label.setStyleSheet(tone_style(DUE_SOON))
        ui.warnings_label.setVisible(bool(warnings))
        closed = account.status == "discontinued"
        ui.terms_hint.setText(
            "This account is discontinued: nobody can be given access to it." if closed else ""
        )
        ui.terms_hint.setVisible(closed)
        ui.custodian_button.setEnabled(not closed)
        ui.add_user_button.setEnabled(not closed)
        self._update_people_buttons()
        self._show_credential()

    def _show_credential(self) -> None:
        ctx, ui = self.ctx, self.ui
        tz = ctx.tz()
        status = credentials.vault_status(ctx.db)
        self.vault_available = status.available
        cred = self.credential = credentials.credential_view(ctx.db, self.account_id)
        if status.available:
            ui.vault_label.setText(
                f"{available_text(status)} Reveal and Copy are written to the audit log."
            )
            ui.vault_label.setStyleSheet("color: palette(placeholder-text);")
        else:
            ui.vault_label.setText(
                f"{unavailable_text(status)} Passwords cannot be stored, revealed or copied "
                "here; a change can still be recorded without the password (Record a change…)."
            )
            ui.vault_label.setStyleSheet(tone_style(OVERDUE))
        ui.username_value.setText(cred.username or "—")
        mfa = "off"
        if cred.mfa_enabled:
            mfa = f"on ({cred.mfa_method})" if cred.mfa_method else "on"
        ui.mfa_value.setText(mfa)
        last = cred.last_change
        on_file = "on file" if cred.password_on_file else "<b>not on file</b>"
        ui.password_value.setText(
            f"{on_file}; last changed {short_moment(last.changed_at, tz)}" if last else on_file
        )
        ui.recovery_value.setText("on file" if cred.recovery_codes_on_file else "none on file")
        self.changes.set_rows(
            [
                ChangeRow(c, short_moment(c.changed_at, tz), short_moment(c.recorded_at, tz))
                for c in cred.changes
            ]
        )
        ui.set_password_button.setEnabled(status.available)
        ui.reveal_button.setEnabled(status.available and cred.password_on_file)
        ui.copy_button.setEnabled(status.available and cred.password_on_file)
        ui.remove_button.setEnabled(
            status.available and (cred.password_on_file or cred.recovery_codes_on_file)
        )

    def selected_term(self) -> AssignmentView | None:
        rows = self.ui.terms_table.selectionModel().selectedRows()
        return self.terms.row(rows[0].row()).term if rows else None

    def terms_table_select(self, predicate: Any) -> bool:
        position = self.terms.position_of(predicate)
        if position is None:
            return False
        self.ui.terms_table.selectRow(position)
        return True

    def _update_people_buttons(self) -> None:
        ui, term = self.ui, self.selected_term()
        current = term is not None and (term.ends_at is None or term.ends_at > self.ctx.now())
        ui.end_term_button.setEnabled(current)
        for button in (ui.signatures_button, ui.attach_scan_button, ui.print_button):
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
        self.ctx.notify_changed()

    def current_custodian(self) -> AssignmentView | None:
        return next(
            (r.term for r in self.terms.rows() if r.current and r.term.role == "custodian"), None
        )

    def designate_custodian(self) -> None:
        from .designate_dialog import DesignateDialog

        assert self.account is not None
        self._open(
            DesignateDialog(self.ctx, self.account, "custodian", self.current_custodian(), self)
        )

    def add_user(self) -> None:
        from .designate_dialog import DesignateDialog

        assert self.account is not None
        self._open(DesignateDialog(self.ctx, self.account, "authorized-user", parent=self))

    def end_term(self) -> None:
        from .end_term_dialog import EndTermDialog

        if (term := self.selected_term()) is not None:
            self._open(EndTermDialog(self.ctx, term, self))

    def signatures(self) -> None:
        from .signatures_dialog import SignaturesDialog

        if (term := self.selected_term()) is not None:
            self._open(SignaturesDialog(self.ctx, term, self))

    def attach_scan(self) -> None:
        if self.selected_term() is None:
            return
        folder = str(self.ctx.settings.value("folders/scans", ""))
        name, _ = QFileDialog.getOpenFileName(
            self, "Attach the signed agreement", folder, SCAN_FILTER
        )
        if name:
            self.attach_scan_file(Path(name))

    def attach_scan_file(self, path: Path) -> bool:
        term = self.selected_term()
        if term is None:
            return False
        try:
            assignments.attach_scan(self.ctx.db, term.id, path)
        except ValidationError as error:
            messages.show_error(self, "; ".join(error.fields.values()))
            return False
        except ClerkDeskError as error:
            messages.show_error(self, error.message)
            return False
        self.ctx.settings.setValue("folders/scans", str(path.parent))
        self._changed()
        return True

    def open_scan(self) -> None:
        term = self.selected_term()
        if term is None:
            return
        try:
            path = assignments.scan_path(self.ctx.db, term)
        except ClerkDeskError as error:
            messages.show_error(self, error.message)
            return
        if not desktop.open_file(path):
            messages.show_error(self, f"no program on this computer opens {path.name}")

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
            lambda out, progress: print_term(db, term, out),
            f"Authorized User Agreement: {describe(term)}",
            file_name("Agreement", term.person, where),
            self._previewing,
        )

    def _previewing(self, dialog: QDialog) -> None:
        self.preview = dialog

    # -- credential ----------------------------------------------------------------------------

    def set_password(self) -> None:
        from .password_dialog import PasswordDialog

        assert self.account is not None and self.credential is not None
        self._open(PasswordDialog(self.ctx, self.account, self.credential, self))

    def record_change(self) -> None:
        from .password_change_dialog import PasswordChangeDialog

        assert self.account is not None
        self._open(PasswordChangeDialog(self.ctx, self.account, self))

    def _secret(self, purpose: str) -> str | None:
        try:
            secret = credentials.reveal(self.ctx.db, self.account_id, "password", purpose)
        except ClerkDeskError as error:
            messages.show_error(self, error.message)
            return None
        self.ctx.notify_changed()  # the audit log has it
        return secret

    def _reveal_or_hide(self) -> None:
        if self.ui.revealed_edit.isVisible():
            self.hide_secret()
        else:
            self.reveal()

    def reveal(self) -> None:
        """Show the password for a short while."""
        secret = self._secret("reveal")
        if secret is None:
            return
        ui = self.ui
        ui.revealed_edit.setText(secret)
        ui.revealed_edit.show()
        ui.reveal_button.setText("Hi&de")
        self._remaining = SHOW_SECONDS
        self._count_down(step=0)
        self.reveal_timer.start()
        self._tick.start()

    def _count_down(self, step: int = 1) -> None:
        self._remaining = max(0, self._remaining - step)
        self.ui.revealed_label.setText(f"hidden again in {self._remaining} s")
        self.ui.revealed_label.show()

    def hide_secret(self) -> None:
        self.reveal_timer.stop()
        self._tick.stop()
        self.ui.revealed_edit.clear()
        self.ui.revealed_edit.hide()
        self.ui.revealed_label.setText("")
        self.ui.revealed_label.hide()
        self.ui.reveal_button.setText("Re&veal")

    def copy(self) -> None:
        secret = self._secret("copy")
        if secret is None:
            return
        clipboard.copy_secret(secret)
        self.ui.revealed_label.setText(
            f"Copied. The clipboard is cleared in {clipboard.CLEAR_AFTER_MS // 1000} seconds."
        )
        self.ui.revealed_label.show()

    def remove(self) -> None:
        assert self.account is not None
        if not messages.confirm(
            self,
            "Remove the credential",
            f"Remove the password and recovery codes of {self.account.url} from this "
            "computer's credential store? The register keeps the history of changes; the "
            "password is gone from ClerkDesk for good.",
            "Remove",
        ):
            return
        try:
            credentials.delete_credential(self.ctx.db, self.account_id)
        except ClerkDeskError as error:
            messages.show_error(self, error.message)
            return
        self._changed()

    # -- closing -------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self.hide_secret()
        settings = self.ctx.settings
        settings.setValue("dialogs/account-detail", self.saveGeometry())
        settings.setValue("splitters/account-detail", self.ui.splitter.saveState())
        self.ui.terms_table.save_state(settings, "account-terms")
        self.ui.changes_table.save_state(settings, "account-changes")
        super().done(result)
