"""The real window on the 10,000-account city: how long switching to each page takes once it
has been shown (the time from the keystroke's switch to the page painted), and how much memory
the window holds, after start-up and with every page loaded."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path


def resident_mb() -> float | None:
    """This process's resident memory (Linux /proc), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def measure(home: Path, rounds: int = 5) -> tuple[dict[str, float], float | None, float | None]:
    """(worst switch in seconds by page key, MB resident with Today shown, MB with every page
    loaded)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from clerkdesk.collection import resume_collection
    from clerkdesk.gui.background import Operation
    from clerkdesk.gui.context import AppContext
    from clerkdesk.gui.main_window import MainWindow
    from clerkdesk.paths import resolve_paths
    from clerkdesk.services.city import get_city
    from clerkdesk.services.database import Database

    app = QApplication.instance() or QApplication([])

    def settle() -> None:
        while Operation._running:  # pages that read a long list do so in the background
            app.processEvents()
            time.sleep(0.002)
        app.processEvents()

    paths = resolve_paths(home=str(home))
    db = Database.open(paths)
    worst: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(paths, settings)
        window.resize(1280, 800)
        window.show()
        window.attach(AppContext(paths, db, get_city(db), settings))
        settle()
        window.repaint()
        resume_collection()  # as the program does once its first page has painted
        at_start = resident_mb()
        keys = [entry.key for entry in window.entries]
        for key in keys:  # each page shown once: created and filled
            window.go(key)
            settle()
        loaded = resident_mb()
        times: dict[str, list[float]] = {key: [] for key in keys}
        for _ in range(rounds):
            for key in keys:
                start = time.perf_counter()
                window.go(key)
                window.repaint()  # the page painted, as the screen would show it
                times[key].append(time.perf_counter() - start)
                settle()
        worst = {key: max(values) for key, values in times.items()}
        window.close()
    db.close()
    return worst, at_start, loaded


def summary(worst: dict[str, float]) -> tuple[str, float, float]:
    """(the slowest page, its worst switch, the median of the pages' worst)."""
    slowest = max(worst, key=lambda key: worst[key])
    return slowest, worst[slowest], statistics.median(worst.values())
