"""Writing files the user asked for so that a failure never leaves half a file behind."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..core.errors import ClerkDeskError


@contextmanager
def replacing(path: Path | str) -> Iterator[Path]:
    """A temporary path beside `path`; it becomes `path` only if the block succeeds."""
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    try:
        yield partial
        partial.replace(target)
    except OSError as exc:
        raise ClerkDeskError(f"could not write {target}: {exc.strerror or exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
