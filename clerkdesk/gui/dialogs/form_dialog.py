"""What every editing dialog does on OK: save through one service call; on a ValidationError
show each message beside its field and stay open (the service wrote nothing); on another
ClerkDeskError say so plainly and stay open."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)

from ...core.errors import ClerkDeskError, ValidationError
from ..widgets import messages
from ..widgets.date_field import date_problems
from ..widgets.enter_key import enter_goes_through
from ..widgets.field_errors import FieldErrors
from ..widgets.wrapping import grow_to_fit
from ..window.screen_fit import keep_on_screen


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result_value: Any = None
        self.errors: FieldErrors | None = None

    def watch_fields(self, form: object, fields: Mapping[str, QWidget], general: QLabel) -> None:
        self.errors = FieldErrors(form, fields, general)

    def save(self) -> Any:
        """Call the service; return what it returned."""
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_fit(self)
        enter_goes_through(self)
        # Now, and once the window manager has framed it.
        QTimer.singleShot(0, self, self._keep_on_screen)
        QTimer.singleShot(200, self, self._keep_on_screen)

    def _keep_on_screen(self) -> None:
        keep_on_screen(self)

    def accept(self) -> None:
        if self.errors is not None and (refused := date_problems(self)):
            self.errors.show(refused)  # a date it cannot read is refused; nothing is saved
            grow_to_fit(self)
            return
        try:
            self.result_value = self.save()
        except ValidationError as error:
            assert self.errors is not None
            self.errors.show(error.fields)
            grow_to_fit(self)
            return
        except ClerkDeskError as error:
            if self.errors is not None:
                self.errors.clear()
            messages.show_error(self, error.message)
            return
        super().accept()


def offer_completion(combo: QComboBox, names: list[str]) -> None:
    """An editable combo that lists `names` and completes any part of one as it is typed."""
    combo.clear()
    combo.addItems(names)
    combo.setCurrentIndex(-1)
    completer = QCompleter(names, combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)


def cancel_by_default(box: QDialogButtonBox, action: QAbstractButton) -> None:
    """For a step that cannot be taken back: Enter and Escape cancel; only `action` goes ahead."""
    if isinstance(action, QPushButton):
        action.setAutoDefault(False)
        action.setDefault(False)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setDefault(True)
    cancel.setAutoDefault(True)
