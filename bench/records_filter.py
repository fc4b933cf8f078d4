"""Typing in the filter of the Requests and Removed content pages of the real window, at the
benchmark city's 2,000 requests and 50,000 removals: the time from a keystroke to the
repainted table."""

from __future__ import annotations

from pathlib import Path

from bench.opened_window import opened_window, typing_in

WORDS = {"requests": ["R-01234", "denied", "benchcity0999"], "removals": ["@poster01234", "threat"]}


def measure(home: Path) -> dict[str, tuple[float, float]]:
    """(worst, median) seconds per keystroke, by page."""
    with opened_window(home) as (app, window):
        return {key: typing_in(app, window, key, words) for key, words in WORDS.items()}
