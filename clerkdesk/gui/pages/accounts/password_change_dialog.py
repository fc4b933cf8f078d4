"""Record that an account's password changed on the platform, without the password (R9, R10):
for when the new one is not to be kept here, or no credential store is available."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from ....services.credentials.passwords import PasswordChangeView, record_password_change
from ....services.kernel.views import AccountView
from ...dialogs.form_dialog import FormDialog
from ...forms.ui_password_change_dialog import Ui_PasswordChangeDialog
from ...widgets.qdates import MomentField
from ...window.context import AppContext


class PasswordChangeDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, account: AccountView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.account = ctx, account
        self.ui = ui = Ui_PasswordChangeDialog()
        ui.setupUi(self)
        hours = ctx.city.profile.credential_record_hours
        ui.explanation_label.setText(
            f"Record that the password of <b>{escape(account.url)}</b> was changed on the "
            f"platform, without keeping the password here. A change is recorded within "
            f"{hours} hours of happening (R9)."
        )
        self.changed = MomentField(ui.changed_at_edit, ctx.now(), ctx.tz())
        self.watch_fields(ui, {"changed_at": ui.changed_at_edit}, ui.form_error)

    def save(self) -> PasswordChangeView:
        return record_password_change(
            self.ctx.db, self.account.id, self.changed.value(), self.ui.note_edit.text()
        )
