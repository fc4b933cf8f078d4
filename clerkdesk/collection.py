"""The cyclic garbage collector through start-up: `__main__` pauses it while the program loads
(start-up allocates a great deal and frees almost nothing), and `resume_collection` starts it
again once the program has loaded what it runs on. And the sources PySide reads: its import
hook (for `from __feature__ import`) reads the source of every module imported after PySide
into `linecache`, where it would stay for the life of the program (25 MB with every page
loaded); `forget_sources` lets it go once the modules are loaded (a traceback reads what it
shows again). And `paused`, for work that makes a great many objects at once and no cycle
among them (the obligations of a city: tens of thousands of tuples), which the collector would
otherwise walk over and over while they are being made.

The collector's switch is one for the whole process, and a `paused` block may run in a worker
thread while start-up ends or another block runs: who turns collection back on, and when, is
settled here under one lock."""

from __future__ import annotations

import _thread
import gc
from collections.abc import Iterator
from contextlib import contextmanager

_lock = _thread.RLock()  # a finalizer that a sweep's collection runs may enter `paused`
_start_up = False  # paused by `pause_for_start_up`, not yet resumed
_blocks = 0  # `paused` blocks running, in any thread
_collect_after = False  # whether the last of them to end turns collection back on
_keep_made = False  # the window's: what a long read made is frozen as it ends (`keep_reads`)
_swept = True  # nothing frozen since start-up, or since the last sweep
# A block that made fewer objects than this leaves them to the collector: one that walks them
# takes a few milliseconds at most.
KEEP_FROM = 10_000


def pause_for_start_up() -> None:
    """No collection until `resume_collection` (`python -m clerkdesk` calls this first)."""
    global _start_up
    with _lock:
        _start_up = True
        gc.disable()


def resume_collection() -> None:
    """Collect again from now on. What start-up made (modules, classes, the first page's
    rows) lives as long as the program: it is frozen, left out of every later collection, so
    that those stay short. Nothing happens when start-up did not pause collection (the tests,
    a program that imports ClerkDesk), or once it has resumed."""
    global _start_up, _collect_after
    with _lock:
        if not _start_up:
            return
        _start_up = False
        forget_sources()
        gc.freeze()
        if _blocks:
            _collect_after = True  # a block is making its objects: it resumes when it ends
        else:
            gc.enable()


def keep_reads() -> None:
    """From now on, freeze what a long read makes as it ends (`paused`); the window calls it,
    with `sweep` when the clerk turns away. A command, which ends soon, has no need."""
    global _keep_made
    with _lock:
        _keep_made = True


def forget_sources() -> None:
    """Drop the module sources read into `linecache` so far."""
    import linecache  # loaded by then; `__main__` imports this module before anything else

    linecache.clearcache()


@contextmanager
def paused() -> Iterator[None]:
    """No collection while the block runs; collection as before once it ends, by whatever way
    it ends (and once the last of the blocks running at once ends). What the block made is
    looked at once, by the next collection, instead of by every collection its making would
    have set off (in the 10,000-account city's obligations, some eighty of them).

    In the window (`keep_reads`), what a block made, when it made many objects
    (`KEEP_FROM`), is frozen as it ends, as start-up's is: a page's rows and the obligations'
    facts live until read again, and a collection walking them (half a million tuples in the
    40,000-account city) would hold the window a fifth of a second, whichever thread it ran
    on. Rows read again replace them and are freed as ever (they hold no cycle). A cycle alive
    when a block ends and let go later (a dialog closed since) waits for `sweep`."""
    global _blocks, _collect_after, _swept
    with _lock:
        if _blocks == 0:
            _collect_after = gc.isenabled()
            gc.disable()
        _blocks += 1
    try:
        yield
    finally:
        with _lock:
            _blocks -= 1
            if _blocks == 0 and _collect_after:
                if _keep_made and gc.get_count()[0] >= KEEP_FROM:
                    gc.freeze()
                    _swept = False
                gc.enable()


def sweep() -> bool:
    """Collect, once, what the frozen blocks have let go since (the window calls it when the
    clerk turns to another program, where the pause goes unseen), and freeze what lives on;
    whether there was anything to sweep."""
    global _swept
    with _lock:
        if _swept or not gc.isenabled():  # off while a block runs, or start-up, or by choice
            return False
        _swept = True
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        return True
