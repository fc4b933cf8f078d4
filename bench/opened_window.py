"""The real window on a benchmark city, as the program opens it: 1280×800, the database
attached, Today painted, collection resumed (`clerkdesk.collection`); and what the window
benchmarks do in it."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def settle(app: Any) -> None:
    """Until the pages reading a long list in the background have shown it."""
    from clerkdesk.gui.window.background import Operation

    while Operation._running:
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()


@contextmanager
def opened_window(home: Path) -> Iterator[tuple[Any, Any]]:
    """(the application, the main window) on the city in `home`, closed afterwards."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from clerkdesk.collection import keep_reads
    from clerkdesk.gui.window.app import after_first_paint
    from clerkdesk.gui.window.context import AppContext
    from clerkdesk.gui.window.main_window import MainWindow
    from clerkdesk.paths import resolve_paths
    from clerkdesk.services.city.writes import get_city
    from clerkdesk.services.kernel.database import Database

    app = QApplication.instance() or QApplication([])
    paths = resolve_paths(home=str(home))
    db = Database.open(paths)
    try:
        with tempfile.TemporaryDirectory() as folder:
            settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
            window = MainWindow(paths, settings)
            window.resize(1280, 800)
            window.show()
            window.attach(AppContext(paths, db, get_city(db), settings))
            settle(app)
            window.repaint()
            after_first_paint()  # as the program does once its first page has painted
            keep_reads()  # and as its window does (`gui/window/app.py`, `sweep_when_away`)
            try:
                yield app, window
            finally:
                window.close()
    finally:
        db.close()


def typing_in(app: Any, window: Any, key: str, words: Sequence[str]) -> tuple[float, float]:
    """(worst, median) seconds from a keystroke in page `key`'s filter to its table
    repainted, typing each prefix of `words`."""
    window.go(key)
    settle(app)
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
    return max(times), statistics.median(times)
