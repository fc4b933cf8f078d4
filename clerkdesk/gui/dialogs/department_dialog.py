"""Add or edit a department and name its head."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QWidget

from ...services.database import Database
from ...services.departments import create_department, update_department
from ...services.inputs import DepartmentInput
from ...services.people import list_people
from ...services.views import DepartmentView
from ..forms.ui_department_dialog import Ui_DepartmentDialog
from .form_dialog import FormDialog

SEPARATOR = " — "  # between an employee ID and a name in the head's completions


def employee_id_of(text: str) -> str:
    """The employee ID typed, or picked from a completion "ID — Name"."""
    return text.split(SEPARATOR, 1)[0].strip()


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
        people = [
            f"{p.employee_id}{SEPARATOR}{p.name}" for p in list_people(db) if p.separated_on is None
        ]
        completer = QCompleter(people, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        ui.head_edit.setCompleter(completer)
        ui.head_edit.setToolTip("Type part of a name or employee ID and pick the person")
        self.watch_fields(
            ui, {"name": ui.name_edit, "head_employee_id": ui.head_edit}, ui.form_error
        )
        if department is not None:
            ui.name_edit.setText(department.name)
            if department.head_employee_id:
                ui.head_edit.setText(
                    f"{department.head_employee_id}{SEPARATOR}{department.head_name or ''}"
                )

    def input(self) -> DepartmentInput:
        return DepartmentInput(
            self.ui.name_edit.text(), employee_id_of(self.ui.head_edit.text()) or None
        )

    def save(self) -> DepartmentView:
        if self.department is None:
            return create_department(self.db, self.input())
        return update_department(self.db, self.department.id, self.input())
