"""Departments, their heads, and how many people and accounts each has."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...services.departments import list_departments
from ...services.views import DepartmentView
from ..context import AppContext
from ..dialogs.department_dialog import DepartmentDialog
from ..table_model import Column
from .page import EDIT, FIND, NEW
from .record_page import RecordPage


def _head(d: DepartmentView) -> str:
    if not d.head_employee_id:
        return ""
    return f"{d.head_name} ({d.head_employee_id})" if d.head_name else d.head_employee_id


COLUMNS: list[Column[DepartmentView]] = [
    Column("Department", lambda d: d.name, width=260),
    Column(
        "People",
        lambda d: f"{d.people:,}",
        sort_key=lambda d: d.people,
        width=90,
        numeric=True,
        searchable=False,
    ),
    Column(
        "Accounts",
        lambda d: f"{d.accounts:,}",
        sort_key=lambda d: d.accounts,
        width=90,
        numeric=True,
        searchable=False,
    ),
    Column("Head", _head, width=280),
]


class DepartmentsPage(RecordPage[DepartmentView]):
    noun = "departments"
    handles = frozenset({NEW, EDIT, FIND})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            "departments",
            COLUMNS,
            placeholder="No departments yet. Add one with New… (Ctrl+N).",
            parent=parent,
        )
        self.add_button("&New…", lambda: self.trigger(NEW), "Add a department (Ctrl+N)")
        self.edit_button = self.add_button(
            "&Edit…", lambda: self.trigger(EDIT), "Edit the selected department (Enter)"
        )
        self.actions_changed.connect(lambda: self.edit_button.setEnabled(self.can(EDIT)))
        self.layout_.addWidget(self.table)

    def reload(self) -> None:
        super().reload()
        self.set_rows(list_departments(self.ctx.db))

    def trigger(self, action: str) -> None:
        row = self.selected()
        if action == NEW:
            self.open_dialog(DepartmentDialog(self.ctx.db, parent=self))
        elif action == EDIT and row is not None:
            self.open_dialog(DepartmentDialog(self.ctx.db, row, parent=self))
        else:
            super().trigger(action)
