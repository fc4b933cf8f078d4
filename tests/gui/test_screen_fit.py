"""The window on the screens city offices have: 1366×768 and 1024×768 laptops."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout

from clerkdesk.gui.dialogs.layout_dialog import LayoutDialog
from clerkdesk.gui.window.main_window import MainWindow
from clerkdesk.gui.window.screen_fit import first_geometry, keep_on_screen

from .conftest import add_account, go


@pytest.mark.parametrize(
    ("room", "expected", "maximized"),
    [
        (QRect(0, 0, 1366, 728), QRect(0, 0, 1358, 690), True),  # 40 px taskbar
        (QRect(0, 0, 1024, 768), QRect(0, 0, 1016, 730), True),
        (QRect(0, 0, 1920, 1040), QRect(316, 101, 1280, 800), False),
        (QRect(1920, 0, 1920, 1040), QRect(2236, 101, 1280, 800), False),  # a second screen
    ],
)
def test_the_first_window_fits_the_free_area(room, expected, maximized) -> None:
    assert first_geometry(room, (8, 38)) == (expected, maximized)


def test_a_first_start_on_a_small_screen_fills_it_and_is_remembered(qtbot, ctx, paths) -> None:
    window = MainWindow(paths, ctx.settings)
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    assert free.width() < 1280  # the offscreen screen is small
    window.open_on_screen()
    assert window.windowState() & Qt.WindowState.WindowMaximized
    window.attach(ctx)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setGeometry(10, 20, 700, 500)
    window.close()  # the layout is saved as the window closes
    again = MainWindow(paths, QSettings(str(paths.settings_file), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    again.open_on_screen()
    assert not again.windowState() & Qt.WindowState.WindowMaximized
    assert again.height() == 500  # as left (its width: no wider than this small screen)


def test_every_page_fits_a_1024_window_without_scrolling(qtbot, window, city_db) -> None:
    """Pages registered by any package: each fits beside the navigation at 1024×768."""
    add_account(city_db, "https://facebook.com/maplefallsparksandrecreationdepartment")
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1016, 700)
    qtbot.wait(10)
    assert window.width() <= 1016
    too_wide = {}
    for entry in window.entries:
        window.go(entry.key)
        page = window.page(entry.key)
        room = window.ui.pages.width()
        if page.minimumSizeHint().width() > room:
            too_wide[entry.key] = (page.minimumSizeHint().width(), room)
    assert too_wide == {}


def test_settings_save_is_reachable_at_1024(qtbot, window) -> None:
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1016, 700)
    page = go(qtbot, window, "settings")
    save = page.ui.save_button
    assert save.isVisible()
    corner = save.mapTo(window, QPoint(save.width(), save.height()))
    assert window.rect().contains(corner)
    assert page.ui.parameters_scroll.widget() is page.ui.parameters_contents


def test_a_dialog_larger_than_the_screen_is_brought_onto_it(qtbot) -> None:
    dialog = LayoutDialog(QSettings(), "too-big")
    QVBoxLayout(dialog)
    qtbot.addWidget(dialog)
    free = dialog.screen().availableGeometry()
    dialog.resize(free.width() + 400, free.height() + 300)
    dialog.move(free.x() + 200, free.y() + 100)
    keep_on_screen(dialog)
    assert free.contains(dialog.frameGeometry())


def test_dialogs_fit_themselves_when_shown(qtbot, window, city_db) -> None:
    add_account(city_db, "https://facebook.com/parks")
    accounts = go(qtbot, window, "accounts")
    accounts.select_where(lambda row: True)
    dialog = accounts.open_account(accounts.selected().view.id)
    free = dialog.screen().availableGeometry()
    qtbot.waitUntil(lambda: free.contains(dialog.frameGeometry()), timeout=2000)
    assert isinstance(dialog, QDialog)
    # Its eight buttons of the People tab are on two rows.
    row = dialog.ui.people_buttons_layout
    assert len([i for i in range(row.count()) if row.itemAt(i).widget() is not None]) == 4
    dialog.reject()


def test_a_geometry_saved_on_a_wider_screen_is_fitted_to_this_one(qtbot, paths) -> None:
    """Used on a 1366-wide screen, reopened on a smaller one: the window fits the free area of
    the screen it opens on, its title bar's buttons and its columns in sight."""
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(paths, settings)
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    window.setGeometry(free.x() + 40, free.y() + 30, free.width() + 566, free.height() - 100)
    window.show()
    qtbot.waitExposed(window)
    assert window.width() > free.width()  # as it was left on the wider screen
    window.close()  # the layout is saved as the window closes
    again = MainWindow(paths, QSettings(str(paths.settings_file), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    again.open_on_screen()
    qtbot.waitExposed(again)
    assert free.contains(again.frameGeometry()), (again.frameGeometry(), free)
    assert again.height() == free.height() - 100  # what fitted is kept


def test_a_geometry_that_fits_is_used_as_saved(qtbot, paths) -> None:
    window = MainWindow(paths, QSettings(str(paths.settings_file), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.setGeometry(60, 70, 600, 400)
    window.show()
    qtbot.waitExposed(window)
    window.close()
    again = MainWindow(paths, QSettings(str(paths.settings_file), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    again.open_on_screen()
    qtbot.waitExposed(again)
    assert again.geometry() == QRect(60, 70, 600, 400)


def test_a_maximized_window_saved_on_a_wider_screen_comes_back_to_a_size_that_fits(
    qtbot, paths
) -> None:
    window = MainWindow(paths, QSettings(str(paths.settings_file), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    window.setGeometry(20, 30, free.width() + 566, free.height() - 100)
    window.showMaximized()
    qtbot.waitExposed(window)
    window.close()
    again = MainWindow(paths, QSettings(str(paths.settings_file), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    again.open_on_screen()
    qtbot.waitExposed(again)
    assert again.isMaximized()
    again.showNormal()
    qtbot.waitUntil(lambda: not again.isMaximized())
    assert free.contains(again.frameGeometry()), (again.frameGeometry(), free)
