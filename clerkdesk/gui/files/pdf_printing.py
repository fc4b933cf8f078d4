"""A PDF sent to a printer: the page range, copies, US Letter, and the orientation of its
pages. Qt paints on a QPrinter from a worker thread, so a long batch never holds up the
window; each page is drawn by PDFium at the printer's resolution (at most PRINT_DPI) and
painted before the next is drawn."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from ...core.errors import ClerkDeskError
from .pdf_pages import PRINT_DPI, PageImage, pages

Progress = Callable[..., None]


def qimage(page: PageImage) -> QImage:
    """The page as a QImage that owns its pixels (safe to keep after the bytes go)."""
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB32)
    return image.copy()


def set_up(printer: QPrinter, name: str, total: int, landscape: bool) -> None:
    """What the print dialog opens with: US Letter, the PDF's orientation, every page."""
    printer.setDocName(name)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setFromTo(1, max(1, total))


def chosen_pages(printer: QPrinter, total: int) -> tuple[int, int]:
    """The pages the print dialog asked for (1-based, inclusive)."""
    first, last = 1, total
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        first = max(1, printer.fromPage() or 1)
        last = min(total, printer.toPage() or total)
    return first, last


def print_pdf(pdf: Path, printer: QPrinter, total: int, progress: Progress | None = None) -> int:
    """Paint the chosen pages on the printer, each as large as the sheet allows and centred;
    copies the printer cannot make itself are painted again. Returns the sheets painted."""
    first, last = chosen_pages(printer, total)
    if first > last:
        raise ClerkDeskError(f"no pages between {first} and {last}; the PDF has {total}")
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    dpi = min(PRINT_DPI, printer.resolution())
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise ClerkDeskError("the printer could not be started")
    sheets = 0
    count = (last - first + 1) * copies
    try:
        runs = (
            [(first, last)] * copies
            if printer.collateCopies() or copies == 1
            else [(n, n) for n in range(first, last + 1) for _ in range(copies)]
        )
        for start, end in runs:
            for page in pages(pdf, dpi, start, end):
                if sheets:
                    printer.newPage()
                _paint(painter, printer, qimage(page))
                sheets += 1
                if progress:
                    progress(f"Printing page {page.number} ({sheets} of {count})…", sheets, count)
    finally:
        painter.end()
    return sheets


def _paint(painter: QPainter, printer: QPrinter, image: QImage) -> None:
    paper = printer.pageLayout().fullRectPixels(printer.resolution())
    size = image.size().scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
    x = (paper.width() - size.width()) // 2
    y = (paper.height() - size.height()) // 2
    painter.drawImage(QRect(x, y, size.width(), size.height()), image)


def self_check(pdf: Path, folder: Path) -> str:
    """For `--self-test`: draw `pdf` (or, when it is missing, a page made here) and print it to
    Qt's PDF printer in `folder`; what was used, or ValueError saying what failed."""
    from PySide6.QtWidgets import QApplication

    from .pdf_pages import ink, prepare_preview, version

    if not pdf.exists():
        from reportlab.pdfgen.canvas import Canvas

        pdf = folder / "page.pdf"
        page = Canvas(str(pdf))
        page.drawString(72, 720, "ClerkDesk self-test")
        page.rect(72, 72, 144, 144, fill=1)
        page.save()
    preview = prepare_preview(pdf)
    if preview.first is None:
        raise ValueError(preview.problem)
    if ink(preview.first) < 0.001:
        raise ValueError("PDFium drew a blank page")
    _app = QApplication.instance() or QApplication([])  # the window's check reuses it
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    set_up(printer, "self-test", preview.total, preview.landscape)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = folder / "printed.pdf"
    printer.setOutputFileName(str(printed))
    sheets = print_pdf(pdf, printer, preview.total)
    if sheets != preview.total or not printed.read_bytes().startswith(b"%PDF-"):
        raise ValueError(f"{sheets} of {preview.total} page(s) reached the printer")
    return f"page drawn and printed to a PDF printer ({version()})"
