"""The collector paused through start-up, and started again once the program has loaded."""

from __future__ import annotations

import gc
import linecache

from clerkdesk.collection import paused, resume_collection


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


def test_paused_stops_collection_for_the_block_and_resumes_it_however_the_block_ends() -> None:
    assert gc.isenabled()
    with paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    try:
        with paused():
            raise KeyError("a failed read")
    except KeyError:
        pass
    assert gc.isenabled()


def test_paused_inside_a_pause_leaves_collection_paused() -> None:
    """Start-up has collection paused already: the block does not start it early."""
    gc.disable()
    try:
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
