"""The cyclic garbage collector through start-up: `__main__` pauses it while the program loads
(start-up allocates a great deal and frees almost nothing), and `resume_collection` starts it
again once the program has loaded what it runs on. And the sources PySide reads: its import
hook (for `from __feature__ import`) reads the source of every module imported after PySide
into `linecache`, where it would stay for the life of the program (25 MB with every page
loaded); `forget_sources` lets it go once the modules are loaded (a traceback reads what it
shows again). And `paused`, for work that makes a great many objects at once and no cycle
among them (the obligations of a city: tens of thousands of tuples), which the collector would
otherwise walk over and over while they are being made."""

from __future__ import annotations

import gc
import linecache
from collections.abc import Iterator
from contextlib import contextmanager


def resume_collection() -> None:
    """Collect again from now on. What start-up made (modules, classes, the first page's
    rows) lives as long as the program: it is frozen, left out of every later collection, so
    that those stay short. Nothing happens when collection was never paused (the tests, a
    program that imports ClerkDesk)."""
    if gc.isenabled():
        return
    forget_sources()
    gc.freeze()
    gc.enable()


def forget_sources() -> None:
    """Drop the module sources read into `linecache` so far."""
    linecache.clearcache()


@contextmanager
def paused() -> Iterator[None]:
    """No collection while the block runs; collection as before once it ends, by whatever way
    it ends. What the block made is looked at once, by the next collection, instead of by
    every collection its making would have set off (in the 10,000-account city's obligations,
    some eighty of them)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
