"""What the frozen reads let go is collected when the clerk turns to another program, not while
she uses the window (`collection.sweep`)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from clerkdesk import collection
from clerkdesk.collection import KEEP_FROM, pause_for_start_up, paused, resume_collection
from clerkdesk.gui.window.app import sweep_when_away


class Held:
    def __init__(self) -> None:
        self.me = self  # a cycle: only a collection frees it


@pytest.fixture
def started() -> Iterator[None]:
    """Collection as in the program once its first page has painted."""
    pause_for_start_up()
    resume_collection()
    yield
    gc.enable()
    gc.unfreeze()
    collection._keep_made = False
    collection._swept = True


def test_turning_to_another_program_collects_a_cycle_let_go_after_a_long_read(
    qapp: Any, started: None
) -> None:
    turned = sweep_when_away(qapp)  # as the window is run
    held = Held()
    seen = weakref.ref(held)
    with paused():  # a page's long list read
        rows = [(i, [i]) for i in range(2 * KEEP_FROM)]
    del held
    try:
        qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
        gc.collect()
        assert seen() is not None  # in use: left for later
        qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
        assert seen() is None
        assert len(rows) == 2 * KEEP_FROM
    finally:
        qapp.applicationStateChanged.disconnect(turned)
