"""The account register driven as the clerk drives it: keyboard shortcuts and the real
dialogs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from clerkdesk.gui.widgets.table_model import TONES
from clerkdesk.services.accounts.writes import get_account, list_accounts

from .conftest import add_account, approve, audit_actions, go, loaded

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def click(qtbot, dialog, which=QDialogButtonBox.StandardButton.Ok) -> None:
    qtbot.mouseClick(dialog.ui.button_box.button(which), Qt.MouseButton.LeftButton)


def test_register_an_account_with_the_keyboard(qtbot, window, city_db) -> None:
    page = go(qtbot, window, "accounts")
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = page.dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Register an account"
    qtbot.keyClicks(dialog.ui.url_edit, "https://www.facebook.com/StoughtonParks/")
    assert dialog.ui.platform_combo.currentData() == "facebook"  # guessed from the URL
    dialog.ui.handle_edit.setText("@stoughtonparks")
    dialog.ui.department_combo.setCurrentText("parks")
    dialog.ui.purpose_edit.setPlainText("Park programs")
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Save)

    assert not dialog.isVisible()
    [account] = list_accounts(city_db)
    assert (account.url, account.department, account.status) == (
        "https://facebook.com/StoughtonParks",
        "Parks",
        "proposed",
    )
    assert page.selected().view.id == account.id
    assert page.model.text(0, 5) == "awaiting approval"
    assert audit_actions(city_db)[0] == "account.create"


def test_a_rejected_account_shows_each_message_beside_its_field(qtbot, window, city_db) -> None:
    page = go(qtbot, window, "accounts")
    before = audit_actions(city_db)
    page.trigger("new")
    dialog = page.dialog
    dialog.ui.url_edit.setText("not a web address")
    dialog.ui.platform_combo.setCurrentIndex(0)
    dialog.ui.city_email_edit.setText("parks@gmail.com")
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Save)

    assert dialog.isVisible(), "the dialog stays open"
    shown = dialog.errors.shown()
    assert shown["url"] == "A web address has no spaces"
    assert shown["department"] == "Required"
    assert "personal" in shown["city_email"]
    assert "platform" not in shown
    assert dialog.ui.url_error.isVisible() and dialog.ui.department_error.isVisible()
    assert not dialog.ui.handle_error.isVisible()
    assert "border" in dialog.ui.url_edit.styleSheet()
    assert list_accounts(city_db) == [] and audit_actions(city_db) == before

    dialog.ui.url_edit.setText("https://x.com/stoughtonpd")
    dialog.ui.department_combo.setCurrentText("Police")
    dialog.ui.city_email_edit.clear()
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert not dialog.isVisible()
    assert [a.url for a in list_accounts(city_db)] == ["https://x.com/stoughtonpd"]


def test_filter_then_enter_twice_opens_the_first_match(qtbot, window, city_db) -> None:
    add_account(city_db, "https://x.com/stoughtonpd", department="Police", platform="x")
    parks = add_account(city_db, "https://facebook.com/parks")
    add_account(city_db, "https://instagram.com/parks", platform="instagram")
    page = go(qtbot, window, "accounts")
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(page.filter_edit, "parks")  # two rows: the first Return goes to them
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Return)
    assert page.table.hasFocus() and getattr(page, "detail", None) is None
    assert page.selected().view.id == parks.id
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.detail.isVisible() and page.detail.windowTitle().startswith(parks.url)
    page.detail.reject()


def test_enter_opens_the_account_and_edit_is_a_button(qtbot, window, city_db) -> None:
    account = add_account(city_db, "https://facebook.com/parks", handle="@parks")
    page = go(qtbot, window, "accounts")
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    detail = page.detail
    assert detail.isVisible() and detail.windowTitle().startswith(account.url)
    detail.reject()
    assert page.dialog is None

    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.windowTitle() == "Edit account"
    assert dialog.ui.url_edit.text() == account.url
    assert dialog.ui.department_combo.currentText() == "Parks"
    dialog.ui.handle_edit.setText("@stoughtonparks")
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert get_account(city_db, account.id).handle == "@stoughtonparks"
    assert page.selected().view.handle == "@stoughtonparks"


def test_pre_existing_account_shows_its_grandfathering_deadline(qtbot, window, city_db) -> None:
    add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    page = go(qtbot, window, "accounts")
    # Stoughton adopted its policy 2019-06-25; 45 days later is 2019-08-09.
    assert page.model.text(0, 5) == "approve by 2019-08-09, 2,660 days overdue"
    note = page.model.index(0, 5)
    assert page.model.data(note, Qt.ItemDataRole.BackgroundRole) == TONES["overdue"][0]


def test_approval_rejected_then_recorded(qtbot, window, city_db) -> None:
    account = add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    page = go(qtbot, window, "accounts")
    page.table.selectRow(0)
    before = audit_actions(city_db)
    qtbot.keyClick(window, Qt.Key.Key_A, CTRL_SHIFT)
    dialog = page.dialog
    assert dialog.windowTitle() == "Approve account"
    authorities = [
        dialog.ui.authority_combo.itemData(i) for i in range(dialog.ui.authority_combo.count())
    ]
    assert authorities == ["mayor", "council", "department-head"]  # Stoughton's profile
    assert dialog.ui.approved_on_date.date().toPython() == date(2026, 11, 20)
    assert not dialog.ui.determinations_box.isVisible()  # nothing is asked before an authority
    click(qtbot, dialog)

    assert dialog.isVisible()
    assert set(dialog.errors.shown()) == {"authority", "approved_by"}
    assert get_account(city_db, account.id).status == "pre-existing"
    assert audit_actions(city_db) == before

    dialog.ui.authority_combo.setCurrentIndex(1)  # the Common Council
    assert dialog.ui.can_administer_check.isVisible()
    assert "Authorized User can" in dialog.ui.can_administer_check.text()
    assert not dialog.ui.monitoring_combo.isVisible()
    assert not dialog.ui.it_notified_check.isVisible()
    assert dialog.ui.designated_employee_id_edit.isVisible()
    dialog.ui.approved_by_edit.setText("Common Council")
    dialog.ui.reference_edit.setText("Res. 2026-40")
    click(qtbot, dialog)
    shown = dialog.errors.shown()
    assert set(shown) == {"can_administer", "designated_employee_id"}
    assert "Common Council must find that the Authorized User" in shown["can_administer"]
    assert dialog.ui.designated_employee_id_error.isVisible()

    dialog.ui.can_administer_check.setChecked(True)
    dialog.ui.designated_employee_id_edit.setText("Dana Whitfield")
    click(qtbot, dialog)

    assert not dialog.isVisible()
    approved = get_account(city_db, account.id)
    assert approved.status == "approved"
    assert approved.approval is not None
    assert (
        approved.approval.authority,
        approved.approval.reference,
        approved.approval.monitoring,
        approved.approval.designated,
    ) == ("council", "Res. 2026-40", None, "Dana Whitfield (E100)")
    assert page.model.text(0, 4) == "Approved"
    assert not window.ui.action_approve.isEnabled()


def test_a_department_head_is_asked_for_all_three_determinations(qtbot, window, city_db) -> None:
    account = add_account(city_db, "https://facebook.com/parks")
    page = go(qtbot, window, "accounts")
    page.table.selectRow(0)
    page.trigger("approve")
    dialog = page.dialog
    dialog.ui.authority_combo.setCurrentIndex(2)  # a Department Head
    assert "department can" in dialog.ui.can_administer_check.text()
    assert not dialog.ui.designated_employee_id_edit.isVisible()
    dialog.ui.approved_by_edit.setText("Priya Raman")
    click(qtbot, dialog)
    assert set(dialog.errors.shown()) == {"can_administer", "monitoring", "it_notified"}
    assert "IT Director" in dialog.errors.shown()["it_notified"]
    dialog.ui.can_administer_check.setChecked(True)
    dialog.ui.monitoring_combo.setCurrentText("Every work day")
    dialog.ui.it_notified_check.setChecked(True)
    click(qtbot, dialog)
    assert not dialog.isVisible()
    approval = get_account(city_db, account.id).approval
    assert approval is not None
    assert (approval.authority, approval.monitoring, approval.it_notified) == (
        "department-head",
        "Every work day",
        True,
    )


def test_discontinue_asks_first_and_defaults_to_cancel(qtbot, window, city_db) -> None:
    account = add_account(city_db, "https://facebook.com/parks")
    page = go(qtbot, window, "accounts")
    page.table.selectRow(0)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL_SHIFT)
    dialog = page.dialog
    assert "will be marked" in dialog.ui.explanation_label.text()
    cancel = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.isDefault() and not dialog.discontinue_button.isDefault()
    qtbot.keyClicks(dialog.ui.reason_edit, "replaced")
    qtbot.keyClick(dialog.ui.reason_edit, Qt.Key.Key_Return)  # Enter cancels
    assert not dialog.isVisible()
    assert get_account(city_db, account.id).status == "proposed"

    page.trigger("discontinue")
    dialog = page.dialog
    qtbot.mouseClick(dialog.discontinue_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.shown() == {"discontinued_reason": "Say why the account is discontinued"}
    dialog.ui.reason_edit.setText("replaced by the city's page")
    qtbot.mouseClick(dialog.discontinue_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    gone = get_account(city_db, account.id)
    assert (gone.status, gone.discontinued_on, gone.discontinued_reason) == (
        "discontinued",
        date(2026, 11, 20),
        "replaced by the city's page",
    )
    assert (
        page.model.data(page.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) == TONES["muted"][1]
    )
    assert not page.can("discontinue")


def test_filter_the_register(qtbot, window, city_db) -> None:
    add_account(city_db, "https://facebook.com/parks", handle="@parks")
    add_account(city_db, "https://x.com/stoughtonpd", department="Police", platform="x")
    approved = add_account(city_db, "https://youtube.com/@stoughton", platform="youtube")
    approve(city_db, approved.id)
    page = go(qtbot, window, "accounts")
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is page.filter_edit
    qtbot.keyClicks(page.filter_edit, "police")
    assert [r.view.url for r in page.model.visible_rows()] == ["https://x.com/stoughtonpd"]
    assert page.count_label.text() == "1 of 3 accounts"
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "mayor jones")  # the approver
    assert [r.view.url for r in page.model.visible_rows()] == ["https://youtube.com/@stoughton"]
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "youtube approved")  # platform and status
    assert page.model.rowCount() == 1
    page.filter_edit.clear()
    assert page.count_label.text() == "3 accounts"


def test_imported_approval_asks_for_its_determinations(qtbot, window, city_db, tmp_path) -> None:
    from clerkdesk.services.transfer.csv_import import import_csv

    csv = tmp_path / "accounts.csv"
    csv.write_text(
        "url,platform,department,status,authority,approved_by,approved_on\n"
        "https://facebook.com/parks,facebook,Parks,approved,mayor,Mayor Jones,"
        "2025-05-01\n",
        encoding="utf-8",
    )
    import_csv(city_db, "accounts", csv)
    page = go(qtbot, window, "accounts")
    assert page.model.text(0, 5).startswith("determinations not recorded")
    page.table.selectRow(0)
    assert page.determinations_button.isVisible()
    qtbot.mouseClick(page.determinations_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert not dialog.ui.approval_box.isEnabled()
    assert dialog.ui.approved_by_edit.text() == "Mayor Jones"
    assert not dialog.ui.monitoring_combo.isVisible()  # the Mayor makes only the first
    click(qtbot, dialog)
    assert set(dialog.errors.shown()) == {"can_administer"}
    dialog.ui.can_administer_check.setChecked(True)
    click(qtbot, dialog)
    [account] = list_accounts(city_db)
    assert account.approval is not None and account.approval.determinations_recorded
    assert account.approval.can_administer
    assert not page.determinations_button.isVisible()


def test_page_models_pass_the_model_tester(qtbot, qtmodeltester, window, ctx, city_db) -> None:
    add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    approve(city_db, add_account(city_db, "https://x.com/stoughton", platform="x").id)
    for key in ("today", "accounts", "people", "departments", "reviews", "audit"):
        page = loaded(qtbot, go(qtbot, window, key))
        assert page.model.rowCount() > 0, page
        qtmodeltester.check(page.model)
