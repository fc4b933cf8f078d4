"""Record an authority's approval of an account (R1) with what R2 asks of that authority: the
findings it makes before approving (a Stoughton Department Head makes three, the Mayor or the
Council only the first) and, where it must, the Authorized User it designates. For an approval
imported without them, record those alone. A city whose policy has no R2 is asked for none.
Where approvals follow the department's filed policy (Madison), the approver offered is the one
that policy names, recorded with its filing."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ....core.profile import AUTHORITIES, PolicyProfile
from ....services.accounts.approvals import (
    NO_POLICY_APPROVER,
    POLICY_AUTHORITY,
    approve_account,
    policy_approver,
    record_determinations,
)
from ....services.kernel.common import city_today
from ....services.kernel.database import Database
from ....services.kernel.inputs import ApprovalInput
from ....services.kernel.views import AccountView, CityView
from ....services.people.writes import list_people
from ...dialogs.form_dialog import FormDialog
from ...dialogs.people_picker import PersonPicker
from ...forms.ui_approve_dialog import Ui_ApproveDialog
from ...widgets.date_field import optional_date
from ...widgets.qdates import from_qdate, to_qdate
from ...widgets.wrapping import grow_to_fit

MONITORING = (
    "Every work day",
    "Twice every work day",
    "Every day, weekends included",
    "Every hour during office hours",
)


def findings_note(profile: PolicyProfile, authority: str) -> str:
    """What the policy asks of `authority` before it approves, in a sentence or two."""
    who = AUTHORITIES.get(authority, authority)
    needed = profile.findings(authority)
    subject = "the department" if authority == "department-head" else "the Authorized User"
    asks = []
    if "can_administer" in needed:
        asks.append(
            f"that {subject} can administer the site and comply with Wisconsin's public-records "
            "retention and access law"
        )
    if "monitoring" in needed:
        asks.append("how often the Authorized User monitors it")
    text = ""
    if asks:
        text = f"Before approving, the {who} determines " + " and ".join(asks)
        if "it_notified" in needed:
            text += ", and notifies the IT Director"
        text += " (R2)."
    elif "it_notified" in needed:
        text = f"Before approving, the {who} notifies the IT Director (R2)."
    if profile.designates(authority):
        text += (
            f" The {who} designates the Authorized User who monitors and administers the site "
            "and is the legal custodian of its content: they become its custodian from the day "
            "of the approval."
        )
    return text.strip()


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
        self.profile = city.profile
        self.ui = ui = Ui_ApproveDialog()
        ui.setupUi(self)
        ui.account_label.setText(f"<b>{escape(account.url)}</b><br>{escape(account.department)}")
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        if city.profile.approver_in_department_policy and not determinations_only:
            # The authority the department's filed policy names (R1, Madison), or none yet.
            named = policy_approver(db, account.id)
            if named:
                ui.authority_combo.addItem(f"{named} (the department's policy)", POLICY_AUTHORITY)
            ui.authority_combo.setPlaceholderText(NO_POLICY_APPROVER)
            ui.authority_combo.setCurrentIndex(0 if named else -1)
        else:
            for key in city.profile.authorities:
                ui.authority_combo.addItem(AUTHORITIES.get(key, key), key)
            ui.authority_combo.setPlaceholderText("choose…")
            ui.authority_combo.setCurrentIndex(0 if len(city.profile.authorities) == 1 else -1)
        today = city_today(db, city.profile)
        # No upper limit: a future day typed is said to be one (by the service), not refused
        # silently by the field.
        ui.approved_on_date.setDate(to_qdate(today))
        # The IT Director's notice (R2): ticked, it has its day, not after today.
        optional_date(ui.it_notified_check, ui.it_notified_on_date, today)
        ui.monitoring_combo.addItems(MONITORING)
        ui.monitoring_combo.setCurrentIndex(-1)
        ui.monitoring_combo.lineEdit().setPlaceholderText("how often someone checks the site")
        self.designated = PersonPicker(ui.designated_employee_id_edit, list_people(db))
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
                "it_notified_on": ui.it_notified_on_date,
                "designated_employee_id": ui.designated_employee_id_edit,
            },
            ui.form_error,
        )
        self.designation_recorded = False
        if determinations_only and account.approval is not None:
            self.setWindowTitle("Record what the approval found")
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
            self.designation_recorded = a.designated is not None
        else:
            ok.setText("&Approve")
        ui.authority_combo.currentIndexChanged.connect(self._show_what_is_asked)
        self._show_what_is_asked()

    def authority(self) -> str:
        return str(self.ui.authority_combo.currentData() or "")

    def _show_what_is_asked(self) -> None:
        """Show exactly what the chosen authority must find and give (R2), nothing else."""
        ui, authority = self.ui, self.authority()
        needed = self.profile.findings(authority)
        designates = self.profile.designates(authority) and not self.designation_recorded
        ui.can_administer_check.setVisible("can_administer" in needed)
        subject = "The department" if authority == "department-head" else "The Authorized User"
        ui.can_administer_check.setText(
            f"{subject} can a&dminister the site and comply with public-records law"
        )
        ui.monitoring_label.setVisible("monitoring" in needed)
        ui.monitoring_combo.setVisible("monitoring" in needed)
        ui.it_notified_check.setVisible("it_notified" in needed)
        ui.it_notified_on_label.setVisible("it_notified" in needed)
        ui.it_notified_on_date.setVisible("it_notified" in needed)
        ui.designated_label.setVisible(designates)
        ui.designated_employee_id_edit.setVisible(designates)
        ui.determinations_note.setTextFormat(Qt.TextFormat.PlainText)
        ui.determinations_note.setText(findings_note(self.profile, authority))
        ui.determinations_box.setTitle(
            f"What the {AUTHORITIES.get(authority, 'authority')} determines (R2)"
        )
        ui.determinations_box.setVisible(bool(needed) or designates)
        if self.errors is not None:
            self.errors.clear()
        if self.isVisible():
            self.resize(self.width(), 1)
            grow_to_fit(self)

    def input(self) -> ApprovalInput:
        ui = self.ui
        needed = self.profile.findings(self.authority())
        designates = self.profile.designates(self.authority())
        return ApprovalInput(
            authority=self.authority(),
            approved_by=ui.approved_by_edit.text(),
            approved_on=from_qdate(ui.approved_on_date.date()),
            reference=ui.reference_edit.text(),
            can_administer="can_administer" in needed and ui.can_administer_check.isChecked(),
            monitoring=ui.monitoring_combo.currentText() if "monitoring" in needed else None,
            it_notified="it_notified" in needed and ui.it_notified_check.isChecked(),
            designated_employee_id=self.designated.employee_id() or None if designates else None,
            it_notified_on=ui.it_notified_on_date.value() if "it_notified" in needed else None,
        )

    def save(self) -> AccountView:
        data = self.input()
        if self.determinations_only:
            return record_determinations(
                self.db,
                self.account.id,
                data.can_administer,
                data.monitoring,
                data.it_notified,
                data.designated_employee_id,
                data.it_notified_on,
            )
        return approve_account(self.db, self.account.id, data)
