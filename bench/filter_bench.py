"""Typing in the Accounts filter of the real window at 10,000 rows: the time from a keystroke
to the repainted table, for each prefix of a few words a clerk would type."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

WORDS = ["department 123", "facebook", "pre-existing", "approved", "mayor", "benchcity0999"]


def measure(home: Path) -> tuple[float, float]:
    """(worst, median) seconds per keystroke."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from clerkdesk.collection import resume_collection
    from clerkdesk.gui.context import AppContext
    from clerkdesk.gui.main_window import MainWindow
    from clerkdesk.paths import resolve_paths
    from clerkdesk.services.city import get_city
    from clerkdesk.services.database import Database

    app = QApplication.instance() or QApplication([])
    paths = resolve_paths(home=str(home))
    db = Database.open(paths)
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(paths, settings)
        window.resize(1280, 800)
        window.show()
        window.attach(AppContext(paths, db, get_city(db), settings))
        window.repaint()
        resume_collection()  # as the program does once its first page has painted
        window.go("accounts")
        app.processEvents()
        page = window.page("accounts")
        page.table.viewport().repaint()
        times = []
        for word in WORDS:
            for end in range(1, len(word) + 1):
                start = time.perf_counter()
                page.filter_edit.setText(word[:end])
                page.table.viewport().repaint()
                times.append(time.perf_counter() - start)
            page.filter_edit.setText("")
        window.close()
    db.close()
    return max(times), statistics.median(times)
