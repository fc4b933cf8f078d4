"""Ctrl+C wherever it lands. Python turns it into KeyboardInterrupt at the next instruction,
which may be inside a callback the interpreter runs for itself (an import lock's cleanup, a
finalizer): from there it cannot reach the command, so Python prints "Exception ignored …
KeyboardInterrupt" with a traceback and goes on as if no key had been pressed. Here it is
raised again at once, where the command's own handling meets it (exit 130, one line)."""

from __future__ import annotations

import _thread
import sys
import threading
from typing import Any

_IN_HOOK = threading.Lock()


def _after_the_hook() -> None:
    with _IN_HOOK:  # waits, without a clock, until the hook has let go
        pass
    _thread.interrupt_main()


def _say_again(unraisable: Any, previous: Any) -> None:
    if not isinstance(unraisable.exc_value, KeyboardInterrupt):
        previous(unraisable)
        return
    # From another thread once this hook has let go: raised in the hook itself, it would be
    # swallowed there as well. No timer: a clock set for a test must not hold it back.
    with _IN_HOOK:
        threading.Thread(target=_after_the_hook, daemon=True).start()


def keep_ctrl_c() -> None:
    """Install the hook (once) for the rest of the process."""
    previous = sys.unraisablehook
    if getattr(previous, "clerkdesk_keeps_ctrl_c", False):
        return

    def hook(unraisable: Any) -> None:
        _say_again(unraisable, previous)

    hook.clerkdesk_keeps_ctrl_c = True  # type: ignore[attr-defined]
    sys.unraisablehook = hook
