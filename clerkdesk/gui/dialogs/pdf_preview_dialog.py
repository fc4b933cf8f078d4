"""A printed form before it goes to paper: its pages, and Print, Save as and Open."""

from __future__ import annotations

import shutil
import tempfile
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QFrame, QLabel, QWidget

from ...core.errors import ClerkDeskError
from .. import desktop, messages
from ..background import Operation, Progress, run_in_background
from ..context import AppContext
from ..folders import remembered_folder
from ..forms.ui_pdf_preview_dialog import Ui_PdfPreviewDialog
from ..pdf_pages import PRINT_DPI, Preview, render_pages

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

PAGE_WIDTH = 740  # pixels a page image takes at most in the preview


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
        self.ui = ui = Ui_PdfPreviewDialog()
        ui.setupUi(self)
        self.setWindowTitle(title)
        pages = len(preview.pages)
        total = f"{preview.total} page{'s' if preview.total != 1 else ''}"
        info = f"<b>{escape(pdf.name)}</b>: {total}."
        if pages and pages < preview.total:
            info += f" The first {pages} are shown here; all of them print."
        if preview.problem:
            info += f"<br>{escape(preview.problem)}"
        ui.info_label.setText(info)
        for number, image in enumerate(preview.pages, start=1):
            page = QLabel()
            pixmap = QPixmap(str(image))
            if pixmap.width() > PAGE_WIDTH:  # a landscape page fits the width too
                pixmap = pixmap.scaledToWidth(
                    PAGE_WIDTH, Qt.TransformationMode.SmoothTransformation
                )
            page.setPixmap(pixmap)
            page.setFrameShape(QFrame.Shape.Box)
            page.setAlignment(Qt.AlignmentFlag.AlignCenter)
            page.setAccessibleName(f"Page {number}")
            ui.pages_layout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
        ui.pages_layout.addStretch(1)
        ui.scroll_area.setVisible(bool(pages))
        ui.print_button.setVisible(bool(pages))
        ui.print_button.clicked.connect(self.print_)
        ui.save_button.clicked.connect(self.save_as)
        ui.open_button.clicked.connect(self.open_externally)
        (ui.print_button if pages else ui.open_button).setFocus()
        if not pages:
            self.resize(self.width(), 160)

    # -- Save as and Open ----------------------------------------------------------------------

    def save_as(self) -> None:
        folder = remembered_folder(self.ctx.settings, "folders/pdf")
        name, _ = QFileDialog.getSaveFileName(
            self, "Save the PDF", str(Path(folder) / self.pdf.name), "PDF files (*.pdf)"
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        try:
            shutil.copyfile(self.pdf, path)
        except OSError as exc:
            messages.show_error(self, f"could not write {path}: {exc.strerror}")
            return False
        self.ctx.settings.setValue("folders/pdf", str(path.parent))
        return True

    def open_externally(self) -> None:
        if not desktop.open_file(self.pdf):
            messages.show_error(self, f"no program on this computer opens {self.pdf.name}")

    # -- printing ------------------------------------------------------------------------------

    def print_(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.pdf.stem)
        printer.setFromTo(1, self.preview.total)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.preview.total)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> Operation:
        """Draw the pages at printing resolution off the UI thread, then send them."""
        first, last = 1, self.preview.total
        if printer.printRange() == printer.PrintRange.PageRange:
            first, last = printer.fromPage() or first, printer.toPage() or last
        folder = Path(tempfile.mkdtemp(prefix="clerkdesk-printer-"))

        def work(progress: Progress) -> list[Path]:
            return render_pages(self.pdf, folder, PRINT_DPI, first, last)

        def done(pages: list[Path]) -> None:
            try:
                self._paint(printer, pages)
            finally:
                shutil.rmtree(folder, ignore_errors=True)
                self.printing = None

        def failed(error: ClerkDeskError) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            self.printing = None
            messages.show_error(self, error.message)

        self.printing = run_in_background(
            self, "Preparing the pages for the printer…", work, done, failed
        )
        return self.printing

    def _paint(self, printer: QPrinter, pages: list[Path]) -> None:
        """Each page image on a sheet, as large as fits, centred."""
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            messages.show_error(self, "the printer could not be started")
            return
        try:
            paper = printer.pageLayout().fullRectPixels(printer.resolution())
            for number, path in enumerate(pages):
                if number:
                    printer.newPage()
                image = QImage(str(path))
                size = image.size().scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
                x = (paper.width() - size.width()) // 2
                y = (paper.height() - size.height()) // 2
                painter.drawImage(QRect(x, y, size.width(), size.height()), image)
        finally:
            painter.end()
