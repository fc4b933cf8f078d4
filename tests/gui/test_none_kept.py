"""The Qt binding keeps None's count whole when C++ calls a Python method that returns it (a
table model's data() for a role it leaves unanswered, hundreds of times a repaint). PySide
6.12.0 dropped one reference each time; on Python 3.11, where None is counted, the window then
ended after a while in "Fatal Python error: none_dealloc" (pyproject.toml leaves it out there).
From Python 3.12 None is immortal, and its count does not move."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from clerkdesk.gui.widgets.table_model import Column, RecordTableModel

CALLS = 1_000


ROOT = QModelIndex()


class Unanswered(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        return None


def nones_lost(index: QModelIndex) -> int:
    """How many references to None `CALLS` calls of the model's data() from C++ lost."""
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        index.data(Qt.ItemDataRole.FontRole)  # QModelIndex::data, in C++, calls data()
    return before - sys.getrefcount(None)


def test_none_returned_to_qt_keeps_its_count(qapp: Any) -> None:
    model = Unanswered()
    assert nones_lost(model.index(0, 0)) < CALLS // 10


def test_the_window_s_table_model_keeps_none_s_count(qapp: Any) -> None:
    model = RecordTableModel([Column("Name", lambda row: row)])
    model.set_rows(["Parks"])
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
    assert nones_lost(model.index(0, 0)) < CALLS // 10
