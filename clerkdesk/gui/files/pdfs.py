"""PDFs the services print (agreements, review worksheets): built off the UI thread, then shown
in a preview with Print, Save as and Open."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ...core.errors import ClerkDeskError
from ...services.kernel.files import preview_folder
from ..widgets import messages
from ..window.background import Operation, Progress, run_in_background
from ..window.context import AppContext
from .pdf_pages import Preview, prepare_preview

if TYPE_CHECKING:
    from ..dialogs.pdf_preview_dialog import PdfPreviewDialog

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def file_name(*parts: str) -> str:
    """A PDF file name from its parts, safe on Windows: "Agreement - Dana Whitfield.pdf"."""
    text = " - ".join(_UNSAFE.sub(" ", p).strip() for p in parts if p.strip())
    return f"{' '.join(text.split())[:150] or 'ClerkDesk'}.pdf"


def start_preview(
    parent: QWidget,
    ctx: AppContext,
    label: str,
    make: Callable[[Path, Progress], Any],
    title: str,
    name: str,
    shown: Callable[[PdfPreviewDialog], None] | None = None,
) -> Operation:
    """Run `make(pdf_path, progress)` (a printing service) off the UI thread, then show the
    PDF it wrote. The PDF lives in a temporary folder until the preview closes and no page of
    it is being drawn any more."""
    folder = preview_folder()
    pdf = folder / name

    def work(progress: Progress) -> Preview:
        make(pdf, progress)
        progress("Preparing the preview…")
        return prepare_preview(pdf)

    def done(preview: Preview) -> None:
        from ..dialogs.pdf_preview_dialog import PdfPreviewDialog

        dialog = PdfPreviewDialog(ctx, pdf, preview, title, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(
            lambda _: dialog.when_idle(lambda: shutil.rmtree(folder, ignore_errors=True))
        )
        if shown is not None:
            shown(dialog)
        dialog.open()

    def failed(error: ClerkDeskError) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        messages.show_error(parent, error.message)

    return run_in_background(parent, label, work, done, failed)
