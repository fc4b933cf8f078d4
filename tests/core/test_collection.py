"""The collector paused through start-up, and started again once the program has loaded; and
paused while a great many objects are made, from any thread."""

from __future__ import annotations

import gc
import linecache
import threading
import weakref
from collections.abc import Iterator

import pytest

from clerkdesk import collection
from clerkdesk.collection import (
    KEEP_FROM,
    keep_reads,
    pause_for_start_up,
    paused,
    resume_collection,
    sweep,
)


@pytest.fixture(autouse=True)
def collecting() -> Iterator[None]:
    """Each test starts and ends with collection on and no pause left behind."""
    assert gc.isenabled()
    yield
    gc.enable()
    gc.unfreeze()
    collection._start_up = False
    collection._keep_made = False
    collection._swept = True


def test_after_the_pause_collection_resumes_with_start_up_frozen_and_sources_let_go() -> None:
    linecache.getline(__file__, 1)  # a source read, as PySide's import hook reads them
    assert __file__ in linecache.cache
    frozen_before = gc.get_freeze_count()
    pause_for_start_up()  # as `python -m clerkdesk` starts
    assert not gc.isenabled()
    resume_collection()
    assert gc.isenabled()
    assert gc.get_freeze_count() > frozen_before  # what start-up made is left out
    assert __file__ not in linecache.cache
    frozen_once = gc.get_freeze_count()
    resume_collection()  # once only
    assert gc.get_freeze_count() == frozen_once


def test_without_a_pause_nothing_changes() -> None:
    """The tests, or a program that imports ClerkDesk, collect as they always did."""
    linecache.getline(__file__, 1)
    frozen_before = gc.get_freeze_count()
    resume_collection()
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen_before
    assert __file__ in linecache.cache


def test_paused_stops_collection_for_the_block_and_resumes_it_however_the_block_ends() -> None:
    with paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(KeyError), paused():
        raise KeyError("a failed read")
    assert gc.isenabled()


def test_a_block_during_start_up_leaves_collection_paused_until_start_up_ends() -> None:
    pause_for_start_up()
    with paused():
        assert not gc.isenabled()
    assert not gc.isenabled()
    resume_collection()
    assert gc.isenabled()


def test_start_up_ending_inside_a_block_resumes_collection_when_the_block_ends() -> None:
    """Today's first reading in a worker thread, and the first paint on the window's."""
    pause_for_start_up()
    with paused():
        resume_collection()
        assert not gc.isenabled()  # the block is still making its objects
    assert gc.isenabled()


def test_blocks_in_two_threads_resume_collection_when_the_last_one_ends() -> None:
    inside, leave = threading.Event(), threading.Event()

    def worker() -> None:
        with paused():
            inside.set()
            leave.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(5)
    with paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the worker's block is still running
    leave.set()
    thread.join(5)
    assert gc.isenabled()


def test_a_block_leaves_collection_off_when_it_found_it_off() -> None:
    """A program that imports ClerkDesk and turned collection off keeps it off."""
    gc.disable()
    with paused():
        pass
    assert not gc.isenabled()


class Held:
    """An object in a cycle of its own, whose end a weak reference sees."""

    def __init__(self) -> None:
        self.me = self


def test_in_the_window_a_block_that_made_many_objects_leaves_them_out_of_collections() -> None:
    pause_for_start_up()
    resume_collection()
    keep_reads()
    frozen = gc.get_freeze_count()
    with paused():
        few = [[i] for i in range(100)]
    assert gc.get_freeze_count() == frozen  # a collection walks these in no time
    with paused():
        rows = [[i] for i in range(2 * KEEP_FROM)]
    assert gc.get_freeze_count() >= frozen + len(rows)
    assert gc.isenabled()
    assert len(few) == 100


def test_a_command_freezes_nothing_and_sweeps_nothing() -> None:
    pause_for_start_up()
    resume_collection()  # as a command does once its modules are loaded
    frozen = gc.get_freeze_count()
    with paused():
        rows = [[i] for i in range(2 * KEEP_FROM)]
    assert gc.get_freeze_count() == frozen
    assert len(rows) == 2 * KEEP_FROM
    assert not sweep()


def test_a_sweep_collects_a_cycle_let_go_after_it_was_frozen_and_freezes_what_lives() -> None:
    pause_for_start_up()
    resume_collection()
    keep_reads()
    held = Held()
    seen = weakref.ref(held)
    with paused():
        rows = [[i] for i in range(2 * KEEP_FROM)]
    del held
    gc.collect()
    assert seen() is not None  # frozen with the rows, out of the collector's sight
    assert sweep()
    assert seen() is None
    assert gc.get_freeze_count() >= len(rows)  # what lives on is frozen again
    assert not sweep()  # nothing frozen since


def test_no_sweep_while_a_block_is_making_its_objects() -> None:
    """(Collection is off while a block runs, in whichever thread.)"""
    pause_for_start_up()
    resume_collection()
    keep_reads()
    with paused():
        rows = [[i] for i in range(2 * KEEP_FROM)]
    with paused():
        assert not sweep()
    assert sweep()
    assert len(rows) == 2 * KEEP_FROM
