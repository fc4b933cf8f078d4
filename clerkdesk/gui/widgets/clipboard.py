"""Secrets on the clipboard: put there for a paste, taken away again after a while.

After `CLEAR_AFTER_MS` the clipboard is cleared, but only when it still holds what ClerkDesk put
there: something the clerk copied since is left alone. Only a digest of the secret is kept to
tell the two apart. The clipboard is also cleared when ClerkDesk quits while it still holds one.
"""

from __future__ import annotations

import hashlib
import sys

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtWidgets import QApplication

CLEAR_AFTER_MS = 30_000


def _hints() -> dict[str, bytes]:
    """Asks clipboard managers and histories not to keep the text (KDE's Klipper; Windows'
    clipboard history and cloud clipboard)."""
    if sys.platform == "win32":
        return {
            'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': (
                b"1"
            )
        }
    if sys.platform.startswith("linux"):
        return {"x-kde-passwordManagerHint": b"secret"}
    return {}


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._digest: bytes | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CLEAR_AFTER_MS)
        self.timer.timeout.connect(self.expire)

    def copy(self, secret: str) -> None:
        mime = QMimeData()
        mime.setText(secret)
        for kind, value in _hints().items():
            mime.setData(kind, value)
        QApplication.clipboard().setMimeData(mime)
        self._digest = _digest(secret)
        self.timer.start()

    @property
    def holding(self) -> bool:
        """Whether a secret put there is due to be cleared."""
        return self._digest is not None

    def expire(self) -> None:
        """Clear the clipboard if it still holds the secret."""
        self.timer.stop()
        digest, self._digest = self._digest, None
        if digest is None:
            return
        clipboard = QApplication.clipboard()
        if _digest(clipboard.text()) == digest:
            clipboard.clear()


_guard: ClipboardGuard | None = None


def guard() -> ClipboardGuard:
    """The one guard of this program, created on first use and cleared on quit."""
    global _guard
    if _guard is None:
        app = QApplication.instance()
        _guard = ClipboardGuard(app)
        if app is not None:
            app.aboutToQuit.connect(_guard.expire)
    return _guard


def copy_secret(secret: str) -> None:
    guard().copy(secret)
