"""The staff acting for a candidate, on the candidate's form: a person picked and added, or
the selected one removed. It holds only the list; the services say who may be on it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from ....services.elections.staff import FIELD as STAFF
from ....services.kernel.views import PersonView
from ...dialogs.people_picker import PersonPicker, person_text

__all__ = ["STAFF", "StaffList"]


class StaffList(QWidget):
    def __init__(
        self,
        people: Sequence[PersonView],
        staff: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.person = QLineEdit()
        self.person.setObjectName("staff_person_edit")
        self.person.setAccessibleName("Person acting for the candidate")
        self.picker = PersonPicker(self.person, people)
        self.add_button = QPushButton("A&dd")
        self.add_button.setObjectName("staff_add_button")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.person.returnPressed.connect(self.add)
        self.list = QListWidget()
        self.list.setObjectName("staff_list")
        self.list.setAccessibleName("Staff acting for the candidate")
        self.list.setMaximumHeight(90)
        self.remove_button = QPushButton("Re&move")
        self.remove_button.setObjectName("staff_remove_button")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove)
        grid.addWidget(self.person, 0, 0)
        grid.addWidget(self.add_button, 0, 1)
        grid.addWidget(self.list, 1, 0)
        grid.addWidget(self.remove_button, 1, 1, Qt.AlignmentFlag.AlignTop)
        self._names = {p.employee_id: p.name for p in people}
        for employee_id, name in staff:
            self._append(employee_id, name)

    def _append(self, employee_id: str, name: str | None) -> None:
        item = QListWidgetItem(person_text(employee_id, name))
        item.setData(Qt.ItemDataRole.UserRole, employee_id)
        self.list.addItem(item)

    def add(self) -> None:
        """The person picked or typed, once (the services refuse one not in the register)."""
        employee_id = self.picker.employee_id()
        if employee_id and employee_id not in self.employee_ids():
            self._append(employee_id, self._names.get(employee_id))
        self.person.clear()

    def remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def employee_ids(self) -> tuple[str, ...]:
        return tuple(
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
        )
