"""File → Back up the database…: a consistent copy taken in the background (SQLite's online
backup, or pg_dump for a server database), told with the audit chain's head as `clerkdesk
backup` prints it, so that whoever keeps that line can compare it with a later `check`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget

from ..widgets import messages
from ..window.background import Operation, Progress, run_in_background
from ..window.context import AppContext
from .folders import remembered_folder

if TYPE_CHECKING:
    from ...services.integrity.anchor import Head

FOLDER = "folders/backup"


def backup_name(ctx: AppContext) -> str:
    """ "ClerkDesk backup 2026-11-20.db" (".dump" for a server database's pg_dump)."""
    suffix = ".db" if ctx.db.paths.database_file is not None else ".dump"
    return f"ClerkDesk backup {ctx.today().isoformat()}{suffix}"


def ask_backup(parent: QWidget, ctx: AppContext | None) -> Operation | None:
    """Ask where, in a save dialog, and back up there (None: cancelled)."""
    if ctx is None:
        return None
    folder = remembered_folder(ctx.settings, FOLDER)
    chosen, _ = QFileDialog.getSaveFileName(
        parent, "Back up the database", str(Path(folder) / backup_name(ctx))
    )
    if not chosen:
        return None
    path = Path(chosen)
    ctx.settings.setValue(FOLDER, str(path.parent))
    return start_backup(parent, ctx, path)


def start_backup(parent: QWidget, ctx: AppContext, path: Path) -> Operation:
    from ...services.integrity.anchor import current_head
    from ...services.integrity.maintenance import backup

    def work(progress: Progress) -> tuple[Path, Head]:
        copy = backup(ctx.db, path)
        return copy, current_head(ctx.db)

    def done(result: tuple[Path, Head]) -> None:
        copy, head = result
        messages.show_info(parent, f"Backed up to {copy}.\n\n{head.describe()}", title="Backup")

    return run_in_background(parent, "Backing up the database…", work, done)
