"""Choose what to export (a kind as CSV, or every kind as a workbook) and where; the export
itself runs in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget

from ...core.errors import ValidationError
from ...services.transfer.csv_format import EXPORT_KINDS
from ..forms.ui_export_dialog import Ui_ExportDialog
from .form_dialog import FormDialog

WORKBOOK = "workbook"  # every kind, a sheet each


class ExportDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None, folder: str = "", kind: str = "") -> None:
        super().__init__(parent)
        self.folder = folder
        self.ui = ui = Ui_ExportDialog()
        ui.setupUi(self)
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText("&Export")
        for name in EXPORT_KINDS:
            ui.kind_combo.addItem("Audit log" if name == "audit" else name.capitalize(), name)
        ui.kind_combo.addItem("Workbook: every kind, a sheet each (.xlsx)", WORKBOOK)
        if kind:
            ui.kind_combo.setCurrentIndex(max(0, ui.kind_combo.findData(kind)))
        ui.kind_combo.currentIndexChanged.connect(self._suggest_name)
        ui.browse_button.clicked.connect(self._browse)
        self.watch_fields(ui, {"file": ui.file_edit}, ui.form_error)
        self._suggest_name()

    @property
    def kind(self) -> str:
        return str(self.ui.kind_combo.currentData())

    @property
    def path(self) -> Path:
        return Path(self.ui.file_edit.text().strip())

    def _suggest_name(self) -> None:
        folder = Path(self.folder) if self.folder else Path.home()
        name = "register.xlsx" if self.kind == WORKBOOK else f"{self.kind}.csv"
        self.setWindowTitle("Export workbook" if self.kind == WORKBOOK else "Export CSV")
        self.ui.file_edit.setText(str(folder / name))

    def _browse(self) -> None:
        if self.kind == WORKBOOK:
            title, kinds = "Export workbook", "Excel workbooks (*.xlsx)"
        else:
            title, kinds = "Export CSV", "CSV files (*.csv)"
        name, _ = QFileDialog.getSaveFileName(self, title, self.ui.file_edit.text(), kinds)
        if name:
            self.ui.file_edit.setText(name)

    def save(self) -> Path:
        if not self.ui.file_edit.text().strip():
            raise ValidationError({"file": "say where to write the file"})
        if not self.path.parent.is_dir():
            raise ValidationError({"file": f"there is no folder {self.path.parent}"})
        return self.path
