"""The Credential tab of an account in full (R8, R9, R11): the username, MFA and whether the
password is on file; Reveal for a short while and Copy, both written to the audit log; setting
the password, recording a change made elsewhere, and the history of changes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog

from ....core.errors import ClerkDeskError
from ....core.obligations.model import DUE_SOON, OVERDUE
from ....services.credentials import writes as credentials
from ....services.credentials.passwords import PasswordChangeView
from ....services.credentials.writes import CredentialView
from ...widgets import clipboard, messages
from ...widgets.table_model import Column, RecordTableModel
from ...widgets.tones import tone_style
from ..credential_store import StoreWatch, available_text, unavailable_text
from ..terms import short_moment

if TYPE_CHECKING:
    from ....services.kernel.views import AccountView
    from ...forms.ui_account_detail_dialog import Ui_AccountDetailDialog
    from ...window.context import AppContext

SHOW_SECONDS = 30


@dataclass(frozen=True, slots=True)
class ChangeRow:
    change: PasswordChangeView
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


if TYPE_CHECKING:
    _Dialog = QDialog
else:
    _Dialog = object


class CredentialTab(_Dialog):
    """The credential half of `AccountDetailDialog`, which supplies what is declared here."""

    ctx: AppContext
    ui: Ui_AccountDetailDialog
    account_id: int
    account: AccountView | None

    if TYPE_CHECKING:

        def _open(self, dialog: QDialog) -> QDialog: ...
        def _changed(self) -> None: ...

    def setup_credential(self) -> None:
        ui = self.ui
        self.credential: CredentialView | None = None
        self.vault_available = False
        self.store_watch = StoreWatch(self, self.show_credential)
        self.changes: RecordTableModel[ChangeRow] = RecordTableModel(CHANGE_COLUMNS, parent=self)
        ui.changes_table.setModel(self.changes)
        ui.changes_table.setAccessibleName("Password changes, newest first")
        ui.changes_table.placeholder = "No password change recorded yet."
        ui.set_password_button.clicked.connect(self.set_password)
        ui.reveal_button.clicked.connect(self._reveal_or_hide)
        ui.copy_button.clicked.connect(self.copy)
        ui.remove_button.clicked.connect(self.remove)
        ui.record_change_button.clicked.connect(self.record_change)
        for label in (ui.username_value, ui.mfa_value, ui.recovery_value):
            label.setTextFormat(Qt.TextFormat.PlainText)
        ui.vault_label.setTextFormat(Qt.TextFormat.RichText)  # markup, with escaped names
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

    def show_credential(self) -> None:
        ctx, ui = self.ctx, self.ui
        tz = ctx.tz()
        status = credentials.vault_status(ctx.db)
        self.vault_available = status.available
        self.store_watch.waiting = not status.available
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

    # -- changing it ---------------------------------------------------------------------------

    def set_password(self) -> None:
        from .password_dialog import PasswordDialog

        assert self.account is not None and self.credential is not None
        self._open(PasswordDialog(self.ctx, self.account, self.credential, self))

    def record_change(self) -> None:
        from .password_change_dialog import PasswordChangeDialog

        assert self.account is not None
        self._open(PasswordChangeDialog(self.ctx, self.account, self))

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

    # -- reading it ----------------------------------------------------------------------------

    def _secret(self, purpose: str) -> str | None:
        try:
            return credentials.reveal(self.ctx.db, self.account_id, "password", purpose)
        except ClerkDeskError as error:
            messages.show_error(self, error.message)
            return None

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
