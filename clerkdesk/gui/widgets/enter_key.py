"""Enter in a form's editable combo box goes on to the form's default button.

An editable combo completes what is typed in place ("Ev" shows "Every work day", the rest
selected), and Qt spends the first Enter on taking that completion: a clerk who typed the
answer an error message asked for and pressed Enter saw nothing happen. The completion is kept
as it stands, and the same Enter saves."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_INLINE = QCompleter.CompletionMode.InlineCompletion


class _EnterGoesThrough(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _ENTER
            and isinstance(watched, QComboBox)
        ):
            edit = watched.lineEdit()
            completer = edit.completer() if edit is not None else None
            if completer is not None and completer.completionMode() == _INLINE:
                edit.deselect()  # the completed text stays; the Enter is the form's
        return False


def enter_goes_through(form: QWidget) -> None:
    """Watch each editable combo box of `form` (once): Enter saves, completion taken."""
    watcher = form.findChild(_EnterGoesThrough)
    if watcher is None:
        watcher = _EnterGoesThrough(form)
    for combo in form.findChildren(QComboBox):
        if combo.isEditable() and not combo.property("enter_goes_through"):
            combo.setProperty("enter_goes_through", True)
            combo.installEventFilter(watcher)
