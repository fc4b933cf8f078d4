"""Choose what to import (INTERFACE.md): a CSV file, whose kind its header tells (the clerk can
still change it); several CSV files, imported together in the order their kinds depend on each
other; or a workbook, a sheet per kind. The import runs in the background while the dialog
stays open: a refused file stays chosen with its problems listed beside it, and *Try again*
reads it anew."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from ...core.errors import ValidationError
from ...services.transfer.csv_format import IMPORT_KINDS, KINDS
from ...services.transfer.file_kinds import detect_kind, is_workbook, kinds_of_files
from ..forms.ui_import_dialog import Ui_ImportDialog
from ..widgets.wrapping import grow_to_fit
from ..window.background import Operation
from ..window.screen_fit import keep_on_screen
from .form_dialog import FormDialog

WORKBOOK, FILES = "workbook", "files"


@dataclass(frozen=True)
class ImportRequest:
    """What the clerk asked to import: a kind of csv_format with one file, FILES with several
    CSV files (each of the kind its header says), or WORKBOOK."""

    kind: str
    paths: tuple[Path, ...]
    dry_run: bool

    @property
    def name(self) -> str:
        return self.paths[0].name if len(self.paths) == 1 else f"{len(self.paths)} files"


# Starts the import of a request in the background; then calls `refused(problems)` or
# `imported()`.
Starter = Callable[[ImportRequest, Callable[[list[str]], None], Callable[[], None]], Operation]


class ImportDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        folder: str = "",
        workbook: bool = False,
        start: Starter | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder, self.workbook, self.start = folder, workbook, start
        self.ui = ui = Ui_ImportDialog()
        ui.setupUi(self)
        self.import_button = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText("&Import")
        for kind in IMPORT_KINDS:
            ui.kind_combo.addItem(kind.capitalize(), kind)
        if workbook:
            self.setWindowTitle("Import workbook")
            ui.kind_label.hide()
            ui.kind_combo.hide()
        ui.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        ui.browse_button.clicked.connect(self._browse)
        ui.file_edit.textChanged.connect(self._file_chosen)
        ui.retry_button.clicked.connect(self.accept)
        self.watch_fields(ui, {"file": ui.file_edit}, ui.form_error)
        self._show_problems([])
        self._file_chosen()

    @property
    def kind(self) -> str:
        return str(self.ui.kind_combo.currentData())

    @property
    def paths(self) -> list[Path]:
        """The files in the field: one path, or several each in double quotes (as a file
        dialog writes them)."""
        text = self.ui.file_edit.text().strip()
        quoted = re.findall(r'"([^"]+)"', text)
        if quoted:
            return [Path(q) for q in quoted]
        return [Path(text)] if text else []

    @property
    def path(self) -> Path:
        paths = self.paths
        return paths[0] if paths else Path()

    @property
    def dry_run(self) -> bool:
        return self.ui.dry_run_check.isChecked()

    @property
    def request_kind(self) -> str:
        paths = self.paths
        if self.workbook or (len(paths) == 1 and is_workbook(paths[0])):
            return WORKBOOK
        return FILES if len(paths) > 1 else self.kind

    def _kind_chosen(self) -> None:
        kind = self.request_kind
        if kind == WORKBOOK:
            text = (
                "One sheet per kind, named after it ("
                + ", ".join(KINDS)
                + "), its first row naming the columns as a CSV file's header does. A sheet "
                "of another name (the office's notes) is left alone. Everything is imported at "
                "once, whole or not at all."
            )
        elif kind == FILES:
            text = (
                "The files are imported together, in the order their kinds depend on each "
                "other (departments before people, people before assignments), whole or not "
                "at all."
            )
        else:
            csv = KINDS[kind]
            columns = ", ".join(f"<b>{c}</b>" if c in csv.required else c for c in csv.columns)
            text = (
                f"Columns, in any order (bold ones required): {columns}. A row whose "
                f"{' and '.join(csv.key)} is already in the register updates it. The file is "
                "imported whole or not at all."
            )
        self.ui.columns_label.setText(text)

    def _file_chosen(self) -> None:
        """Say what the file holds: its kind, picked from its header; a workbook; or the kind
        of each of several files. Problems shown for another file are taken away."""
        self._show_problems([])
        paths = self.paths
        kind = self.request_kind
        self.ui.kind_combo.setEnabled(kind not in (WORKBOOK, FILES))
        note = ""
        if kind == WORKBOOK and not self.workbook:
            note = "A workbook: each sheet named after a kind is imported."
        elif kind == FILES:
            found = kinds_of_files(paths)
            note = "In this order: " + "; ".join(
                f"{p.name} ({k or 'its columns fit no single kind'})" for p, k in found
            )
        elif paths and paths[0].is_file():
            detected = detect_kind(paths[0])
            if detected is None:
                note = "Its columns do not say which kind it is; choose the kind above."
            else:
                self.ui.kind_combo.setCurrentIndex(self.ui.kind_combo.findData(detected))
                note = f"<b>A {detected} file</b>, by its columns; choose another kind if not."
        self.ui.kind_note.setText(note)
        self.ui.kind_note.setVisible(bool(note))
        self._kind_chosen()
        grow_to_fit(self)

    def _browse(self) -> None:
        if self.workbook:
            name, _ = QFileDialog.getOpenFileName(
                self, "Import workbook", self.folder, "Excel workbooks (*.xlsx);;All files (*)"
            )
            names = [name] if name else []
        else:
            names, _ = QFileDialog.getOpenFileNames(
                self,
                "Import CSV",
                self.folder,
                "CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)",
            )
        if len(names) == 1:
            self.ui.file_edit.setText(names[0])
        elif names:
            self.ui.file_edit.setText(" ".join(f'"{n}"' for n in names))

    def save(self) -> ImportRequest:
        # Only what must hold before the import can start; the import checks the rest.
        paths = self.paths
        what = "workbook" if self.workbook else "CSV file"
        if not paths:
            raise ValidationError({"file": f"choose the {what} to import"})
        missing = [p for p in paths if not p.is_file()]
        if missing:
            raise ValidationError({"file": f"there is no file {missing[0]}"})
        return ImportRequest(self.request_kind, tuple(paths), self.dry_run)

    def accept(self) -> None:
        """With a starter, the import runs while the dialog stays open; it closes when the
        import is done and stays, with the problems, when it is refused."""
        if self.start is None:
            super().accept()
            return
        try:
            request = self.save()
        except ValidationError as error:
            assert self.errors is not None
            self.errors.show(error.fields)
            return
        assert self.errors is not None
        self.errors.clear()
        self.result_value = request
        self._busy(True)
        operation = self.start(request, self._refused, self._imported)
        # Also after a fault in the program, which the crash dialog reports.
        operation.finished.connect(lambda: self._busy(False))

    def _busy(self, busy: bool) -> None:
        for widget in (self.import_button, self.ui.retry_button, self.ui.browse_button):
            widget.setEnabled(not busy)

    def _refused(self, problems: list[str]) -> None:
        self._show_problems(problems)

    def _imported(self) -> None:
        QDialog.accept(self)

    def _show_problems(self, problems: list[str]) -> None:
        ui = self.ui
        ui.problems_list.clear()
        ui.problems_list.addItems(problems)
        count = len(problems)
        if count:
            name = self.paths[0].name if len(self.paths) == 1 else "the files"
            ui.problems_label.setText(
                f"<b>{name} was not imported</b>: {count:,} problem"
                f"{'s' if count != 1 else ''}, listed below; nothing was changed. Correct "
                "the file, then try again: it is read anew."
            )
        for widget in (ui.problems_label, ui.problems_list, ui.retry_button):
            widget.setVisible(bool(count))
        if count:
            ui.problems_list.setCurrentRow(0)
            grow_to_fit(self)
            if self.isVisible():
                keep_on_screen(self)  # grown by the list: its buttons stay within reach
