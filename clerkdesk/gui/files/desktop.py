"""Handing files and addresses to the operating system (a PDF viewer, the mail program).
Everything ClerkDesk opens outside itself goes through here, so tests can stand in for it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

# What a scanned, signed paper may be (the services check it again).
SCAN_FILTER = "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"


def open_url(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


def open_file(path: Path) -> bool:
    return open_url(QUrl.fromLocalFile(str(path)))


def open_address(address: str) -> bool:
    """A `mailto:` (or web) address."""
    return open_url(QUrl(address))
