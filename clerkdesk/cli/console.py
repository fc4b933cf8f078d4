"""The process's standard streams: text out in UTF-8 whatever the system's code page."""

from __future__ import annotations

import contextlib
import sys


def use_utf8_streams() -> None:
    """UTF-8 on standard output and error (and input), as the frozen program's UTF-8 mode
    has it: on Windows, Python otherwise writes redirected output in the ANSI code page
    (cp1252), where a name such as "Łukasz Nguyễn" cannot be written. What cannot be encoded
    is replaced rather than raised: a report is never the step that fails."""
    for stream, errors in (
        (sys.stdin, "strict"),
        (sys.stdout, "replace"),
        (sys.stderr, "backslashreplace"),
    ):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:  # none at all (a windowed program), or not a text file
            continue
        with contextlib.suppress(ValueError, OSError):
            reconfigure(encoding="utf-8", errors=errors)
