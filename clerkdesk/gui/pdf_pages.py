"""A PDF's pages as images, for the preview and the printer.

Qt's PDF module is not part of PySide6-Essentials, so pages are drawn by Poppler's `pdftoppm`
when it is installed; without it the preview says so and the PDF opens in the computer's own
viewer, which prints it too. Plain Python, safe on a background thread.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import ClerkDeskError

PREVIEW_DPI = 80
PREVIEW_PAGES = 30
PRINT_DPI = 300
_NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0)
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


@dataclass(frozen=True)
class Preview:
    pages: tuple[Path, ...]  # images of the first pages
    total: int  # pages in the PDF
    problem: str = ""  # why there are no images, if there are none


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
