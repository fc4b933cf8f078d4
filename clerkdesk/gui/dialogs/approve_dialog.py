"""Record an authority's approval of an account (R1) with its three determinations (R2); or,
for an approval imported without them, record the determinations alone."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ...core.profile import AUTHORITIES
from ...services.accounts import approve_account, record_determinations
from ...services.common import city_today
from ...services.database import Database
from ...services.inputs import ApprovalInput
from ...services.views import AccountView, CityView
from ..forms.ui_approve_dialog import Ui_ApproveDialog
from ..qdates import from_qdate, to_qdate
from .form_dialog import FormDialog

MONITORING = (
    "Every work day",
    "Twice every work day",
    "Every day, weekends included",
    "Every hour during office hours",
)


class ApproveDialog(FormDialog):
    def __init__(
        self,
        db: Database,
        city: CityView,
        account: AccountView,
        *,
        determinations_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.account, self.determinations_only = db, account, determinations_only
        self.ui = ui = Ui_ApproveDialog()
        ui.setupUi(self)
        ui.account_label.setText(f"<b>{account.url}</b><br>{account.department}")
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        for key in city.profile.authorities:
            ui.authority_combo.addItem(AUTHORITIES.get(key, key), key)
        ui.authority_combo.setPlaceholderText("choose…")
        ui.authority_combo.setCurrentIndex(0 if len(city.profile.authorities) == 1 else -1)
        today = city_today(db, city.profile)
        ui.approved_on_date.setMaximumDate(to_qdate(today))
        ui.approved_on_date.setDate(to_qdate(today))
        ui.monitoring_combo.addItems(MONITORING)
        ui.monitoring_combo.setCurrentIndex(-1)
        ui.monitoring_combo.lineEdit().setPlaceholderText("how often someone checks the site")
        self.watch_fields(
            ui,
            {
                "authority": ui.authority_combo,
                "approved_by": ui.approved_by_edit,
                "approved_on": ui.approved_on_date,
                "reference": ui.reference_edit,
                "can_administer": ui.can_administer_check,
                "monitoring": ui.monitoring_combo,
                "it_notified": ui.it_notified_check,
            },
            ui.form_error,
        )
        if determinations_only and account.approval is not None:
            self.setWindowTitle("Record the approval's determinations")
            ok.setText("&Record")
            a = account.approval
            ui.authority_combo.setCurrentIndex(ui.authority_combo.findData(a.authority))
            if ui.authority_combo.currentIndex() < 0:  # an authority the profile no longer lists
                ui.authority_combo.addItem(AUTHORITIES.get(a.authority, a.authority), a.authority)
                ui.authority_combo.setCurrentIndex(ui.authority_combo.count() - 1)
            ui.approved_by_edit.setText(a.approved_by)
            ui.approved_on_date.setDate(to_qdate(a.approved_on))
            ui.reference_edit.setText(a.reference or "")
            ui.approval_box.setEnabled(False)
            ui.approval_box.setTitle("Approval (R1), as imported")
        else:
            ok.setText("&Approve")

    def input(self) -> ApprovalInput:
        ui = self.ui
        return ApprovalInput(
            authority=ui.authority_combo.currentData() or "",
            approved_by=ui.approved_by_edit.text(),
            approved_on=from_qdate(ui.approved_on_date.date()),
            reference=ui.reference_edit.text(),
            can_administer=ui.can_administer_check.isChecked(),
            monitoring=ui.monitoring_combo.currentText(),
            it_notified=ui.it_notified_check.isChecked(),
        )

    def save(self) -> AccountView:
        data = self.input()
        if self.determinations_only:
            return record_determinations(
                self.db, self.account.id, data.can_administer, data.monitoring, data.it_notified
            )
        return approve_account(self.db, self.account.id, data)
