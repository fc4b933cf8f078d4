"""Writing files the user asked for so that a failure never leaves half a file behind."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from sqlalchemy.orm import Session

from ...core.errors import ClerkDeskError
from ...paths import private_file
from ..integrity.audit import Change, record
from .database import Database

PREVIEW_PREFIX = "clerkdesk-preview-"


def preview_folder() -> Path:
    """A new private folder for a printout shown in the preview before it goes anywhere. What
    is printed into it is recorded as printed "for the preview", never under its temporary
    name; where the user then saves or prints it is recorded by `save_printout`."""
    return Path(tempfile.mkdtemp(prefix=PREVIEW_PREFIX))


def for_the_preview(target: Path, change: Change) -> Change:
    """`change` as recorded for a printout written into a preview folder: "…for the preview",
    without the temporary file's name; any other `change` as it is."""
    folder = target.parent
    if not (
        folder.name.startswith(PREVIEW_PREFIX) and folder.parent == Path(tempfile.gettempdir())
    ):
        return change
    return replace(
        change,
        summary=change.summary.replace(f" to {target}", " for the preview"),
        details={**change.details, "file": None, "shown": "preview"},
    )


@contextmanager
def replacing(path: Path | str) -> Iterator[Path]:
    """A temporary path beside `path`; it becomes `path` only if the block succeeds."""
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    try:
        yield partial
        partial.replace(target)
        private_file(target)
    except OSError as exc:
        raise ClerkDeskError(f"could not write {target}: {exc.strerror or exc}") from exc
    finally:
        partial.unlink(missing_ok=True)


def write_recorded(
    db: Database,
    path: Path | str,
    produce: Callable[[Path], object],
    change: Change,
    alongside: Callable[[Session], object] | None = None,
) -> Path:
    """Make a file that leaves the program (an export, a printout, a backup, a handover) and
    record it in the audit log. `produce` writes a temporary file beside `path`, holding no
    lock; then the event is committed (with what `alongside` writes in the same transaction:
    what the file published, which the event says), and only then is the file moved into place.

    The order is chosen so that an event never misses a file a user can see: a crash between
    the commit and the move leaves an event for a file that never appeared (the log says more
    left than did, which an auditor can live with), never a file that left without its event.
    The other order (move, then commit, withdrawing the file on rollback) cannot withdraw it
    when the process is killed between the two."""
    target = Path(path)
    change = for_the_preview(target, change)
    if target.is_dir():
        # Said before the event is committed: the move after it could not succeed.
        raise ClerkDeskError(f"could not write {target}: it is a folder; give a file name")
    partial = target.with_name(target.name + ".partial")
    try:
        produce(partial)
        with db.writing() as session:
            if alongside is not None:
                alongside(session)
            record(session, db, change)
        partial.replace(target)
    except OSError as exc:
        raise ClerkDeskError(f"could not write {target}: {exc.strerror or exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
    private_file(target)
    return target


def save_printout(db: Database, pdf: Path, target: Path | str, what: str) -> Path:
    """A copy of a printout shown in the preview saved where the user chose: private to this
    user, as every file the program writes, and recorded in the audit log where it went (the
    preview's own file is temporary)."""
    target = Path(target)
    return write_recorded(
        db,
        target,
        lambda partial: shutil.copyfile(pdf, partial),
        Change(
            "printout.copy",
            "printout",
            str(target)[:500],
            f"Saved {what} to {target}",
            {"file": str(target)},
        ),
    )


def record_paper(db: Database, what: str, printer: str, sheets: int) -> None:
    """A printout shown in the preview and sent to a printer, recorded with the printer's name."""
    with db.writing() as session:
        record(
            session,
            db,
            Change(
                "printout.paper",
                "printout",
                printer[:500],
                f"Sent {what} to the printer {printer} ({sheets} sheet(s))",
                {"printer": printer, "sheets": sheets},
            ),
        )
