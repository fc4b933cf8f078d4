"""The dialog that keeps its own layout (Picard's `PreserveGeometry`)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QSplitter, QWidget

from ..widgets.table_view import RecordTableView
from ..window.layout_state import saved_state


class LayoutDialog(QDialog):
    """A dialog that comes back as it was left: its size and place, the position of each of
    its splitters and the columns of each of its tables, kept under `dialogs/<key>`.

    The layout is read back when the dialog is first shown (after the subclass has set its
    defaults and filled its tables) and saved when it closes. Splitters and tables are told
    apart by their object names, which the Designer forms give them."""

    def __init__(self, settings: QSettings, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_settings, self.layout_key = settings, f"dialogs/{key}"
        self._layout_restored = False
        self.finished.connect(self.save_layout)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._layout_restored:
            self._layout_restored = True
            self.restore_layout()
        super().showEvent(event)
        # Now, and once the window manager has framed it.
        QTimer.singleShot(0, self, self._keep_on_screen)
        QTimer.singleShot(200, self, self._keep_on_screen)

    def _keep_on_screen(self) -> None:
        from ..window.screen_fit import keep_on_screen

        keep_on_screen(self)

    def restore_layout(self) -> None:
        settings, key = self.layout_settings, self.layout_key
        if geometry := saved_state(settings, f"{key}/geometry"):
            self.restoreGeometry(geometry)
        for name, splitter in self._splitters().items():
            if state := saved_state(settings, f"{key}/{name}"):
                splitter.restoreState(state)
        for name, table in self._tables().items():
            table.restore_state(settings, f"{key}/{name}")

    def save_layout(self) -> None:
        settings, key = self.layout_settings, self.layout_key
        settings.setValue(f"{key}/geometry", self.saveGeometry())
        for name, splitter in self._splitters().items():
            settings.setValue(f"{key}/{name}", splitter.saveState())
        for name, table in self._tables().items():
            table.save_state(settings, f"{key}/{name}")

    def _splitters(self) -> dict[str, QSplitter]:
        return {s.objectName(): s for s in self.findChildren(QSplitter) if s.objectName()}

    def _tables(self) -> dict[str, RecordTableView]:
        return {t.objectName(): t for t in self.findChildren(RecordTableView) if t.objectName()}
