"""A PDF's pages as images, for the preview and the printer.

Pages are drawn by PDFium (pypdfium2, a wheel with its own library on Windows, macOS and
Linux), so nothing outside ClerkDesk is needed. pypdfium2 is imported on the first page drawn,
never at start-up. PDFium is not made for several threads at once, so every call into it holds
one lock; the functions here are plain Python and safe on a background thread.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...core.errors import ClerkDeskError

PREVIEW_DPI = 80
PREVIEW_WIDTH = 740  # pixels a page takes at most in the preview: a landscape page fits too
PREVIEW_PAGES = 40  # pages drawn for the preview; every page prints
PRINT_DPI = 300
_LOCK = threading.RLock()


@dataclass(frozen=True)
class PageImage:
    """One page drawn as 32-bit pixels (B, G, R, unused byte: Qt's RGB32), rows `stride`
    bytes apart."""

    number: int  # 1-based
    width: int
    height: int
    stride: int
    pixels: bytes
    landscape: bool


@dataclass(frozen=True)
class Preview:
    total: int  # pages in the PDF
    first: PageImage | None  # the first page, drawn before the preview opens
    landscape: bool = False  # the first page is wider than tall
    problem: str = ""  # why there is no image, if there is none


def _pdfium() -> Any:
    """pypdfium2, imported on first use; a build without it says so instead of failing."""
    try:
        import pypdfium2
    except ImportError as exc:  # a broken installation: the PDF still opens in a viewer
        raise ClerkDeskError(f"PDFium (pypdfium2) is not available: {exc}") from exc
    return pypdfium2


@contextmanager
def opened(pdf: Path) -> Iterator[Any]:
    """The PDF opened in PDFium, under the lock; a file PDFium cannot read is the user's."""
    with _LOCK:
        pypdfium2 = _pdfium()
        try:
            document = pypdfium2.PdfDocument(str(pdf))
        except (pypdfium2.PdfiumError, OSError) as exc:
            raise ClerkDeskError(f"could not read {pdf.name}: {exc}") from exc
        try:
            yield document
        finally:
            document.close()


def draw(document: Any, index: int, dpi: float, fit_width: int | None = None) -> PageImage:
    """Page `index` (0-based) of an opened document at `dpi`, or narrower where its width
    would pass `fit_width` pixels."""
    with _LOCK:
        page = document[index]
        try:
            width, height = page.get_size()
            scale = dpi / 72
            if fit_width is not None:
                scale = min(scale, fit_width / width)
            bitmap = page.render(
                scale=scale, prefer_bgrx=True, may_draw_forms=False, draw_annots=False
            )
            try:
                pixels = bytes(bitmap.buffer)
                image = PageImage(
                    index + 1,
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    pixels,
                    width > height,
                )
            finally:
                bitmap.close()
        finally:
            page.close()
    return image


def pages(
    pdf: Path,
    dpi: float,
    first: int = 1,
    last: int | None = None,
    fit_width: int | None = None,
) -> Iterator[PageImage]:
    """The pages `first` to `last` (1-based, inclusive) drawn one at a time: a long batch never
    holds more than one page in memory. The document stays open between pages, and each page
    takes the lock only while it is drawn, so a preview and a printout can alternate."""
    with _LOCK:
        pypdfium2 = _pdfium()
        try:
            document = pypdfium2.PdfDocument(str(pdf))
        except (pypdfium2.PdfiumError, OSError) as exc:
            raise ClerkDeskError(f"could not read {pdf.name}: {exc}") from exc
    try:
        total = len(document)
        end = total if last is None else min(last, total)
        for number in range(max(first, 1), end + 1):
            yield draw(document, number - 1, dpi, fit_width)
    finally:
        with _LOCK:
            document.close()


def prepare_preview(pdf: Path) -> Preview:
    """The page count and the first page, so that the preview opens with something on it."""
    try:
        with opened(pdf) as document:
            total = len(document)
            first = draw(document, 0, PREVIEW_DPI, PREVIEW_WIDTH) if total else None
    except ClerkDeskError as exc:
        return Preview(0, None, problem=f"No preview: {exc.message}. Open the PDF in your viewer.")
    return Preview(total, first, first.landscape if first else False)


def version() -> str:
    import pypdfium2.version as v

    return f"pypdfium2 {v.PYPDFIUM_INFO}, PDFium {str(v.PDFIUM_INFO).split('@')[0]}"


def ink(image: PageImage) -> float:
    """The share of a page's pixels that are not white: a drawn form is never blank."""
    data, step = image.pixels, 4 * 7  # every seventh pixel is plenty
    marked = sum(1 for i in range(0, len(data) - 3, step) if data[i] < 200)
    return marked / max(1, len(data) // step)
