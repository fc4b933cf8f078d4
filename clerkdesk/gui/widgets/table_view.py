"""The table every page uses: whole-row selection, Enter or double-click to open a row, an
empty-state message painted in place of rows, columns that fit the width the view has until
the clerk sets one, and its header layout kept in the settings."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ..window.layout_state import saved_state
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
        # Tab leaves the table for the next control; the arrows move within it (as in a mail
        # program's list): a long table is not hundreds of Tab presses to get past.
        self.setTabKeyNavigation(False)
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
        # The columns' starting widths; while `fitting`, they are narrowed to the view's width
        # whenever it changes (a 1024-pixel screen shows every column without scrolling). The
        # clerk's own drag of a column's edge ends it for that table.
        self.starting_widths: list[int] = []
        self.fitting = True
        self._placing = False
        header.sectionResized.connect(self._section_resized)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if isinstance(model, RecordTableModel):
            self.starting_widths = [column.width for column in model.columns]
            self._fit_columns(force=True)
            middle = MiddleElided(self)
            for section, column in enumerate(model.columns):
                if column.address:
                    self.setItemDelegateForColumn(section, middle)
        self.setSortingEnabled(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self, force: bool = False) -> None:
        """The starting widths, narrowed where the view is too narrow for them all; the last
        column stretches to the edge."""
        if not self.starting_widths or not (self.fitting or force):
            return
        header = self.horizontalHeader()
        shown = [s for s in range(len(self.starting_widths)) if not header.isSectionHidden(s)]
        metrics = header.fontMetrics()
        model = self.model()
        floors = [
            metrics.horizontalAdvance(str(model.headerData(s, Qt.Orientation.Horizontal))) + 16
            for s in shown
        ]
        widths = fitted_widths(
            [self.starting_widths[s] for s in shown], floors, self.viewport().width()
        )
        self._placing = True
        try:
            for section, width in zip(shown[:-1], widths[:-1], strict=True):
                self.setColumnWidth(section, width)
        finally:
            self._placing = False

    def _section_resized(self, section: int, _old: int, _new: int) -> None:
        header = self.horizontalHeader()
        if self._placing:
            return
        if header.logicalIndex(header.count() - 1) == section:
            return  # the last column, stretched to the edge by the view itself
        self.fitting = False  # the clerk's width, from now on

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
        settings.setValue(f"{self._state_key(key)}-fitting", self.fitting)

    def restore_state(self, settings: QSettings, key: str) -> None:
        """The saved widths, order and sort; a saved sort re-applies itself. Widths that were
        still fitting the view go on fitting it; a layout saved without saying so keeps its
        widths as they were."""
        if state := saved_state(settings, self._state_key(key)):
            self._placing = True
            try:
                self.horizontalHeader().restoreState(state)
            finally:
                self._placing = False
            self.fitting = settings.value(f"{self._state_key(key)}-fitting") in (True, "true")
            self._fit_columns()

    def _state_key(self, key: str) -> str:
        # Keyed by the column count too, so a layout saved before columns changed is ignored.
        return f"tables/{key}-{self.horizontalHeader().count()}"


def fitted_widths(widths: list[int], floors: list[int], available: int) -> list[int]:
    """`widths` as they are when they fit in `available` pixels. Else the widest give way
    first: every column wider than a cap is cut to it, the cap set so that the whole fits,
    and the narrow ones (a date, a state) keep their width. None goes below its floor (what
    its heading needs); when even that does not fit, the table scrolls."""
    if sum(widths) <= available:
        return list(widths)
    cap, left = 0, available
    ranked = sorted(widths)
    for place, width in enumerate(ranked):
        columns = len(ranked) - place
        if width * columns >= left:
            cap = left // columns
            break
        left -= width
    return [max(floor, min(width, cap)) for width, floor in zip(widths, floors, strict=True)]
