"""Two columns side by side where the page is wide enough for both, one above the other where
it is not (a 1024-pixel screen): the page then scrolls down, never sideways."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QBoxLayout, QScrollArea

SIDE_BY_SIDE = QBoxLayout.Direction.LeftToRight
STACKED = QBoxLayout.Direction.TopToBottom


class StackWhenNarrow(QObject):
    """Watches the width `scroll` shows and lays out `columns` (a box layout in the scrolled
    page) side by side only where they fit in it."""

    def __init__(self, scroll: QScrollArea, columns: QBoxLayout) -> None:
        super().__init__(scroll)
        self.scroll = scroll
        self.columns = columns
        scroll.viewport().installEventFilter(self)

    def side_by_side_width(self) -> int:
        """The least width the columns take side by side."""
        layout = self.columns
        items = [layout.itemAt(i) for i in range(layout.count())]
        shown = [item for item in items if item is not None and not item.isEmpty()]
        margins = layout.contentsMargins()
        spacing = max(layout.spacing(), 0) * max(len(shown) - 1, 0)
        widths = sum(item.minimumSize().width() for item in shown)
        return widths + spacing + margins.left() + margins.right()

    def fit(self) -> None:
        wide = self.scroll.viewport().width() >= self.side_by_side_width()
        direction = SIDE_BY_SIDE if wide else STACKED
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
