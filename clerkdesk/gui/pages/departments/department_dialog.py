"""Add or edit a department and name its head; where the policy asks for it (Madison), the
day its written social media policy was filed with the office and the day its copy went to
the IT Director (R1), and the approving authority that policy names, whom the account approval
offers where approvals follow the department's policy."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ....services.city.writes import get_city
from ....services.departments.writes import create_department, editing_department, update_department
from ....services.kernel.common import city_today
from ....services.kernel.database import Database
from ....services.kernel.inputs import DepartmentInput
from ....services.kernel.views import DepartmentView
from ....services.people.writes import list_people
from ...dialogs.form_dialog import FormDialog
from ...dialogs.people_picker import PersonPicker, person_text
from ...forms.ui_department_dialog import Ui_DepartmentDialog
from ...widgets.date_field import optional_date


class DepartmentDialog(FormDialog):
    def __init__(
        self,
        db: Database,
        department: DepartmentView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.version: str | None = None
        if department is not None:  # as it is now, not as the page last showed it
            department, self.version = editing_department(db, department.id)
        self.db, self.department = db, department
        self.ui = ui = Ui_DepartmentDialog()
        ui.setupUi(self)
        self.setWindowTitle("Edit department" if department else "Add a department")
        self.head = PersonPicker(ui.head_edit, list_people(db))
        city = get_city(db)
        assert city is not None
        today = city_today(db, city.profile)
        self.filed = optional_date(ui.policy_filed_check, ui.policy_filed_date, today)
        self.copied = optional_date(ui.policy_copy_check, ui.policy_copy_date, today)
        ui.policy_filed_check.setText(f"&Filed with the {city.profile.coordinating_office} on:")
        self.watch_fields(
            ui,
            {
                "name": ui.name_edit,
                "head_employee_id": ui.head_edit,
                "policy_filed_on": ui.policy_filed_date,
                "policy_it_copy_on": ui.policy_copy_date,
                "policy_approver": ui.policy_approver_edit,
            },
            ui.form_error,
        )
        recorded = False
        if department is not None:
            ui.name_edit.setText(department.name)
            if department.head_employee_id:
                ui.head_edit.setText(person_text(department.head_employee_id, department.head_name))
            self.filed.set(department.policy_filed_on)
            self.copied.set(department.policy_it_copy_on)
            ui.policy_approver_edit.setText(department.policy_approver or "")
            recorded = department.policy_filed_on is not None
        ui.policy_box.setVisible(city.profile.department_policy or recorded)

    def input(self) -> DepartmentInput:
        return DepartmentInput(
            self.ui.name_edit.text(),
            self.head.employee_id() or None,
            policy_filed_on=self.filed.value(),
            policy_it_copy_on=self.copied.value(),
            policy_approver=self.ui.policy_approver_edit.text(),
        )

    def save(self) -> DepartmentView:
        if self.department is None:
            return create_department(self.db, self.input())
        return update_department(self.db, self.department.id, self.input(), version=self.version)
