"""File → Export → Public list of accounts…: the city's official accounts written into a folder
the clerk chooses, as a page to post (HTML) with the same as CSV and JSON, and the inventory as
a page beside it; made in the background, and the publication recorded (the yearly item to
publish it again counts from it)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget

from ...core.words import counted
from ..widgets import messages
from ..window.background import Operation, Progress, run_in_background
from ..window.context import AppContext
from .folders import remembered_folder

if TYPE_CHECKING:
    from ...services.accounts.public_list import Published

FOLDER = "folders/public_list"


def ask_public_list(parent: QWidget, ctx: AppContext) -> Operation | None:
    """Ask for the folder, and write the list there (None: cancelled)."""
    chosen = QFileDialog.getExistingDirectory(
        parent,
        "Write the public list of accounts into a folder",
        remembered_folder(ctx.settings, FOLDER),
    )
    if not chosen:
        return None
    ctx.settings.setValue(FOLDER, chosen)
    return start_public_list(parent, ctx, Path(chosen))


def start_public_list(parent: QWidget, ctx: AppContext, folder: Path) -> Operation:
    from ...services.accounts.public_list import publish

    def work(progress: Progress) -> Published:
        return publish(ctx.db, folder)

    def done(published: Published) -> None:
        names = "\n".join(f"  {path.name}" for path in published.files)
        messages.show_info(
            parent,
            f"Wrote the public list of {counted(published.accounts, 'account')} in use, and "
            f"the inventory, to {published.folder}:\n{names}\n\nPost official-accounts.html "
            "(or the CSV or JSON file) on the city's website. Today shows when the list is "
            "due to be verified and published again.",
            title="Public list of accounts",
        )

    return run_in_background(parent, "Writing the public list of accounts…", work, done)
