"""Writing files the user asked for so that a failure never leaves half a file behind."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..core.errors import ClerkDeskError
from .audit import Change, record
from .database import Database


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


def write_recorded(
    db: Database, path: Path | str, produce: Callable[[Path], object], change: Change
) -> Path:
    """Make a file that leaves the program (an export, a printout, a backup, a handover) and
    record it in the audit log, both or neither. `produce` writes a temporary file beside
    `path`, holding no lock; the event is recorded and the file put in place in one
    transaction, and the file is withdrawn again if that transaction does not commit."""
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    placed = False
    try:
        produce(partial)
        with db.writing() as session:
            record(session, db, change)
            partial.replace(target)
            placed = True
    except BaseException as exc:
        if placed:
            target.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise ClerkDeskError(f"could not write {target}: {exc.strerror or exc}") from exc
        raise
    finally:
        partial.unlink(missing_ok=True)
    return target
