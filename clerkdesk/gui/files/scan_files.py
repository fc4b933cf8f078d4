"""The scanned copy of a signed paper (an agreement, a review worksheet): chosen from a file
dialog that starts in the folder of the last one, kept by a service, and opened in the program
the computer has for it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ...core.errors import ClerkDeskError, ValidationError
from ..widgets import messages
from ..window.context import AppContext
from . import desktop
from .folders import remembered_folder

_FOLDER = "folders/scans"


def choose_scan(parent: QWidget, ctx: AppContext, title: str) -> Path | None:
    folder = remembered_folder(ctx.settings, _FOLDER)
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, desktop.SCAN_FILTER)
    return Path(name) if name else None


def keep_scan(parent: QWidget, ctx: AppContext, attach: Callable[[], object], path: Path) -> bool:
    """Run the service that keeps `path`; say plainly why not, if it cannot."""
    try:
        attach()
    except ValidationError as error:
        messages.show_error(parent, "; ".join(error.fields.values()))
        return False
    except ClerkDeskError as error:
        messages.show_error(parent, error.message)
        return False
    ctx.settings.setValue(_FOLDER, str(path.parent))
    return True


def show_scan(parent: QWidget, locate: Callable[[], Path]) -> None:
    """Open the kept scan that `locate` finds (and checks is the file that was attached)."""
    try:
        path = locate()
    except ClerkDeskError as error:
        messages.show_error(parent, error.message)
        return
    if not desktop.open_file(path):
        messages.show_error(parent, f"no program on this computer opens {path.name}")
