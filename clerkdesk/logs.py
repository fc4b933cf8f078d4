"""The log file: bugs are written here with their traceback."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOGGER = logging.getLogger("clerkdesk")


def setup_logging(log_file: Path) -> None:
    """Log to a rotating file (once per process); secrets are never passed to the log."""
    if any(getattr(h, "clerkdesk", False) for h in LOGGER.handlers):
        return
    try:
        from .paths import private_dir, private_file

        private_dir(log_file.parent.parent)
        private_dir(log_file.parent)
        private_file(log_file)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.clerkdesk = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    LOGGER.addHandler(handler)
    LOGGER.setLevel(logging.INFO)
