"""Typing in the Accounts filter of the real window at 10,000 rows: the time from a keystroke
to the repainted table, for each prefix of a few words a clerk would type."""

from __future__ import annotations

from pathlib import Path

from bench.opened_window import opened_window, typing_in

WORDS = ["department 123", "facebook", "pre-existing", "approved", "mayor", "benchcity0999"]


def measure(home: Path) -> tuple[float, float]:
    """(worst, median) seconds per keystroke."""
    with opened_window(home) as (app, window):
        return typing_in(app, window, "accounts", WORDS)
