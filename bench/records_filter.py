"""Typing in the filter of the Requests and Removed content pages of the real window, at the
benchmark city's 2,000 requests and 50,000 removals: the time from a keystroke to the
repainted table."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

WORDS = {"requests": ["R-01234", "denied", "benchcity0999"], "removals": ["@poster01234", "threat"]}


def measure(home: Path) -> dict[str, tuple[float, float]]:
    """(worst, median) seconds per keystroke, by page."""
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
    found: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(paths, settings)
        window.resize(1280, 800)
        window.show()
        window.attach(AppContext(paths, db, get_city(db), settings))
        window.repaint()
        resume_collection()  # as the program does once its first page has painted
        for key, words in WORDS.items():
            window.go(key)
            app.processEvents()
            page = window.page(key)
            page.table.viewport().repaint()
            times = []
            for word in words:
                for end in range(1, len(word) + 1):
                    start = time.perf_counter()
                    page.filter_edit.setText(word[:end])
                    page.table.viewport().repaint()
                    times.append(time.perf_counter() - start)
                page.filter_edit.setText("")
            found[key] = (max(times), statistics.median(times))
        window.close()
    db.close()
    return found
