"""File → Import and File → Export: the dialog, then the work in the background (transfers).
The folder last used is remembered for the next time."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from ..window.context import AppContext
from .folders import remembered_folder

_FOLDER = "folders/csv"


def open_import(parent: QWidget, ctx: AppContext, settings: QSettings, workbook: bool) -> None:
    """The import dialog stays open while the import runs: a refused file stays chosen, with
    its problems beside it."""
    from ..dialogs.import_dialog import ImportDialog
    from .transfers import start_import_request

    dialog = ImportDialog(
        parent,
        remembered_folder(settings, _FOLDER),
        workbook=workbook,
        start=lambda request, refused, imported: start_import_request(
            parent, ctx, request, refused, imported
        ),
    )
    dialog.exec()
    if dialog.paths and dialog.path.parent.is_dir():
        settings.setValue(_FOLDER, str(dialog.path.parent))


def open_export(parent: QWidget, ctx: AppContext, settings: QSettings, kind: str = "") -> None:
    from ..dialogs.export_dialog import WORKBOOK, ExportDialog
    from .transfers import start_export, start_export_workbook

    dialog = ExportDialog(parent, remembered_folder(settings, _FOLDER), kind=kind)
    if dialog.exec():
        settings.setValue(_FOLDER, str(dialog.path.parent))
        if dialog.kind == WORKBOOK:
            start_export_workbook(parent, ctx, dialog.path)
        else:
            start_export(parent, ctx, dialog.kind, dialog.path)
