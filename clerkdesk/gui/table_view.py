"""The table every page uses: whole-row selection, Enter or double-click to open a row, an
empty-state message painted in place of rows, and its header layout kept in the settings."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from .layout_state import saved_state
from .table_model import RecordTableModel


class MiddleElided(QStyledItemDelegate):
    """Cells cut in the middle ("https://facebook.com/…fallslibrary"), not at their end."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: object) -> None:
        super().initStyleOption(option, index)  # type: ignore[arg-type]
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class RecordTableView(QTableView):
    painted = Signal()  # after each paint of the rows (start-up measures its first one)
    open_requested = Signal()  # Enter, Return or a double-click on a row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = ""
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.doubleClicked.connect(self.open_requested)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if isinstance(model, RecordTableModel):
            # The last column stretches to the edge.
            for section, column in enumerate(model.columns[:-1]):
                self.setColumnWidth(section, column.width)
            middle = MiddleElided(self)
            for section, column in enumerate(model.columns):
                if column.address:
                    self.setItemDelegateForColumn(section, middle)
        self.setSortingEnabled(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.placeholder and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            area = self.viewport().rect().adjusted(12, 24, -12, -12)
            painter.drawText(
                area, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.placeholder
            )
            painter.end()
        self.painted.emit()

    def save_state(self, settings: QSettings, key: str) -> None:
        settings.setValue(self._state_key(key), self.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings, key: str) -> None:
        """The saved widths, order and sort; a saved sort re-applies itself."""
        if state := saved_state(settings, self._state_key(key)):
            self.horizontalHeader().restoreState(state)

    def _state_key(self, key: str) -> str:
        # Keyed by the column count too, so a layout saved before columns changed is ignored.
        return f"tables/{key}-{self.horizontalHeader().count()}"
