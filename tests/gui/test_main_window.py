"""The window: shell first, pages on demand, keyboard navigation, status bar, and a layout
that is remembered."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from clerkdesk.gui.pages.registry import page_entries
from clerkdesk.gui.window.main_window import MainWindow

from .conftest import add_account, go, shortcut_of


def test_shell_shows_before_the_database(qtbot, paths) -> None:
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(paths, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.ui.navigation.count() == len(page_entries()) == window.ui.pages.count()
    assert window.opening_label.isVisible()
    assert window.pages == {}
    assert not window.ui.action_new.isEnabled()
    assert not window.ui.action_import.isEnabled()
    assert window.database_label.text() == str(paths.database_file)


def test_pages_load_when_first_shown(qtbot, window) -> None:
    assert set(window.pages) == {"today"}
    assert not window.opening_label.isVisible()
    go(qtbot, window, "audit")
    assert set(window.pages) == {"today", "audit"}


def test_shortcuts_switch_pages(qtbot, window) -> None:
    pages = (
        ("today", "Ctrl+1", "Today", "TodayPage"),
        ("accounts", "Ctrl+2", "Accounts", "AccountsPage"),
        ("people", "Ctrl+3", "People", "PeoplePage"),
        ("departments", "Ctrl+4", "Departments", "DepartmentsPage"),
        ("reviews", "Ctrl+5", "Reviews", "ReviewsPage"),
        ("requests", "Ctrl+8", "Requests", "RequestsPage"),
        ("removals", "Ctrl+9", "Removed content", "RemovalsPage"),
        ("elections", "Ctrl+Shift+E", "Elections", "ElectionsPage"),
        ("exceptions", "Ctrl+Shift+X", "Exceptions", "ExceptionsPage"),
        ("site_checks", "Ctrl+Shift+K", "Site checks", "SiteChecksPage"),
        ("audit", "Ctrl+6", "Audit", "AuditPage"),
        ("settings", "Ctrl+7", "Settings", "SettingsPage"),
    )
    # The pages the program began with in their order; a later register's page among them.
    known = {key for key, *_ in pages}
    assert [key for key, *_ in pages] == [e.key for e in window.entries if e.key in known]
    for key, shortcut, name, class_name in pages:
        assert shortcut_of(key) == shortcut
        page = go(qtbot, window, key)
        assert window.current_key() == key
        assert window.ui.navigation.currentItem().text() == name
        assert type(page).__name__ == class_name
        assert page.isVisible()


def test_record_actions_follow_the_page(qtbot, window, ctx, city_db) -> None:
    add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    go(qtbot, window, "today")
    assert not window.ui.action_new.isEnabled()
    assert window.ui.action_find.isEnabled()
    accounts = go(qtbot, window, "accounts")
    assert window.ui.action_new.isEnabled()
    assert not window.ui.action_approve.isEnabled()  # nothing selected
    accounts.table.selectRow(0)
    assert window.ui.action_approve.isEnabled()
    assert window.ui.action_discontinue.isEnabled()
    go(qtbot, window, "settings")
    assert not window.ui.action_find.isEnabled()


def test_status_bar_names_city_profile_and_database(window, paths) -> None:
    assert window.city_label.text() == "Stoughton"
    assert window.profile_label.text() == "Stoughton Social Media Policy (2019)"
    assert window.database_label.text() == str(paths.database_file)
    assert window.windowTitle() == "Stoughton — ClerkDesk"


def test_layout_is_remembered(qtbot, window, ctx) -> None:
    window.resize(window.width(), 520)  # the offscreen screen is 800x600
    accounts = go(qtbot, window, "accounts")
    accounts.table.setColumnWidth(1, 133)
    accounts.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    window.ui.splitter.setSizes([200, 480])
    window.close()

    again = MainWindow(
        ctx.paths, QSettings(str(ctx.paths.settings_file), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(again)
    again.show()
    again.attach(ctx)
    assert again.size().height() == 520
    assert again.ui.splitter.sizes()[0] == window.ui.splitter.sizes()[0]
    restored = again.page("accounts")
    assert restored.table.columnWidth(1) == 133
    header = restored.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        3,
        Qt.SortOrder.DescendingOrder,
    )


def test_settings_page_is_reached_from_the_menu(qtbot, window) -> None:
    window.go_actions["settings"].trigger()
    assert window.current_key() == "settings"
