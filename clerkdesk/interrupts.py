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


def _say_again(unraisable: Any, previous: Any) -> None:
    if isinstance(unraisable.exc_value, KeyboardInterrupt):
        # From another thread, a moment later, so that it is raised once this hook has
        # returned (raised in the hook itself, it would be swallowed there as well).
        later = threading.Timer(0.05, _thread.interrupt_main)
        later.daemon = True
        later.start()
        return
    previous(unraisable)


def keep_ctrl_c() -> None:
    """Install the hook (once) for the rest of the process."""
    previous = sys.unraisablehook
    if getattr(previous, "clerkdesk_keeps_ctrl_c", False):
        return

    def hook(unraisable: Any) -> None:
        _say_again(unraisable, previous)

    hook.clerkdesk_keeps_ctrl_c = True  # type: ignore[attr-defined]
    sys.unraisablehook = hook
