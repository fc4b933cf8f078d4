"""A Ctrl+C that lands inside a callback the interpreter runs for itself (where Python would
print "Exception ignored … KeyboardInterrupt" and carry on) is raised again where the command
meets it."""

from __future__ import annotations

import sys
import time
import weakref

import pytest

from clerkdesk.interrupts import keep_ctrl_c


class Thing:
    """Something a weak reference can watch."""


def test_an_interrupt_swallowed_by_a_callback_is_raised_again(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "unraisablehook", sys.unraisablehook)  # put back afterwards
    keep_ctrl_c()

    def interrupted(_ref: object) -> None:
        raise KeyboardInterrupt  # as a Ctrl+C arriving inside this callback would

    thing = Thing()
    ref = weakref.ref(thing, interrupted)
    with pytest.raises(KeyboardInterrupt):
        del thing  # the callback runs; its exception cannot propagate from there
        for _ in range(200):  # ...but it is raised again here, in the program's own code
            time.sleep(0.01)
    assert ref() is None


def test_other_unraisable_errors_go_on_as_before(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: seen.append(type(u.exc_value)))
    keep_ctrl_c()

    def broken(_ref: object) -> None:
        raise ValueError("a finalizer's own error")

    thing = Thing()
    ref = weakref.ref(thing, broken)
    del thing
    assert seen == [ValueError] and ref() is None
