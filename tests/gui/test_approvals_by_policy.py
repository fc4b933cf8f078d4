"""Approval as each city's policy wants it, driven through the real dialogs: Janesville's two
approvals of each term on the account's People tab, Madison's department policy and tool
approval on the department and account forms, and who designates, in each policy's words."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from clerkdesk.services.accounts.writes import approve_account, get_account
from clerkdesk.services.city import writes as city
from clerkdesk.services.departments.writes import list_departments
from clerkdesk.services.kernel.inputs import ApprovalInput
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.terms.writes import designate, get_assignment

from .conftest import add_account, go

SAVE = QDialogButtonBox.StandardButton.Save


def save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.ui.button_box.button(SAVE), Qt.MouseButton.LeftButton)


@pytest.fixture
def janesville_db(city_db):  # type: ignore[no-untyped-def]
    city.apply_profile(city_db, "janesville")
    city.update_profile(city_db, term_approvals=True)
    return city_db


@pytest.fixture
def madison_db(city_db):  # type: ignore[no-untyped-def]
    city.apply_profile(city_db, "madison")
    city.update_profile(city_db, department_policy=True, tool_approval=True)
    return city_db


def open_account(qtbot, window, account_id: int):  # type: ignore[no-untyped-def]
    page = go(qtbot, window, "accounts")
    page.show_record(account_id)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    return page.detail


def test_janesville_records_the_directors_then_the_offices_approval(
    qtbot, janesville_db, window
) -> None:  # type: ignore[no-untyped-def]
    db = janesville_db
    account = add_account(db, "https://facebook.com/parks")
    approve_account(db, account.id, ApprovalInput("city-manager", "Mark Freitag", date(2026, 1, 2)))
    term = designate(db, account.id, "E100", "authorized-user", datetime(2026, 1, 5, tzinfo=UTC))
    assert "user-approval" in {o.kind for o in obligations.due(db)}
    detail = open_account(qtbot, window, account.id)
    assert detail.ui.approvals_button.isVisible()
    assert detail.ui.approvals_button.isEnabled()
    approvals = detail.terms.columnCount() - 1
    assert detail.terms.text(0, approvals) == "awaiting both"
    qtbot.mouseClick(detail.ui.approvals_button, Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    ui = dialog.ui
    assert ui.director_box.title() == "Approved by Department/Division Director"
    assert ui.office_box.title() == "Approved by City Manager's Office"
    assert not ui.director_date.isEnabled()

    ui.director_by_edit.setText("Jacob Winzenz")
    ui.director_check.setChecked(True)
    ui.director_date.setDate(date(2026, 1, 6))
    ui.office_by_edit.setText("Mark Freitag")
    ui.office_check.setChecked(True)
    ui.office_date.setDate(date(2026, 1, 5))
    save(qtbot, dialog)
    assert dialog.isVisible()
    shown = dialog.errors.shown()
    assert set(shown) == {"office_approved_on"}
    assert "before the Department/Division Director's approval" in shown["office_approved_on"]
    assert ui.office_approved_on_error.isVisible()
    assert get_assignment(db, term.id).director_approved_on is None  # nothing written

    ui.office_date.setDate(date(2026, 1, 6))
    save(qtbot, dialog)
    assert not dialog.isVisible()
    saved = get_assignment(db, term.id)
    assert (saved.director_approved_by, saved.office_approved_on) == (
        "Jacob Winzenz",
        date(2026, 1, 6),
    )
    assert "user-approval" not in {o.kind for o in obligations.due(db)}
    assert detail.terms.text(0, approvals) == "approved"


def test_a_city_without_term_approvals_shows_no_approvals_button(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    account = add_account(city_db, "https://facebook.com/parks")
    detail = open_account(qtbot, window, account.id)
    assert not detail.ui.approvals_button.isVisible()
    assert detail.ui.signatures_button.isVisible()


def test_janesville_approves_with_no_determinations(qtbot, janesville_db, window) -> None:  # type: ignore[no-untyped-def]
    account = add_account(janesville_db, "https://facebook.com/parks")
    page = go(qtbot, window, "accounts")
    page.table.selectRow(0)
    page.trigger("approve")
    dialog = page.dialog
    assert dialog.ui.authority_combo.currentData() == "city-manager"
    assert not dialog.ui.determinations_box.isVisible()
    dialog.ui.approved_by_edit.setText("Mark Freitag")
    qtbot.mouseClick(
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    assert get_account(janesville_db, account.id).status == "approved"


def test_madison_files_the_department_policy_on_the_department_form(
    qtbot, madison_db, window
) -> None:  # type: ignore[no-untyped-def]
    db = madison_db
    add_account(db, "https://facebook.com/parks", status="pre-existing")
    assert "department-policy" in {o.kind for o in obligations.due(db)}
    page = go(qtbot, window, "departments")
    page.select_where(lambda row: row.name == "Parks")
    page.trigger("edit")
    dialog = page.dialog
    ui = dialog.ui
    assert ui.policy_box.isVisible()
    assert ui.policy_filed_check.text() == "&Filed with the Mayor's Office on:"
    ui.policy_copy_check.setChecked(True)
    ui.policy_copy_date.setDate(date(2026, 4, 2))
    save(qtbot, dialog)
    assert dialog.errors.shown() == {"policy_it_copy_on": "Give the day the policy was filed first"}
    ui.policy_filed_check.setChecked(True)
    ui.policy_filed_date.setDate(date(2026, 4, 1))
    save(qtbot, dialog)
    assert not dialog.isVisible()
    parks = next(d for d in list_departments(db) if d.name == "Parks")
    assert (parks.policy_filed_on, parks.policy_it_copy_on) == (date(2026, 4, 1), date(2026, 4, 2))
    assert "department-policy" not in {o.kind for o in obligations.due(db)}


def test_madison_records_the_tool_approval_on_the_account_form(qtbot, madison_db, window) -> None:  # type: ignore[no-untyped-def]
    account = add_account(madison_db, "https://facebook.com/parks", status="pre-existing")
    page = go(qtbot, window, "accounts")
    page.table.selectRow(0)
    page.trigger("edit")
    dialog = page.dialog
    assert dialog.ui.tool_box.isVisible()
    dialog.ui.tool_approved_by_edit.setText("Sarah Edgerton")
    save(qtbot, dialog)
    assert set(dialog.errors.shown()) == {"tool_approved_on"}
    dialog.ui.tool_approved_check.setChecked(True)
    dialog.ui.tool_approved_date.setDate(date(2026, 3, 1))
    save(qtbot, dialog)
    assert not dialog.isVisible()
    view = get_account(madison_db, account.id)
    assert (view.tool_approved_by, view.tool_approved_on) == ("Sarah Edgerton", date(2026, 3, 1))


def test_stoughtons_forms_do_not_ask_for_madisons_filings(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    page = go(qtbot, window, "accounts")
    page.trigger("new")
    assert not page.dialog.ui.tool_box.isVisible()


@pytest.mark.parametrize(
    "key, hint",
    [
        ("wausau", "the Social Media Coordinator"),
        ("stoughton", "the Mayor, the Common Council or the Department Head"),
    ],
)
def test_designate_asks_who_designated_in_the_policys_words(qtbot, ctx, city_db, key, hint) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.gui.pages.accounts.designate_dialog import DesignateDialog

    ctx.city = city.apply_profile(city_db, key)
    account = add_account(city_db, "https://facebook.com/parks")
    dialog = DesignateDialog(ctx, account, "authorized-user")
    qtbot.addWidget(dialog)
    assert dialog.ui.designated_by_edit.placeholderText() == f"who decided, e.g. {hint} (optional)"
