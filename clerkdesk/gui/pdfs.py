"""PDFs the services print (agreements, review worksheets): built off the UI thread, then shown
in a preview with Print, Save as and Open.

Qt's PDF module is not part of PySide6-Essentials, so pages are drawn as images by Poppler's
`pdftoppm` when it is installed; without it the preview says so and the PDF opens in the
computer's own viewer, which prints it too.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ..core.errors import ClerkDeskError
from . import messages
from .background import Operation, Progress, run_in_background
from .context import AppContext

if TYPE_CHECKING:
    from .dialogs.pdf_preview_dialog import PdfPreviewDialog

PREVIEW_DPI = 80
PREVIEW_PAGES = 30
PRINT_DPI = 300
_NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0)
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


@dataclass(frozen=True)
class Preview:
    pages: tuple[Path, ...]  # images of the first pages
    total: int  # pages in the PDF
    problem: str = ""  # why there are no images, if there are none


def file_name(*parts: str) -> str:
    """A PDF file name from its parts, safe on Windows: "Agreement - Dana Whitfield.pdf"."""
    text = " - ".join(_UNSAFE.sub(" ", p).strip() for p in parts if p.strip())
    return f"{' '.join(text.split())[:150] or 'ClerkDesk'}.pdf"


def renderer() -> str | None:
    return shutil.which("pdftoppm")


def page_count(pdf: Path) -> int:
    """Pages in a PDF that ClerkDesk wrote (ReportLab writes each page object in the clear)."""
    return len(_PAGE.findall(pdf.read_bytes()))


def render_pages(
    pdf: Path, folder: Path, dpi: int, first: int | None = None, last: int | None = None
) -> list[Path]:
    """Images of the pages `first` to `last` (1-based, inclusive) of `pdf`, drawn at `dpi`."""
    exe = renderer()
    if exe is None:
        raise ClerkDeskError("pdftoppm (Poppler) is not installed on this computer")
    prefix = folder / f"page-{dpi}"
    command = [exe, "-png", "-r", str(dpi)]
    if first is not None:
        command += ["-f", str(first)]
    if last is not None:
        command += ["-l", str(last)]
    try:
        subprocess.run(
            [*command, str(pdf), str(prefix)],
            check=True,
            capture_output=True,
            timeout=600,
            creationflags=_NO_WINDOW,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise ClerkDeskError(f"pdftoppm could not draw the pages: {exc}") from exc
    return sorted(folder.glob(f"page-{dpi}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def prepare_preview(pdf: Path, folder: Path) -> Preview:
    total = page_count(pdf)
    if renderer() is None:
        return Preview(
            (),
            total,
            "A preview needs Poppler's pdftoppm, which is not installed on this computer. "
            "Open the PDF in your PDF viewer to read and print it.",
        )
    try:
        pages = render_pages(pdf, folder, PREVIEW_DPI, last=PREVIEW_PAGES)
    except ClerkDeskError as exc:
        return Preview((), total, f"No preview: {exc.message}. Open the PDF in your viewer.")
    return Preview(tuple(pages), total)


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
    PDF it wrote. The PDF and its images live in a temporary folder until the preview closes."""
    folder = Path(tempfile.mkdtemp(prefix="clerkdesk-print-"))
    pdf = folder / name

    def work(progress: Progress) -> Preview:
        make(pdf, progress)
        progress("Preparing the preview…")
        return prepare_preview(pdf, folder)

    def done(preview: Preview) -> None:
        from .dialogs.pdf_preview_dialog import PdfPreviewDialog

        ctx.notify_changed()  # printing is in the audit log
        dialog = PdfPreviewDialog(ctx, pdf, preview, title, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _: shutil.rmtree(folder, ignore_errors=True))
        if shown is not None:
            shown(dialog)
        dialog.open()

    def failed(error: ClerkDeskError) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        messages.show_error(parent, error.message)

    return run_in_background(parent, label, work, done, failed)
