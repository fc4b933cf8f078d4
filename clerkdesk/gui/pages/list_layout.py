"""What a list page lays out around its table: buttons beside the filter, a pane below the
table for the selected record, and the table's and the pane's sizes kept between sessions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..widgets.table_view import RecordTableView
from ..window.layout_state import saved_state
from .page import Page


def filter_line(key: str, noun: str) -> QLineEdit:
    """The line above the table that filters its rows (Ctrl+F)."""
    line = QLineEdit()
    line.setObjectName(f"{key}_filter")
    line.setPlaceholderText("Filter (Ctrl+F)")
    line.setClearButtonEnabled(True)
    line.setAccessibleName(f"Filter the {noun}")
    line.setMinimumWidth(200)
    return line


class ListLayout(Page):
    """The layout of a `ListPage`, which makes these parts."""

    key: str
    table: RecordTableView
    top: QHBoxLayout
    layout_: QVBoxLayout
    splitter: QSplitter | None

    def add_details(self, details: QWidget) -> None:
        """Put the table above a pane showing the selected record, split by a handle whose
        position is kept."""
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName(f"{self.key}_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([430, 250])
        if state := saved_state(self.ctx.settings, f"splitters/{self.key}"):
            self.splitter.restoreState(state)
        self.layout_.addWidget(self.splitter)

    def add_button(self, text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        self.top.addWidget(button)
        return button

    def save_state(self, settings: QSettings) -> None:
        self.table.save_state(settings, self.key)
        if self.splitter is not None:
            settings.setValue(f"splitters/{self.key}", self.splitter.saveState())
