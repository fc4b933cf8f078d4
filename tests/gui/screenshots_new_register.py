"""Screenshots of a city just set up (for tests/gui/screenshots.py). Not a test."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from clerkdesk.gui.window.context import AppContext
from clerkdesk.gui.window.main_window import MainWindow
from clerkdesk.paths import resolve_paths
from clerkdesk.services.city.writes import get_city
from clerkdesk.services.kernel.database import Database


def shoot_a_new_register(home: Path, out: Path, save: Callable[[QWidget, Path, str], None]) -> None:
    """A city just set up: Today's first steps, and a department typed on the account form."""
    from datetime import date

    from clerkdesk.gui.pages.accounts.account_dialog import AccountDialog
    from clerkdesk.services.city.writes import init_city

    paths = resolve_paths(home=str(home / "new"))
    db = Database.open(paths, create=True)
    init_city(db, "City of Maple Falls", "stoughton", date(2026, 10, 1))
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(paths, settings)
    window.show()
    window.attach(AppContext(paths, db, get_city(db), settings))  # type: ignore[arg-type]
    save(window, out, "today_first_steps")
    dialog = AccountDialog(db, parent=window)
    dialog.show()
    dialog.ui.department_combo.setCurrentText("Parks")
    save(dialog, out, "account_new_register")
    dialog.reject()
    window.close()
    db.close()
