"""Choose a CSV file to import (INTERFACE.md); the import itself runs in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget

from ...core.errors import ValidationError
from ...services.csv_format import IMPORT_KINDS, KINDS
from ..forms.ui_import_dialog import Ui_ImportDialog
from .form_dialog import FormDialog


class ImportDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None, folder: str = "") -> None:
        super().__init__(parent)
        self.folder = folder
        self.ui = ui = Ui_ImportDialog()
        ui.setupUi(self)
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText("&Import")
        for kind in IMPORT_KINDS:
            ui.kind_combo.addItem(kind.capitalize(), kind)
        ui.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        ui.browse_button.clicked.connect(self._browse)
        self.watch_fields(ui, {"file": ui.file_edit}, ui.form_error)
        self._kind_chosen()

    @property
    def kind(self) -> str:
        return str(self.ui.kind_combo.currentData())

    @property
    def path(self) -> Path:
        return Path(self.ui.file_edit.text().strip())

    @property
    def dry_run(self) -> bool:
        return self.ui.dry_run_check.isChecked()

    def _kind_chosen(self) -> None:
        kind = KINDS[self.kind]
        columns = ", ".join(f"<b>{c}</b>" if c in kind.required else c for c in kind.columns)
        self.ui.columns_label.setText(
            f"Columns, in any order (bold ones required): {columns}. A row whose "
            f"{' and '.join(kind.key)} is already in the register updates it. The file is "
            "imported whole or not at all."
        )

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Import CSV", self.folder, "CSV files (*.csv);;All files (*)"
        )
        if name:
            self.ui.file_edit.setText(name)

    def save(self) -> Path:
        # Only what must hold before the import can start; the import checks the rest.
        if not self.ui.file_edit.text().strip():
            raise ValidationError({"file": "choose the CSV file to import"})
        if not self.path.is_file():
            raise ValidationError({"file": f"there is no file {self.path}"})
        return self.path
