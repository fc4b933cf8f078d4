"""Add or edit a person: employee, contractor, vendor, agent or elected official (R4)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ....core.vocabulary import PERSON_KINDS
from ....services.departments.writes import department_names
from ....services.kernel.common import city_today
from ....services.kernel.database import Database
from ....services.kernel.inputs import PersonInput
from ....services.kernel.views import CityView, PersonView
from ....services.people.writes import create_person, editing_person, update_person
from ...dialogs.form_dialog import FormDialog, offer_completion
from ...forms.ui_person_dialog import Ui_PersonDialog
from ...widgets.date_field import optional_date
from ..departments.new_department import offer_new_department


class PersonDialog(FormDialog):
    def __init__(
        self,
        db: Database,
        city: CityView,
        person: PersonView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.version: str | None = None
        if person is not None:  # as they are now, not as the page last showed them
            person, self.version = editing_person(db, person.id)
        self.db, self.person = db, person
        self.ui = ui = Ui_PersonDialog()
        ui.setupUi(self)
        self.setWindowTitle("Edit person" if person else "Add a person")
        offer_completion(ui.department_combo, department_names(db))
        ui.department_combo.lineEdit().setPlaceholderText("optional")
        for key, label in PERSON_KINDS.items():
            ui.kind_combo.addItem(label, key)
        today = city_today(db, city.profile)
        optional_date(ui.separated_check, ui.separated_on_date, today)
        ui.separated_on_date.setAccessibleName("The day the person left the city")
        self.watch_fields(
            ui,
            {
                "employee_id": ui.employee_id_edit,
                "name": ui.name_edit,
                "title": ui.title_edit,
                "division": ui.division_edit,
                "department": ui.department_combo,
                "email": ui.email_edit,
                "phone": ui.phone_edit,
                "kind": ui.kind_combo,
                "separated_on": ui.separated_on_date,
            },
            ui.form_error,
        )
        if person is not None:
            self._fill(person)

    def _fill(self, p: PersonView) -> None:
        ui = self.ui
        ui.employee_id_edit.setText(p.employee_id)
        ui.name_edit.setText(p.name)
        ui.title_edit.setText(p.title or "")
        ui.division_edit.setText(p.division or "")
        ui.department_combo.setCurrentText(p.department or "")
        ui.email_edit.setText(p.email or "")
        ui.phone_edit.setText(p.phone or "")
        ui.kind_combo.setCurrentIndex(max(0, ui.kind_combo.findData(p.kind)))
        ui.separated_on_date.set(p.separated_on)

    def accept(self) -> None:
        offer_new_department(self, self.db, self.ui.department_combo)
        super().accept()

    def input(self) -> PersonInput:
        ui = self.ui
        separated = ui.separated_on_date.value()
        return PersonInput(
            employee_id=ui.employee_id_edit.text(),
            name=ui.name_edit.text(),
            title=ui.title_edit.text(),
            division=ui.division_edit.text(),
            department=ui.department_combo.currentText(),
            email=ui.email_edit.text(),
            phone=ui.phone_edit.text(),
            kind=ui.kind_combo.currentData(),
            separated_on=separated,
        )

    def save(self) -> PersonView:
        if self.person is None:
            return create_person(self.db, self.input())
        return update_person(self.db, self.person.id, self.input(), version=self.version)
