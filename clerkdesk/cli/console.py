"""The process's standard streams: text out in UTF-8 whatever the system's code page, and
whether standard input is a console someone types at."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from typing import Any


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


def _console_mode(fd: int) -> bool:
    """Windows: whether the handle behind `fd` is a console (GetConsoleMode succeeds only on
    one; NUL and other character devices fail it)."""
    import ctypes
    import msvcrt  # type: ignore[import-not-found,unused-ignore]

    handle = msvcrt.get_osfhandle(fd)
    mode = ctypes.c_uint32()
    kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined,unused-ignore]
    return bool(kernel32.GetConsoleMode(ctypes.c_void_p(handle), ctypes.byref(mode)))


def stdin_is_console(
    stream: Any = None,
    *,
    windows: bool | None = None,
    console_mode: Callable[[int], bool] = _console_mode,
) -> bool:
    """Whether a secret should be asked for at a prompt rather than read from `stream`
    (standard input by default). isatty() alone is not enough on Windows: NUL is a character
    device, so isatty() is true, and a prompt there would wait for ever; there it must also be
    a real console."""
    stream = sys.stdin if stream is None else stream
    if stream is None:
        return False
    try:
        if not stream.isatty():
            return False
        if not (sys.platform == "win32" if windows is None else windows):
            return True
        return console_mode(stream.fileno())
    except (AttributeError, OSError, ValueError):
        return False
