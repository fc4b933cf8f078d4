"""People and departments: lists, and their dialogs saving through the services."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from clerkdesk.services.departments.writes import list_departments
from clerkdesk.services.people.writes import list_people

from .conftest import add_account, audit_actions, go

SAVE = QDialogButtonBox.StandardButton.Save


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.button_box.button(SAVE), Qt.MouseButton.LeftButton)


def test_add_a_person_who_has_left(qtbot, window, city_db) -> None:
    page = go(qtbot, window, "people")
    assert page.count_label.text() == "2 people"
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert not dialog.ui.separated_on_date.isEnabled()
    dialog.ui.employee_id_edit.setText("C300")
    dialog.ui.name_edit.setText("Brightline Media LLC")
    dialog.ui.department_combo.setCurrentText("Parks")
    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData("contractor"))
    qtbot.mouseClick(dialog.ui.separated_check, Qt.MouseButton.LeftButton)
    assert dialog.ui.separated_on_date.isEnabled()
    dialog.ui.separated_on_date.setDate(date(2026, 11, 2))
    save(qtbot, dialog)
    assert not dialog.isVisible()
    person = next(p for p in list_people(city_db) if p.employee_id == "C300")
    assert (person.kind, person.department, person.separated_on) == (
        "contractor",
        "Parks",
        date(2026, 11, 2),
    )
    assert page.selected().employee_id == "C300"
    assert (
        page.model.data(
            page.model.index(page.model.position_of(lambda p: p.employee_id == "C300"), 0),
            Qt.ItemDataRole.ForegroundRole,
        )
        is not None
    )


def test_person_problems_are_shown_beside_their_fields(qtbot, window, city_db, answers) -> None:
    answers.confirm_with = False  # not "add the department Parkz"
    page = go(qtbot, window, "people")
    before = audit_actions(city_db)
    page.trigger("new")
    dialog = page.dialog
    dialog.ui.employee_id_edit.setText("E100")  # already Dana Whitfield's
    dialog.ui.email_edit.setText("not-an-address")
    dialog.ui.department_combo.setCurrentText("Parkz")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.shown() == {
        "employee_id": "Employee ID 'E100' is already someone else's",
        "name": "Required",
        "department": "Unknown department 'Parkz'",
        "email": "This is not an e-mail address",
    }
    assert len(list_people(city_db)) == 2 and audit_actions(city_db) == before
    assert answers.confirmations == [
        "There is no department “Parkz” yet. Add it now? You can name its head later."
    ]


def test_edit_a_person(qtbot, window, city_db) -> None:
    page = go(qtbot, window, "people")
    page.select_where(lambda p: p.employee_id == "E200")
    page.trigger("edit")
    dialog = page.dialog
    assert dialog.ui.name_edit.text() == "Robert Hale"
    dialog.ui.title_edit.setText("Chief of Police")
    save(qtbot, dialog)
    assert (
        next(p for p in list_people(city_db) if p.employee_id == "E200").title == "Chief of Police"
    )


def test_add_and_edit_a_department_with_its_head(qtbot, window, city_db) -> None:
    page = go(qtbot, window, "departments")
    page.trigger("new")
    dialog = page.dialog
    dialog.ui.name_edit.setText("Library")
    completions = dialog.ui.head_edit.completer().model()
    assert completions.rowCount() == 2
    dialog.ui.head_edit.setText("E100 — Dana Whitfield")  # as the completion fills it
    save(qtbot, dialog)
    library = next(d for d in list_departments(city_db) if d.name == "Library")
    assert (library.head_employee_id, library.head_name) == ("E100", "Dana Whitfield")
    assert page.selected().name == "Library"

    page.trigger("edit")
    dialog = page.dialog
    assert dialog.ui.head_edit.text() == "E100 — Dana Whitfield"
    dialog.ui.head_edit.setText("E999")
    save(qtbot, dialog)
    assert dialog.errors.shown() == {"head_employee_id": "No person with employee ID 'E999'"}
    dialog.ui.name_edit.setText("Police")
    dialog.ui.head_edit.clear()
    save(qtbot, dialog)
    assert dialog.errors.shown() == {"name": "A department named 'Police' already exists"}
    dialog.ui.name_edit.setText("Public Library")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert {d.name for d in list_departments(city_db)} == {"Parks", "Police", "Public Library"}


def test_department_counts_sort_as_numbers(qtbot, window, ctx, city_db) -> None:
    for n in range(10):
        add_account(city_db, f"https://facebook.com/parks{n}")
    for n in range(2):
        add_account(city_db, f"https://x.com/police{n}", department="Police", platform="x")
    page = go(qtbot, window, "departments")
    headers = ["Department", "People", "Accounts", "Head", "Approving authority"]
    assert [c.header for c in page.model.columns] == headers
    assert page.table.isColumnHidden(4)  # Stoughton's departments file no policy of their own
    page.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert [page.model.text(r, 2) for r in range(page.model.rowCount())] == ["10", "2"]
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert [page.model.row(r).name for r in range(page.model.rowCount())] == ["Police", "Parks"]


def test_a_person_changed_on_another_workstation_is_not_overwritten(  # type: ignore[no-untyped-def]
    qtbot, window, city_db, answers
) -> None:
    from clerkdesk.services.kernel.inputs import PersonInput
    from clerkdesk.services.people.writes import update_person

    page = go(qtbot, window, "people")
    page.select_where(lambda p: p.employee_id == "E200")
    page.trigger("edit")
    dialog = page.dialog
    person = next(p for p in list_people(city_db) if p.employee_id == "E200")
    # Meanwhile another workstation records the new title.
    update_person(
        city_db, person.id, PersonInput("E200", "Robert Hale", "Police Chief", person.department)
    )
    dialog.ui.phone_edit.setText("608-555-0100")
    save(qtbot, dialog)
    assert dialog.isVisible()  # still open, with what was typed, to be copied
    assert answers.errors and "changed on another workstation" in answers.errors[0]
    now = next(p for p in list_people(city_db) if p.employee_id == "E200")
    assert (now.title, now.phone) == ("Police Chief", None)
    dialog.reject()
    page.trigger("edit")  # opened again, the form shows the other workstation's change
    assert page.dialog.ui.title_edit.text() == "Police Chief"


def test_a_department_the_form_offered_is_not_asked_about_again(  # type: ignore[no-untyped-def]
    qtbot, window, city_db, monkeypatch
) -> None:
    """The names the form offers were read as it opened: one of them chosen is saved with no
    second look-up (a round trip each on a server); one typed anew is looked up."""
    from clerkdesk.gui.pages.departments import new_department

    asked: list[str] = []
    known = new_department.department_known
    monkeypatch.setattr(
        new_department, "department_known", lambda db, name: asked.append(name) or known(db, name)
    )
    page = go(qtbot, window, "people")
    page.select_where(lambda p: p.employee_id == "E200")
    page.trigger("edit")
    dialog = page.dialog
    combo = dialog.ui.department_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        d.name for d in list_departments(city_db)
    ]
    combo.setCurrentText("Parks")
    save(qtbot, dialog)
    assert asked == [] and not dialog.isVisible()
    page.trigger("edit")
    page.dialog.ui.department_combo.setCurrentText("parks")  # a department, typed otherwise
    save(qtbot, page.dialog)
    assert asked == ["parks"] and not page.dialog.isVisible()
