"""Where a file dialog starts: the folder the clerk chose last time for that kind of file, or
the Documents folder (never the program's own folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths


def documents() -> str:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found or str(Path.home())


def remembered_folder(settings: QSettings, key: str) -> str:
    """The folder kept under `key` ("folders/csv") when it still exists, else Documents."""
    folder = str(settings.value(key, "") or "")
    return folder if folder and Path(folder).is_dir() else documents()
