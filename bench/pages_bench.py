"""The real window on the 10,000-account city: how long switching to each page takes once it
has been shown (the time from the keystroke's switch to the page painted), and how much memory
the window holds, after start-up and with every page loaded."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from bench.opened_window import opened_window, settle


def resident_mb() -> float | None:
    """This process's resident memory (Linux /proc), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


FIRST_SHOWN: dict[str, float] = {}  # the last measure's first show of each page, in seconds


def measure(home: Path, rounds: int = 5) -> tuple[dict[str, float], float | None, float | None]:
    """(worst switch in seconds by page key, MB resident with Today shown, MB with every page
    loaded). Each page's first show (created, read and painted) is left in `FIRST_SHOWN`."""
    with opened_window(home) as (app, window):
        at_start = resident_mb()
        keys = [entry.key for entry in window.entries]
        FIRST_SHOWN.clear()
        for key in keys:  # each page shown once: created and filled
            start = time.perf_counter()
            window.go(key)
            window.repaint()
            settle(app)
            FIRST_SHOWN[key] = time.perf_counter() - start
        loaded = resident_mb()
        times: dict[str, list[float]] = {key: [] for key in keys}
        for _ in range(rounds):
            for key in keys:
                start = time.perf_counter()
                window.go(key)
                window.repaint()  # the page painted, as the screen would show it
                times[key].append(time.perf_counter() - start)
                settle(app)
    return {key: max(values) for key, values in times.items()}, at_start, loaded


def summary(worst: dict[str, float]) -> tuple[str, float, float]:
    """(the slowest page, its worst switch, the median of the pages' worst)."""
    slowest = max(worst, key=lambda key: worst[key])
    return slowest, worst[slowest], statistics.median(worst.values())


# The pages that grow with the city (issue 30): each shown within 300 ms at 40,000 accounts.
GROWING = ("site_checks", "removals", "audit", "accounts")


def first_shows(
    home: Path, keys: tuple[str, ...] = GROWING, first: dict[str, float] | None = None
) -> dict[str, float]:
    """Each page's first show in the window opened on the city in `home` (created, read and
    painted with its rows), in seconds. A page reading a long list off the UI thread is
    painted at once and again once its rows are shown: the figure runs to that second paint.
    `first` is given, for a page that shows its first rows before the whole list, when they
    were painted."""
    from clerkdesk.gui.window.background import Operation

    shown: dict[str, float] = {}
    with opened_window(home) as (app, window):
        for key in keys:
            start = time.perf_counter()
            window.go(key)
            window.repaint()
            model = getattr(window.page(key), "model", None)
            while Operation._running and model is not None and not model.rowCount():
                app.processEvents()
                time.sleep(0.002)
            if first is not None and Operation._running:  # the first rows, the rest coming
                window.repaint()
                first[key] = time.perf_counter() - start
            settle(app)
            window.repaint()
            shown[key] = time.perf_counter() - start
    return shown
