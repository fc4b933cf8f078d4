"""How long the window's UI thread is held at once while each page is first shown (issue 30:
no load on it longer than one frame, 16 ms): a timer asks to run every millisecond, and the
longest gap between its runs, from the switch until the page has painted its rows, is the
longest the window could not answer a key or paint."""

from __future__ import annotations

import time
from itertools import pairwise
from pathlib import Path

from bench.opened_window import opened_window, settle

FRAME = 0.016


def longest_holds(home: Path) -> dict[str, float]:
    """The longest hold of the UI thread, in seconds, during each page's first show."""
    from PySide6.QtCore import QTimer

    stamps: list[float] = []
    holds: dict[str, float] = {}
    with opened_window(home) as (app, window):
        timer = QTimer()
        timer.setInterval(1)
        timer.timeout.connect(lambda: stamps.append(time.perf_counter()))
        timer.start()
        for key in [entry.key for entry in window.entries]:
            stamps[:] = [time.perf_counter()]
            window.go(key)
            window.repaint()
            settle(app)
            window.repaint()
            stamps.append(time.perf_counter())
            holds[key] = max(b - a for a, b in pairwise(stamps))
        timer.stop()
    return holds


def report() -> None:
    """(Issue 30:) the longest hold while each page is first shown, on the 10,000- and
    40,000-account cities, and the pages held longer than a frame."""
    from bench.homes import city_home

    for accounts in (10_000, 40_000):
        holds = longest_holds(city_home(accounts))
        over = {key: held for key, held in holds.items() if held > FRAME}
        print(
            f"UI thread, {accounts:,} accounts: longest hold {max(holds.values()) * 1000:.0f} ms; "
            f"pages over one frame ({FRAME * 1000:.0f} ms): "
            + (", ".join(f"{k} {v * 1000:.0f} ms" for k, v in over.items()) or "none")
        )
