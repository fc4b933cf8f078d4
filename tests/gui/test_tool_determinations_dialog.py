"""Madison's approvals through the real dialogs, typed as the clerk types them: the approving
authority the department's filed policy names, recorded on the department form and offered by
the approval dialog instead of the Mayor; and the IT Director's determination per platform,
recorded in the Accounts page's Tools dialog, which settles the `tool-approval` item of every
account on that platform."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from clerkdesk.services.accounts.tools import list_tools
from clerkdesk.services.accounts.writes import get_account
from clerkdesk.services.city import writes as city
from clerkdesk.services.departments.writes import list_departments
from clerkdesk.services.obligations import due as obligations

from .conftest import add_account, go

PARKS = "https://facebook.com/parks"
POLICE = "https://facebook.com/police"


@pytest.fixture
def madison_db(city_db):  # type: ignore[no-untyped-def]
    city.apply_profile(city_db, "madison")
    return city_db


def press_ok(qtbot, box: QDialogButtonBox) -> None:  # type: ignore[no-untyped-def]
    button = box.button(QDialogButtonBox.StandardButton.Ok) or box.button(
        QDialogButtonBox.StandardButton.Save
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_the_department_names_its_approver_and_the_approval_offers_it(
    qtbot, madison_db, window
) -> None:  # type: ignore[no-untyped-def]
    db = madison_db
    account = add_account(db, PARKS, status="pre-existing")
    accounts = go(qtbot, window, "accounts")
    accounts.show_record(account.id)
    accounts.trigger("approve")
    dialog = accounts.dialog
    combo = dialog.ui.authority_combo
    assert combo.count() == 0
    assert combo.placeholderText() == "not recorded: record the department's filed policy first"
    type_into(qtbot, dialog.ui.approved_by_edit, "Eric Knepp")
    press_ok(qtbot, dialog.ui.button_box)
    assert dialog.errors.shown() == {
        "authority": "Not recorded: record the department's filed policy first"
    }
    dialog.reject()

    page = go(qtbot, window, "departments")
    page.select_where(lambda row: row.name == "Parks")
    page.trigger("edit")
    dialog = page.dialog
    ui = dialog.ui
    type_into(qtbot, ui.policy_approver_edit, "Parks Superintendent")
    press_ok(qtbot, ui.button_box)
    assert dialog.errors.shown() == {"policy_approver": "Give the day the policy was filed first"}
    ui.policy_filed_check.setChecked(True)
    ui.policy_filed_date.line.selectAll()
    type_into(qtbot, ui.policy_filed_date.line, "2012-12-03")
    press_ok(qtbot, ui.button_box)
    assert not dialog.isVisible()
    parks = next(d for d in list_departments(db) if d.name == "Parks")
    assert (parks.policy_filed_on, parks.policy_approver) == (
        date(2012, 12, 3),
        "Parks Superintendent",
    )
    page.reload()
    page.select_where(lambda row: row.name == "Parks")
    assert not page.table.isColumnHidden(4)
    row = page.table.currentIndex().row()
    assert page.model.text(row, 4) == "Parks Superintendent"

    accounts = go(qtbot, window, "accounts")
    accounts.show_record(account.id)
    accounts.trigger("approve")
    dialog = accounts.dialog
    combo = dialog.ui.authority_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Parks Superintendent (the department's policy)"
    ]
    assert combo.currentIndex() == 0
    type_into(qtbot, dialog.ui.approved_by_edit, "Eric Knepp")
    press_ok(qtbot, dialog.ui.button_box)
    assert not dialog.isVisible()
    view = get_account(db, account.id)
    assert (view.status, view.approval.authority) == ("approved", "department-head")


def test_the_tools_dialog_records_a_platform_s_determination(qtbot, madison_db, window) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.departments.writes import update_department
    from clerkdesk.services.kernel.inputs import DepartmentInput

    db = madison_db
    parks = next(d for d in list_departments(db) if d.name == "Parks")
    update_department(db, parks.id, DepartmentInput("Parks", "E100"))
    add_account(db, PARKS, status="pre-existing")
    add_account(db, POLICE, status="pre-existing", department="Police")
    add_account(db, "https://youtube.com/@parks", status="pre-existing", platform="youtube")
    owed = [o.account for o in obligations.due(db) if o.kind == "tool-approval"]
    assert len(owed) == 2  # one per platform, not per account

    page = go(qtbot, window, "accounts")
    assert page.tools_button.isVisible()
    qtbot.mouseClick(page.tools_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    ui = dialog.ui
    table = dialog.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["Facebook", "YouTube"]
    assert table.item(0, 1).text() == "2"
    assert table.item(0, 2).text() == "not requested"
    assert ui.platform_combo.currentData() == "facebook"
    type_into(qtbot, ui.requested_by_combo, "Dana")
    assert ui.requested_by_combo.currentData() == "E100"
    ui.requested_on_date.line.selectAll()
    type_into(qtbot, ui.requested_on_date.line, "2026-10-05")
    type_into(qtbot, ui.determined_by_edit, "Sarah Edgerton")
    press_ok(qtbot, dialog.findChild(QDialogButtonBox))
    assert dialog.errors.shown() == {"determined_on": "Required: the day it was approved"}
    ui.determined_check.setChecked(True)
    ui.determined_on_date.line.selectAll()
    type_into(qtbot, ui.determined_on_date.line, "2026-10-19")
    type_into(qtbot, ui.permits_combo, "permits")
    press_ok(qtbot, dialog.findChild(QDialogButtonBox))
    assert not dialog.isVisible()
    [facebook] = [t for t in list_tools(db) if t.platform == "facebook"]
    assert (facebook.requested_by, facebook.requested_on, facebook.permits) == (
        "E100",
        date(2026, 10, 5),
        True,
    )
    assert facebook.determined_on == date(2026, 10, 19)
    owed = [o.account for o in obligations.due(db) if o.kind == "tool-approval"]
    assert owed == ["https://youtube.com/@parks"]


def test_stoughton_has_no_tools_button(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = go(qtbot, window, "accounts")
    assert not page.tools_button.isVisible()
