"""A new register's Today: the first steps as buttons, each opening the right form."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from clerkdesk.gui.dialogs.import_dialog import ImportDialog
from clerkdesk.gui.pages.departments.department_dialog import DepartmentDialog
from clerkdesk.gui.pages.people.person_dialog import PersonDialog

from .conftest import add_account


def test_a_new_register_shows_its_first_steps(qtbot, window, ctx, city_db) -> None:
    page = window.page("today")
    steps = page.first_steps
    assert steps.isVisible()
    assert steps.notes["departments"].text() == "2 departments so far"
    assert steps.notes["people"].text() == "2 people so far"
    assert steps.notes["accounts"].text() == "none yet"

    qtbot.mouseClick(steps.buttons["departments"], Qt.MouseButton.LeftButton)
    assert window.current_key() == "departments"
    dialog = window.page("departments").dialog
    assert isinstance(dialog, DepartmentDialog) and dialog.isVisible()
    dialog.reject()

    window.go("today")
    qtbot.mouseClick(steps.buttons["people"], Qt.MouseButton.LeftButton)
    assert isinstance(window.page("people").dialog, PersonDialog)
    window.page("people").dialog.reject()

    window.go("today")
    qtbot.mouseClick(steps.buttons["accounts"], Qt.MouseButton.LeftButton)
    assert window.current_key() == "accounts" and window.page("accounts").dialog.isVisible()
    window.page("accounts").dialog.reject()


def test_import_step_opens_the_import_dialog(qtbot, window) -> None:
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ImportDialog):
            seen.append(dialog.windowTitle())
            dialog.reject()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    qtbot.mouseClick(window.page("today").first_steps.buttons["import"], Qt.MouseButton.LeftButton)
    assert seen


def test_the_steps_go_once_there_is_an_account(qtbot, window, city_db) -> None:
    page = window.page("today")
    assert page.first_steps.isVisible()
    add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    assert not page.first_steps.isVisible() and page.model.rowCount() > 0
