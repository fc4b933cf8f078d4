"""The keyboard: a filter down to one row opens it with Enter, Down moves into the rows, a
filter with no match says so, and Ctrl+PgDown/PgUp switch the account window's tabs."""

from __future__ import annotations

import warnings

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import add_account, go


def test_enter_opens_the_one_row_left(qtbot, window, city_db) -> None:
    add_account(city_db, "https://facebook.com/parks")
    add_account(city_db, "https://x.com/stoughtonpd", department="Police", platform="x")
    accounts = go(qtbot, window, "accounts")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(accounts.filter_edit, "stoughtonpd")
    assert accounts.model.rowCount() == 1
    qtbot.keyClick(accounts.filter_edit, Qt.Key.Key_Return)
    assert accounts.detail.isVisible()
    assert accounts.detail.account.url == "https://x.com/stoughtonpd"
    accounts.detail.reject()


def test_enter_with_several_rows_goes_to_them(qtbot, window, city_db) -> None:
    add_account(city_db, "https://facebook.com/parks")
    add_account(city_db, "https://x.com/stoughtonpd", department="Police", platform="x")
    accounts = go(qtbot, window, "accounts")
    accounts.filter_edit.setFocus()
    qtbot.keyClicks(accounts.filter_edit, "https")
    qtbot.keyClick(accounts.filter_edit, Qt.Key.Key_Return)
    assert accounts.table.hasFocus() and getattr(accounts, "detail", None) is None


def test_down_moves_into_the_rows(qtbot, window, city_db) -> None:
    add_account(city_db, "https://facebook.com/parks")
    people = go(qtbot, window, "people")
    people.filter_edit.setFocus()
    qtbot.keyClick(people.filter_edit, Qt.Key.Key_Down)
    assert people.table.hasFocus() and people.selected() is not None


def test_a_filter_with_no_match_says_so(qtbot, window, city_db) -> None:
    add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    today = go(qtbot, window, "today")
    assert today.model.total() > 0
    today.filter_edit.setText("xyz")
    assert today.table.placeholder == "No obligation matches “xyz”."
    today.filter_edit.clear()
    assert today.table.placeholder == "Nothing is due."
    people = go(qtbot, window, "people")
    people.filter_edit.setText("nobody")
    assert people.table.placeholder == "No person matches “nobody”."


def test_ctrl_page_down_and_up_switch_the_account_tabs(qtbot, window, city_db) -> None:
    account = add_account(city_db, "https://facebook.com/parks")
    accounts = go(qtbot, window, "accounts")
    detail = accounts.open_account(account.id)
    with warnings.catch_warnings():  # offscreen, the window manager's part
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(detail)
    tabs = detail.ui.tabs
    assert tabs.currentWidget() is detail.ui.people_tab
    qtbot.keyClick(
        detail.focusWidget() or detail, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
    )
    assert tabs.currentWidget() is detail.ui.credential_tab
    qtbot.keyClick(
        detail.focusWidget() or detail, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier
    )
    assert tabs.currentWidget() is detail.ui.people_tab
    detail.reject()


def test_tab_leaves_a_date_time_field_for_the_next_one(qtbot, window, city_db) -> None:
    from clerkdesk.gui.pages.accounts.approve_dialog import ApproveDialog

    account = add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    accounts = go(qtbot, window, "accounts")
    accounts.select_where(lambda row: row.view.id == account.id)
    accounts.trigger("approve")
    dialog = accounts.dialog
    assert isinstance(dialog, ApproveDialog)
    with warnings.catch_warnings():  # offscreen, the window manager's part
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(dialog)
    day = dialog.ui.approved_on_date
    day.setFocus()
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    after = QApplication.focusWidget()
    assert after is not day and not day.isAncestorOf(after)
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    back = QApplication.focusWidget()
    assert back is day or day.isAncestorOf(back)
    dialog.reject()
