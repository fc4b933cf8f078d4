"""Set an account's password and login details (R8, R9, R11). The password goes to the
operating system's credential store through the service; this dialog checks it as it is typed
against the city's rule, with NIST's advice beside it, and never shows it anywhere else."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from ....core.passwords import generate
from ....services.credentials.writes import (
    CredentialInput,
    CredentialView,
    set_credential,
    strength,
)
from ....services.kernel.views import AccountView
from ...dialogs.form_dialog import FormDialog
from ...forms.ui_password_dialog import Ui_PasswordDialog
from ...widgets import clipboard
from ...widgets.field_errors import error_colour
from ...widgets.qdates import MomentField
from ...widgets.wrapping import fit, grow_to_fit, keep_fitted
from ...window.context import AppContext

_GOOD = "#1b5e20"


class PasswordDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        account: AccountView,
        current: CredentialView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.account, self.current = ctx, account, current
        self.ui = ui = Ui_PasswordDialog()
        ui.setupUi(self)
        self.setWindowTitle(f"Set the password of {account.url}")
        profile = ctx.city.profile
        ui.account_label.setText(
            f"<b>{escape(account.url)}</b><br>The password is kept in this computer's "
            f"credential store, never in the register, and is recorded within "
            f"{profile.credential_record_hours} hours of its change on the platform (R9)."
        )
        if current.password_on_file:
            ui.password_edit.setPlaceholderText("leave empty to keep the password on file")
        ui.username_edit.setText(current.username or "")
        ui.mfa_check.setChecked(current.mfa_enabled)
        ui.mfa_method_edit.setText(current.mfa_method or "")
        ui.mfa_method_edit.setEnabled(current.mfa_enabled)
        ui.mfa_check.toggled.connect(ui.mfa_method_edit.setEnabled)
        ui.mfa_method_edit.setAccessibleName("Multi-factor method")
        ui.recovery_edit.setAccessibleName("Recovery codes, one per line")
        ui.recovery_check.setText(
            "Change the &recovery codes:"
            if current.recovery_codes_on_file
            else "Store &recovery codes:"
        )
        ui.recovery_edit.setEnabled(False)
        ui.recovery_check.toggled.connect(ui.recovery_edit.setEnabled)
        self.changed = MomentField(ui.changed_at_edit, ctx.now(), ctx.tz())
        for label in (ui.rule_label, ui.advice_label):
            keep_fitted(label)
            ui.strength_layout.setAlignment(label, Qt.AlignmentFlag.AlignTop)
        ui.show_button.toggled.connect(self._show_typed)
        ui.generate_button.clicked.connect(self.generate)
        ui.copy_button.clicked.connect(self._copy)
        ui.password_edit.textChanged.connect(self.check)
        ui.mfa_check.toggled.connect(self.check)
        self.watch_fields(
            ui,
            {
                "username": ui.username_edit,
                "password": ui.password_edit,
                "changed_at": ui.changed_at_edit,
                "mfa_method": ui.mfa_method_edit,
                "recovery_codes": ui.recovery_edit,
            },
            ui.form_error,
        )
        self.check()
        ui.password_edit.setFocus()

    # -- as it is typed ------------------------------------------------------------------------

    def _show_typed(self, shown: bool) -> None:
        self.ui.password_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        self.ui.show_button.setText("Hid&e" if shown else "Sho&w")

    def generate(self) -> None:
        """A random password that meets the rule, shown so it can be set on the platform."""
        self.ui.password_edit.setText(generate(self.ctx.city.profile))
        self.ui.show_button.setChecked(True)

    def _copy(self) -> None:
        if self.ui.password_edit.text():
            clipboard.copy_secret(self.ui.password_edit.text())

    def check(self) -> None:
        """What the password lacks under the city's rule, and NIST's advice, as it is typed."""
        ui = self.ui
        password = ui.password_edit.text()
        ui.copy_button.setEnabled(bool(password))
        if self.errors is not None:
            self.errors.clear_field("password")  # the check below says what it lacks now
        try:
            self._check(password)
        finally:
            for label in (ui.rule_label, ui.advice_label):
                fit(label)
            if self.isVisible():
                grow_to_fit(self)

    def _check(self, password: str) -> None:
        ui = self.ui
        if not password:
            ui.rule_label.setText(
                "The password on file is kept." if self.current.password_on_file else ""
            )
            ui.rule_label.setStyleSheet("")
            ui.advice_label.clear()
            ui.accept_weak_check.setChecked(False)
            ui.accept_weak_check.setEnabled(False)
            return
        missing, advice = strength(self.ctx.db, password, ui.mfa_check.isChecked())
        if missing:
            ui.rule_label.setText(
                "<b>The city's rule needs:</b><br>" + "<br>".join(f"• {escape(m)}" for m in missing)
            )
            ui.rule_label.setStyleSheet(f"color: {error_colour(ui.rule_label)};")
        else:
            ui.rule_label.setText("<b>Meets the city's rule.</b>")
            ui.rule_label.setStyleSheet(f"color: {_GOOD};")
        ui.advice_label.setText(
            "<b>NIST's advice</b> (not required):<br>"
            + "<br>".join(f"• {escape(a)}" for a in advice)
            if advice
            else "<b>NIST's advice</b> (not required): nothing to add."
        )
        ui.accept_weak_check.setEnabled(bool(missing))
        if not missing:
            ui.accept_weak_check.setChecked(False)

    # -- saving --------------------------------------------------------------------------------

    def input(self) -> CredentialInput:
        ui = self.ui
        password = ui.password_edit.text()
        keep = not password and self.current.password_on_file
        return CredentialInput(
            username=ui.username_edit.text(),
            password=None if keep else password,
            changed_at=self.changed.value(),
            mfa_enabled=ui.mfa_check.isChecked(),
            mfa_method=ui.mfa_method_edit.text(),
            recovery_codes=ui.recovery_edit.toPlainText().strip()
            if ui.recovery_check.isChecked()
            else None,
            note=ui.note_edit.text(),
            accept_weak=ui.accept_weak_check.isChecked(),
        )

    def save(self) -> CredentialView:
        return set_credential(self.ctx.db, self.account.id, self.input())

    def done(self, result: int) -> None:
        """However the dialog closes, the typed password does not stay in the widget."""
        self.ui.password_edit.clear()
        self.ui.recovery_edit.clear()
        super().done(result)
