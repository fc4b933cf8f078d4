"""A new city's first account: the department typed on the form is added on the spot."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from clerkdesk.gui.pages.accounts.account_dialog import AccountDialog
from clerkdesk.gui.pages.departments.department_dialog import DepartmentDialog
from clerkdesk.gui.pages.people.person_dialog import PersonDialog
from clerkdesk.services.accounts.writes import list_accounts
from clerkdesk.services.departments.writes import list_departments
from clerkdesk.services.people.writes import list_people

SAVE = QDialogButtonBox.StandardButton.Save


def answer_department_dialog(qtbot, save: bool) -> list[str]:
    """When the department dialog opens, note its name and press Save (or Cancel)."""
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DepartmentDialog):
            QTimer.singleShot(20, look)
            return
        seen.append(dialog.ui.name_edit.text())
        box = dialog.ui.button_box
        button = box.button(SAVE) if save else box.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(20, look)
    return seen


def account_form(qtbot, db, department: str) -> AccountDialog:
    dialog = AccountDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.url_edit.setText("https://facebook.com/maplefallsparks")
    dialog.ui.platform_combo.setCurrentIndex(dialog.ui.platform_combo.findData("facebook"))
    dialog.ui.department_combo.setCurrentText(department)
    return dialog


def test_an_unknown_department_is_added_and_the_account_saved(qtbot, db, answers) -> None:
    assert list_departments(db) == []
    dialog = account_form(qtbot, db, "  Parks ")
    named = answer_department_dialog(qtbot, save=True)
    qtbot.mouseClick(dialog.ui.button_box.button(SAVE), Qt.MouseButton.LeftButton)
    assert named == ["Parks"]
    assert answers.confirmations == [
        "There is no department “Parks” yet. Add it now? You can name its head later."
    ]
    [department] = list_departments(db)
    assert (department.name, department.head_employee_id) == ("Parks", None)
    [account] = list_accounts(db)
    assert account.department == "Parks" and not dialog.isVisible()


def test_declined_the_form_says_the_department_is_unknown(qtbot, db, answers) -> None:
    answers.confirm_with = False
    dialog = account_form(qtbot, db, "Parks")
    qtbot.mouseClick(dialog.ui.button_box.button(SAVE), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and list_departments(db) == [] and list_accounts(db) == []
    assert dialog.errors.shown()["department"] == "Unknown department 'Parks'"


def test_cancelled_department_dialog_saves_nothing(qtbot, db, answers) -> None:
    dialog = account_form(qtbot, db, "Parks")
    answer_department_dialog(qtbot, save=False)
    qtbot.mouseClick(dialog.ui.button_box.button(SAVE), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and list_departments(db) == [] and list_accounts(db) == []


def test_a_known_department_in_another_case_asks_nothing(qtbot, city_db, answers) -> None:
    dialog = account_form(qtbot, city_db, "parks")
    qtbot.mouseClick(dialog.ui.button_box.button(SAVE), Qt.MouseButton.LeftButton)
    assert answers.confirmations == [] and len(list_accounts(city_db)) == 1


def test_a_person_form_offers_it_too(qtbot, db, answers) -> None:
    from clerkdesk.services.city.writes import get_city

    dialog = PersonDialog(db, get_city(db))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.employee_id_edit.setText("E1")
    dialog.ui.name_edit.setText("Priya Raman")
    dialog.ui.department_combo.setCurrentText("Library")
    answer_department_dialog(qtbot, save=True)
    qtbot.mouseClick(dialog.ui.button_box.button(SAVE), Qt.MouseButton.LeftButton)
    assert [p.department for p in list_people(db)] == ["Library"]
