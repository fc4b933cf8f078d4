"""A printed form before it goes to paper: its pages, and Print, Save as and Open.

The first page is drawn before the dialog opens; the others are drawn off the UI thread and
appear as they come, so a long batch shows at once."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QFrame, QLabel, QWidget

from ...core.errors import ClerkDeskError
from ..files import desktop
from ..files.folders import remembered_folder
from ..files.pdf_pages import PREVIEW_DPI, PREVIEW_PAGES, PREVIEW_WIDTH, PageImage, Preview, pages
from ..forms.ui_pdf_preview_dialog import Ui_PdfPreviewDialog
from ..widgets import messages
from ..window.background import Operation, Progress, run_in_background
from ..window.context import AppContext

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtPrintSupport import QPrinter


class _Drawn(QObject):
    """Carries each page drawn on the worker thread to the dialog on the UI thread."""

    page = Signal(object, object)  # the PageImage, its QImage


class PdfPreviewDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        pdf: Path,
        preview: Preview,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.pdf, self.preview = ctx, pdf, preview
        self.printing: Operation | None = None
        self.rendering: Operation | None = None
        self.page_labels: list[QLabel] = []
        self.ui = ui = Ui_PdfPreviewDialog()
        ui.setupUi(self)
        self.setWindowTitle(title)
        shown = min(preview.total, PREVIEW_PAGES) if preview.first else 0
        total = f"{preview.total} page{'s' if preview.total != 1 else ''}"
        info = f"<b>{escape(pdf.name)}</b>: {total}."
        if shown and shown < preview.total:
            info += f" The first {shown} are shown here; all of them print."
        if preview.problem:
            info += f"<br>{escape(preview.problem)}"
        ui.info_label.setText(info)
        if preview.first is not None:
            first = preview.first
            for number in range(1, shown + 1):
                label = QLabel("" if number == 1 else f"Page {number}…")
                label.setFrameShape(QFrame.Shape.Box)
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                label.setAccessibleName(f"Page {number}")
                label.setFixedSize(first.width + 2, first.height + 2)
                ui.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
                self.page_labels.append(label)
            from ..files.pdf_printing import qimage

            self._show_page(first, qimage(first))
        ui.pages_layout.addStretch(1)
        ui.scroll_area.setVisible(bool(shown))
        ui.print_button.setVisible(bool(shown))
        ui.print_button.clicked.connect(self.print_)
        ui.save_button.clicked.connect(self.save_as)
        ui.open_button.clicked.connect(self.open_externally)
        (ui.print_button if shown else ui.open_button).setFocus()
        if not shown:
            self.resize(self.width(), 160)
        if shown > 1:
            self.rendering = self._draw_the_rest(shown)

    @property
    def pages_shown(self) -> int:
        """How many pages are drawn in the preview so far."""
        return sum(1 for label in self.page_labels if not label.pixmap().isNull())

    # -- the pages after the first -------------------------------------------------------------

    def _draw_the_rest(self, last: int) -> Operation:
        drawn = _Drawn()  # kept alive by `work` until the last page is sent
        drawn.page.connect(self._show_page)
        pdf, closed = self.pdf, threading.Event()
        self.finished.connect(lambda _: closed.set())

        def work(progress: Progress) -> int:
            from ..files.pdf_printing import qimage

            count = 1
            for page in pages(pdf, PREVIEW_DPI, 2, last, PREVIEW_WIDTH):
                if closed.is_set():
                    break
                drawn.page.emit(page, qimage(page))
                count += 1
            return count

        def done(_count: int) -> None:
            self.rendering = None

        return run_in_background(None, "", work, done, self._not_drawn, quiet=True)

    def _not_drawn(self, error: ClerkDeskError) -> None:
        self.rendering = None
        with contextlib.suppress(RuntimeError):  # the preview closed meanwhile
            self.ui.info_label.setText(f"{self.ui.info_label.text()}<br>{escape(error.message)}")

    def _show_page(self, page: PageImage, image: QImage) -> None:
        if page.number <= len(self.page_labels):
            self.page_labels[page.number - 1].setPixmap(QPixmap.fromImage(image))

    def when_idle(self, then: Callable[[], None]) -> None:
        """Call `then` once no page is being drawn from the PDF any more."""
        if self.rendering is None:
            then()
        else:
            self.rendering.finished.connect(then)

    # -- Save as and Open ----------------------------------------------------------------------

    def save_as(self) -> None:
        folder = remembered_folder(self.ctx.settings, "folders/pdf")
        name, _ = QFileDialog.getSaveFileName(
            self, "Save the PDF", str(Path(folder) / self.pdf.name), "PDF files (*.pdf)"
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        from ...services.kernel.files import save_printout

        try:
            save_printout(self.ctx.db, self.pdf, path, self.windowTitle() or self.pdf.stem)
        except ClerkDeskError as exc:
            messages.show_error(self, exc.message)
            return False
        self.ctx.settings.setValue("folders/pdf", str(path.parent))
        return True

    def open_externally(self) -> None:
        if not desktop.open_file(self.pdf):
            messages.show_error(self, f"no program on this computer opens {self.pdf.name}")

    # -- printing ------------------------------------------------------------------------------

    def printer(self) -> QPrinter:
        """A printer set up for this PDF: US Letter, its orientation, every page."""
        from PySide6.QtPrintSupport import QPrinter

        from ..files.pdf_printing import set_up

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        set_up(printer, self.pdf.stem, self.preview.total, self.preview.landscape)
        return printer

    def print_dialog(self, printer: QPrinter) -> QDialog:
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.preview.total)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies, True)
        return dialog

    def print_(self) -> None:
        printer = self.printer()
        if self.print_dialog(printer).exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> Operation:
        """Send the chosen pages to the printer off the UI thread."""
        from ..files.pdf_printing import print_pdf

        pdf, total = self.pdf, self.preview.total

        def work(progress: Progress) -> int:
            return print_pdf(pdf, printer, total, progress)

        def done(sheets: int) -> None:
            from ...services.kernel.files import record_paper

            self.printing = None
            what = self.windowTitle() or pdf.stem
            try:
                record_paper(self.ctx.db, what, _printer_name(printer), sheets)
            except ClerkDeskError as error:
                messages.show_error(self, error.message)

        def failed(error: ClerkDeskError) -> None:
            self.printing = None
            messages.show_error(self, error.message)

        self.printing = run_in_background(
            self, "Sending the pages to the printer…", work, done, failed, cancellable=True
        )
        return self.printing


def _printer_name(printer: QPrinter) -> str:
    from PySide6.QtPrintSupport import QPrinter

    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return f"PDF file {printer.outputFileName()}"
    return printer.printerName() or "(the default printer)"
