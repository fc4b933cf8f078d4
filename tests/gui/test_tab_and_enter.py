"""Tab and Enter as a person uses them: Tab goes from control to control (never to an unnamed
scroll area, out of a table in one press, out of a box of text), and Enter saves a form once
the answer an error asked for is typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from .conftest import add_account, go


def tab(qtbot, widget) -> object:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_a_page_s_scroll_area_takes_no_tab_stop_and_is_named(qtbot, window, city_db) -> None:
    add_account(city_db, "https://facebook.com/parks")
    scrollers = [window.ui.pages.widget(i) for i in range(window.ui.pages.count())]
    assert all(isinstance(s, QScrollArea) for s in scrollers)
    titles = [entry.title for entry in window.entries]
    assert [s.accessibleName() for s in scrollers] == titles
    assert all(s.focusPolicy() == Qt.FocusPolicy.NoFocus for s in scrollers)
    for key in ("today", "accounts", "people"):
        go(qtbot, window, key)
        window.ui.navigation.setFocus()
        focus = QApplication.focusWidget()
        for _ in range(25):
            focus = tab(qtbot, focus)
            assert focus not in scrollers, key


def test_tab_leaves_a_table_and_arrows_move_within_it(qtbot, window, city_db) -> None:
    for name in ("parks", "police", "library"):
        add_account(city_db, f"https://facebook.com/{name}")
    page = go(qtbot, window, "accounts")
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.table.currentIndex().row() == 1
    assert tab(qtbot, page.table) is not page.table
    assert page.table.currentIndex().row() == 1


def test_tab_leaves_what_is_asked_on_the_request_form(qtbot, window, city_db) -> None:
    page = go(qtbot, window, "requests")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    dialog.summary.setFocus()
    qtbot.keyClicks(dialog.summary, "Every post of the summer concerts")
    after = tab(qtbot, dialog.summary)
    assert after is not dialog.summary
    assert dialog.summary.toPlainText() == "Every post of the summer concerts"
    dialog.reject()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)", extend=True)
def test_the_first_enter_after_an_approval_error_saves(qtbot, window, city_db) -> None:
    account = add_account(city_db, "https://facebook.com/parks")
    page = go(qtbot, window, "accounts")
    page.show_record(account.id)
    page.trigger("approve")
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # as the clerk's click on it would
    qtbot.waitUntil(dialog.isActiveWindow)
    ui = dialog.ui
    ui.authority_combo.setCurrentIndex(ui.authority_combo.findData("department-head"))
    qtbot.keyClicks(ui.approved_by_edit, "Pat Head")
    ui.can_administer_check.setChecked(True)
    ui.it_notified_check.setChecked(True)
    ui.designated_employee_id_edit.setText("E100 — Dana Whitfield")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # how often it is monitored: missing
    assert dialog.isVisible()
    assert set(dialog.errors.shown()) == {"monitoring"}
    assert dialog.focusWidget() is ui.monitoring_combo
    qtbot.keyClicks(ui.monitoring_combo, "Ev")  # completed in place: "Every work day"
    assert ui.monitoring_combo.currentText() == "Every work day"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible(), dialog.errors.shown()
    assert page.selected().view.approval.monitoring == "Every work day"
