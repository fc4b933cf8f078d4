"""Word-wrapped labels that take exactly the height their text needs at their width.

A form layout sizes a wrapped label by its size hint, computed for some other width, which
leaves gaps above and below the text (or clips it). Fitting the height whenever the label's
width or text changes fixes that.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget


class _Fitter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            fit(watched)
        return False


_FITTER = _Fitter()


def fit(label: QLabel) -> None:
    """Set the label's height to what its text needs at its current width."""
    if label.width() <= 0:
        return
    height = label.heightForWidth(label.width())
    if height > 0 and height != label.height():
        label.setFixedHeight(height)


def keep_fitted(label: QLabel) -> None:
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.installEventFilter(_FITTER)


def grow_to_fit(window: QWidget) -> None:
    """Make a window tall enough for its wrapped text at its current width (a layout's
    minimum size ignores height-for-width, so a dialog would squeeze wrapped labels)."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(window.width())
    else:
        needed = layout.totalSizeHint().height()
    if needed > window.height():
        window.resize(window.width(), needed)
