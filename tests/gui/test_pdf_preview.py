"""The preview and the printer: pages drawn by PDFium (no program outside ClerkDesk), the first
page at once and the rest off the UI thread, and printing with its range, copies and
orientation to Qt's PDF printer."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen.canvas import Canvas

from clerkdesk.gui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from clerkdesk.gui.files.pdf_pages import PREVIEW_PAGES, ink, prepare_preview

from .conftest import finished


def make_pdf(path: Path, pages: int, size: tuple[float, float] = letter) -> Path:
    canvas = Canvas(str(path), pagesize=size)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 40)
        canvas.drawString(72, size[1] - 144, f"Page {number}")
        canvas.rect(72, 72, 72 * number % 400 + 10, 50, fill=1)
        canvas.showPage()
    canvas.save()
    return path


def pdf_printer(out: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return printer


@pytest.fixture
def preview_of(qtbot, ctx):
    def open_(pdf: Path) -> PdfPreviewDialog:
        dialog = PdfPreviewDialog(ctx, pdf, prepare_preview(pdf), "Preview")
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return open_


def test_pages_are_drawn_without_poppler(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no pdftoppm, nor anything else, on the path
    pdf = make_pdf(tmp_path / "three.pdf", 3)
    preview = prepare_preview(pdf)
    assert preview.total == len(pypdfium2.PdfDocument(pdf)) == 3 and not preview.problem
    assert preview.first is not None and preview.first.number == 1
    assert not preview.landscape and preview.first.height > preview.first.width
    assert 0.001 < ink(preview.first) < 0.5  # drawn: text and a box, on white


def test_a_file_that_is_no_pdf_is_said_plainly(tmp_path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf")
    preview = prepare_preview(bad)
    assert preview.first is None and "could not read bad.pdf" in preview.problem


def test_a_long_batch_shows_its_first_page_at_once_and_the_rest_as_drawn(
    qtbot, tmp_path, preview_of
) -> None:
    pdf = make_pdf(tmp_path / "batch.pdf", PREVIEW_PAGES + 5)
    dialog = preview_of(pdf)
    assert len(dialog.page_labels) == PREVIEW_PAGES
    assert not dialog.page_labels[0].pixmap().isNull()  # before any background work ran
    assert f"The first {PREVIEW_PAGES} are shown here" in dialog.ui.info_label.text()
    qtbot.waitUntil(lambda: dialog.pages_shown == PREVIEW_PAGES, timeout=30_000)
    qtbot.waitUntil(lambda: dialog.rendering is None)


def test_closing_the_preview_stops_drawing_and_frees_the_file(qtbot, tmp_path, preview_of):
    pdf = make_pdf(tmp_path / "batch.pdf", PREVIEW_PAGES)
    dialog = preview_of(pdf)
    dialog.reject()
    done: list[bool] = []
    dialog.when_idle(lambda: done.append(True))
    qtbot.waitUntil(lambda: done == [True], timeout=30_000)
    pdf.unlink()  # nothing holds it open any more


def test_print_a_page_range_on_letter(qtbot, tmp_path, preview_of) -> None:
    dialog = preview_of(make_pdf(tmp_path / "five.pdf", 5))
    printer = dialog.printer()
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter
    assert (printer.fromPage(), printer.toPage()) == (1, 5)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    finished(qtbot, dialog.print_to(printer))
    reader = PdfReader(printed)
    assert len(reader.pages) == 2
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (612, 792)  # US Letter, portrait


def test_copies_the_printer_cannot_make_are_printed_again(qtbot, tmp_path, preview_of) -> None:
    dialog = preview_of(make_pdf(tmp_path / "two.pdf", 2))
    printed = tmp_path / "printed.pdf"
    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setCopyCount(3)
    finished(qtbot, dialog.print_to(printer))
    expected = 2 if printer.supportsMultipleCopies() else 6
    assert len(PdfReader(printed).pages) == expected


def test_a_landscape_worksheet_prints_landscape(qtbot, tmp_path, preview_of) -> None:
    dialog = preview_of(make_pdf(tmp_path / "wide.pdf", 1, landscape(letter)))
    assert dialog.preview.landscape
    printer = dialog.printer()
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    printed = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    finished(qtbot, dialog.print_to(printer))
    box = PdfReader(printed).pages[0].mediabox
    assert float(box.width) > float(box.height)


def test_the_print_dialog_offers_the_page_range(qtbot, tmp_path, preview_of) -> None:
    dialog = preview_of(make_pdf(tmp_path / "four.pdf", 4))
    printer = dialog.printer()
    chooser = dialog.print_dialog(printer)
    qtbot.addWidget(chooser)
    assert (chooser.minPage(), chooser.maxPage()) == (1, 4)
    chooser.show()
    chooser.reject()


def test_without_pdfium_the_preview_says_so_and_offers_the_viewer(
    qtbot, tmp_path, monkeypatch, preview_of
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pypdfium2", None)  # as if the build lacked it
    dialog = preview_of(make_pdf(tmp_path / "one.pdf", 1))
    assert dialog.preview.first is None
    assert "PDFium (pypdfium2) is not available" in dialog.ui.info_label.text()
    assert not dialog.ui.print_button.isVisibleTo(dialog)
    assert dialog.ui.open_button.isVisibleTo(dialog)
