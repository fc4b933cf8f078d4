"""The cyclic garbage collector through start-up: `__main__` pauses it while the program loads
(start-up allocates a great deal and frees almost nothing), and `resume_collection` starts it
again once the program has loaded what it runs on."""

from __future__ import annotations

import gc


def resume_collection() -> None:
    """Collect again from now on. What start-up made (modules, classes, the first page's
    rows) lives as long as the program: it is frozen, left out of every later collection, so
    that those stay short. Nothing happens when collection was never paused (the tests, a
    program that imports ClerkDesk)."""
    if gc.isenabled():
        return
    gc.freeze()
    gc.enable()
