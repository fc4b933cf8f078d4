"""Discontinue an account. The dialog is its own confirmation: it says what will happen, and
Enter or Escape cancel; only the "Discontinue account" button goes ahead."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ....services.accounts.writes import discontinue_account
from ....services.kernel.common import city_today
from ....services.kernel.database import Database
from ....services.kernel.views import AccountView, CityView
from ...dialogs.form_dialog import FormDialog
from ...forms.ui_discontinue_dialog import Ui_DiscontinueDialog
from ...widgets.qdates import from_qdate, to_qdate


class DiscontinueDialog(FormDialog):
    def __init__(
        self, db: Database, city: CityView, account: AccountView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.account = db, account
        self.ui = ui = Ui_DiscontinueDialog()
        ui.setupUi(self)
        ui.explanation_label.setText(
            f"<p><b>{escape(account.url)}</b> will be marked <b>discontinued</b> as of the date "
            "below. It stays in the register with its history and its audit trail, and nothing "
            "more will be due for it.</p><p>ClerkDesk cannot reopen a discontinued account: to "
            "use it again, it has to be approved again under the policy.</p>"
        )
        today = to_qdate(city_today(db, city.profile))
        # A future day is said to be one on saving, not refused silently by the field.
        ui.discontinued_on_date.setDate(today)
        boxes = ui.button_box
        self.discontinue_button = boxes.addButton(
            "&Discontinue account", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.discontinue_button.setAutoDefault(False)
        cancel = boxes.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setAutoDefault(True)
        self.watch_fields(
            ui,
            {
                "discontinued_on": ui.discontinued_on_date,
                "discontinued_reason": ui.reason_edit,
            },
            ui.form_error,
        )
        ui.reason_edit.setFocus()

    def save(self) -> AccountView:
        return discontinue_account(
            self.db,
            self.account.id,
            from_qdate(self.ui.discontinued_on_date.date()),
            self.ui.reason_edit.text(),
        )
