"""Add or edit a department and name its head."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...services.database import Database
from ...services.departments import create_department, update_department
from ...services.inputs import DepartmentInput
from ...services.people import list_people
from ...services.views import DepartmentView
from ..forms.ui_department_dialog import Ui_DepartmentDialog
from .form_dialog import FormDialog
from .people_picker import PersonPicker, person_text


class DepartmentDialog(FormDialog):
    def __init__(
        self,
        db: Database,
        department: DepartmentView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.department = db, department
        self.ui = ui = Ui_DepartmentDialog()
        ui.setupUi(self)
        self.setWindowTitle("Edit department" if department else "Add a department")
        self.head = PersonPicker(ui.head_edit, list_people(db))
        self.watch_fields(
            ui, {"name": ui.name_edit, "head_employee_id": ui.head_edit}, ui.form_error
        )
        if department is not None:
            ui.name_edit.setText(department.name)
            if department.head_employee_id:
                ui.head_edit.setText(person_text(department.head_employee_id, department.head_name))

    def input(self) -> DepartmentInput:
        return DepartmentInput(self.ui.name_edit.text(), self.head.employee_id() or None)

    def save(self) -> DepartmentView:
        if self.department is None:
            return create_department(self.db, self.input())
        return update_department(self.db, self.department.id, self.input())
