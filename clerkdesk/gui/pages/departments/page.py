"""Departments, their heads, and how many people and accounts each has."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from ....core.obligations.model import Obligation
from ....services.departments.writes import list_departments
from ....services.kernel.changes import ACCOUNTS, DEPARTMENTS, PEOPLE
from ....services.kernel.views import DepartmentView
from ...widgets.table_model import Column
from ...window.background import Operation
from ...window.context import AppContext
from ..list_page import ListPage
from ..page import EDIT, FIND, NEW
from .department_dialog import DepartmentDialog


def head_text(d: DepartmentView) -> str:
    """The department's head, by name and employee ID."""
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
    Column("Head", head_text, width=280),
    # The approving authority its filed social media policy names (R1, Madison).
    Column("Approving authority", lambda d: d.policy_approver or "", width=200),
]


class DepartmentsPage(ListPage[DepartmentView]):
    noun = "departments"
    handles = frozenset({NEW, EDIT, FIND})
    shows = frozenset({DEPARTMENTS, PEOPLE, ACCOUNTS})  # with their heads and counts

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
        self.print_button = self.add_button(
            "Print &unsigned agreements…",
            self.print_unsigned,
            "Every unsigned Authorized User Agreement of the department's current terms, in "
            "one PDF (R6)",
        )
        self.preview: QDialog | None = None  # the last print preview
        self.actions_changed.connect(self._update_buttons)
        self.layout_.addWidget(self.table)
        # Only where departments file their own policy (Madison) is there an authority to show.
        self.table.setColumnHidden(len(COLUMNS) - 1, not ctx.city.profile.department_policy)

    def read(self) -> list[DepartmentView]:
        return list(list_departments(self.ctx.db))

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.can(EDIT))
        self.print_button.setEnabled(self.selected() is not None)

    def print_unsigned(self) -> Operation | None:
        from ....services.terms.printouts import print_unsigned
        from ...files.pdfs import file_name, start_preview

        row = self.selected()
        if row is None:
            return None
        db, name = self.ctx.db, row.name

        def shown(dialog: QDialog) -> None:
            self.preview = dialog

        return start_preview(
            self,
            self.ctx,
            f"Printing the unsigned agreements of {name}…",
            lambda out, progress: print_unsigned(db, name, out, progress),
            f"Unsigned agreements: {name}",
            file_name("Unsigned agreements", name, self.ctx.today().isoformat()),
            shown,
        )

    def open_obligation(self, obligation: Obligation, place: str) -> None:
        """A department's obligation (its head left): the department, open for a new head."""
        if self.stale:
            self.reload()
        if obligation.department and self.select_where(
            lambda row: row.name == obligation.department
        ):
            self.trigger(EDIT)

    def trigger(self, action: str) -> None:
        row = self.selected()
        if action == NEW:
            self.open_dialog(DepartmentDialog(self.ctx.db, parent=self))
        elif action == EDIT and row is not None:
            self.open_dialog(DepartmentDialog(self.ctx.db, row, parent=self))
        else:
            super().trigger(action)
