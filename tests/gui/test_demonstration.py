"""The demonstration city: a register of its own, tried from the first-run dialog, the File
menu or `clerkdesk --demo`, and left again; the real register is never touched."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from clerkdesk.gui.window.app import Startup
from clerkdesk.gui.window.main_window import MainWindow
from clerkdesk.paths import demo_paths
from clerkdesk.services.accounts.writes import list_accounts
from clerkdesk.services.city.writes import get_city


class FakeApp:
    def __init__(self) -> None:
        self.codes: list[int] = []

    def exit(self, code: int) -> None:
        self.codes.append(code)


@pytest.fixture
def startup(qtbot, paths):
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(paths, settings)  # replaced (and deleted) as the register changes
    window.show()
    started = Startup(FakeApp(), window, settings, exit_when_ready=False)  # type: ignore[arg-type]
    yield started
    close_windows(started)


def close_windows(started: Startup) -> None:
    import shiboken6

    if shiboken6.isValid(started.window):
        started.window.close()
    started.close()


def wait_for_demo(qtbot, startup) -> MainWindow:
    qtbot.waitUntil(
        lambda: startup.window.demonstration and startup.window.ctx is not None, timeout=30_000
    )
    return startup.window


def test_try_the_demonstration_from_the_first_run(qtbot, startup, paths) -> None:
    startup.open()
    dialog = startup.first_run
    assert dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).text() == (
        "&Set up my city"
    )
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    window = wait_for_demo(qtbot, startup)
    assert window.windowTitle() == "Demonstration — City of Maple Falls — ClerkDesk"
    banner = window.findChild(type(window.city_label), "demo_banner")
    assert banner is not None and banner.isVisible() and "Demonstration" in banner.text()
    assert window.ctx.db.paths == demo_paths(paths)
    assert len(list_accounts(window.ctx.db)) > 5
    assert window.leave_demo_action.isVisible()
    assert get_city(startup.db) is None  # the real register: still new


def test_leaving_comes_back_to_the_first_run_of_a_new_register(qtbot, startup) -> None:
    startup.open()
    qtbot.mouseClick(startup.first_run.demo_button, Qt.MouseButton.LeftButton)
    demo = wait_for_demo(qtbot, startup)
    demo.leave_demo_action.trigger()
    assert startup.window is not demo and not startup.window.demonstration
    assert startup.first_run.isVisible() and startup.demo_db is None


def test_leaving_comes_back_to_the_real_register(qtbot, paths, db, startup) -> None:
    startup.open()  # the register has its city: the window shows it
    real = startup.window
    assert real.ctx is not None and real.ctx.city.name == "Stoughton"
    real.ui.action_load_demo.trigger()  # File → Try the demonstration city
    demo = wait_for_demo(qtbot, startup)
    import shiboken6

    assert demo is not real
    qtbot.waitUntil(lambda: not shiboken6.isValid(real))  # closed, and let go (deleteLater)
    assert startup.db.listeners == []  # the real register's window follows it no more
    demo.leave_demo_action.trigger()
    back = startup.window
    assert not back.demonstration and back.ctx.city.name == "Stoughton"
    assert back.windowTitle() == "Stoughton — ClerkDesk"
    assert len(startup.db.listeners) == 1
    assert list_accounts(db) == []  # never touched


def test_clerkdesk_demo_opens_it_at_once(qtbot, paths) -> None:
    from clerkdesk.cli.parser import build_parser

    assert build_parser().parse_args(["--demo"]).demo is True
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(paths, settings)
    window.show()
    startup = Startup(FakeApp(), window, settings, exit_when_ready=False, demo=True)  # type: ignore[arg-type]
    try:
        startup.open()
        shown = wait_for_demo(qtbot, startup)
        assert startup.db is None  # the real register was not even opened
        assert shown.page("reviews") is not None
    finally:
        close_windows(startup)
