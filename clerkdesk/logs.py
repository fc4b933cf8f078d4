"""The log file: bugs are written here with their traceback."""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOGGER = logging.getLogger("clerkdesk")

LOG_LIMIT = 2_000_000  # bytes: a longer log is set aside when the program starts
LOGS_KEPT = 3  # clerkdesk.log.1 … .3, the newest first


def setup_logging(log_file: Path) -> None:
    """Log to `log_file` (once per process); secrets are never passed to the log. A log grown
    past `LOG_LIMIT` is set aside as it is opened, never while another window or command may be
    writing to it (on Windows a file that is open elsewhere cannot be renamed)."""
    if any(getattr(h, "clerkdesk", False) for h in LOGGER.handlers):
        return
    try:
        from .paths import private_dir, private_file

        private_dir(log_file.parent.parent)
        private_dir(log_file.parent)
        _set_aside(log_file)
        private_file(log_file)
        handler: logging.Handler = logging.FileHandler(log_file, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.clerkdesk = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    LOGGER.addHandler(handler)
    LOGGER.setLevel(logging.INFO)


def _set_aside(log_file: Path) -> None:
    """clerkdesk.log → .1 → .2 …, the oldest dropped, when the log is past its limit."""
    try:
        if log_file.stat().st_size < LOG_LIMIT:
            return
        for n in range(LOGS_KEPT - 1, 0, -1):
            older = log_file.with_name(f"{log_file.name}.{n}")
            if older.exists():
                os.replace(older, log_file.with_name(f"{log_file.name}.{n + 1}"))
        os.replace(log_file, log_file.with_name(f"{log_file.name}.1"))
    except OSError:
        return  # no log yet, or one in use elsewhere: it grows a little longer
