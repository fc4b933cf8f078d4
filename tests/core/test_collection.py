"""The collector paused through start-up, and started again once the program has loaded."""

from __future__ import annotations

import gc
import linecache

from clerkdesk.collection import resume_collection


def test_after_the_pause_collection_resumes_with_start_up_frozen_and_sources_let_go() -> None:
    linecache.getline(__file__, 1)  # a source read, as PySide's import hook reads them
    assert __file__ in linecache.cache
    frozen_before = gc.get_freeze_count()
    gc.disable()  # as `python -m clerkdesk` starts
    try:
        resume_collection()
        assert gc.isenabled()
        assert gc.get_freeze_count() > frozen_before  # what start-up made is left out
        assert __file__ not in linecache.cache
    finally:
        gc.enable()
        gc.unfreeze()


def test_without_a_pause_nothing_changes() -> None:
    """The tests, or a program that imports ClerkDesk, collect as they always did."""
    linecache.getline(__file__, 1)
    frozen_before = gc.get_freeze_count()
    resume_collection()
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen_before
    assert __file__ in linecache.cache
