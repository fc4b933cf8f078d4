"""`clerkdesk`: the desktop window, or one command of the command line (INTERFACE.md)."""

from __future__ import annotations

import gc
import sys


def main(argv: list[str] | None = None) -> int:
    """Run the window or a command; the exit status. Started as the program itself (no
    `argv`), the process ends here: see `leave`."""
    # Start-up allocates a great deal and frees almost nothing: no cyclic collection until
    # the first page has painted or the command begins (`collection.resume_collection`).
    from .collection import pause_for_start_up
    from .interrupts import keep_ctrl_c

    keep_ctrl_c()
    pause_for_start_up()
    try:
        from .cli import main as cli_main

        status = cli_main(sys.argv[1:] if argv is None else argv)
    except KeyboardInterrupt:
        # Ctrl+C while the program was still loading: nothing had begun.
        print("clerkdesk: error: interrupted; nothing half-done was kept", file=sys.stderr)
        status = 130
    finally:
        gc.enable()
    if argv is None:
        leave(status)
    return status


def leave(status: int) -> None:
    """End the process now that everything is saved: the database is closed, the window's
    layout and settings are written, the exit handlers (the log's among them) have run. What
    is left is tearing down every module and object one by one, memory the system takes back
    at once; skipping it makes closing (and a measured start) a tenth of a second shorter.
    With a thread of our own still running, the interpreter ends the usual way instead."""
    import atexit
    import contextlib
    import os
    import threading

    if threading.active_count() > 1:
        return
    # Among them Qt's own ending (PySide's handlers): the window goes and the clipboard is
    # handed over, so that what was copied can still be pasted once the program has ended.
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing more to say
            stream.flush()
    os._exit(status)


if __name__ == "__main__":
    sys.exit(main())
