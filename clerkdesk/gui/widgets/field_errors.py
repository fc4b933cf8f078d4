"""Each service's ValidationError message, shown under the field it is about.

A form names its error labels after the fields (`url_error` under the URL field); the field
names are those of the services (the CSV column names). A message about a field the form does
not show goes to the form's general error label.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from .date_field import DateField
from .wrapping import fit, grow_to_fit, keep_fitted

_LIGHT_RED, _DARK_RED = "#ff8a80", "#b3261e"


def error_colour(widget: QWidget) -> str:
    """A red that reads on the widget's background, light or dark."""
    window = widget.palette().color(QPalette.ColorRole.Window)
    return _LIGHT_RED if window.lightness() < 128 else _DARK_RED


def sentence(message: str) -> str:
    """A service message ("is not an e-mail address", "required") as a sentence of its own."""
    if message.startswith("is "):
        message = "This " + message
    return message[:1].upper() + message[1:]


class FieldErrors:
    def __init__(self, form: object, fields: Mapping[str, QWidget], general: QLabel) -> None:
        """`form` is a Designer form (`self.ui`) holding a `<field>_error` label per field."""
        self.fields = dict(fields)
        self.labels: dict[str, QLabel] = {name: getattr(form, f"{name}_error") for name in fields}
        self.general = general
        colour = error_colour(general)
        for label in (*self.labels.values(), general):
            label.setStyleSheet(f"color: {colour};")
            label.setTextFormat(Qt.TextFormat.PlainText)  # a message naming "<Parks & Rec>"
            keep_fitted(label)
            label.hide()
        self._colour = colour
        for name, widget in self.fields.items():
            if isinstance(widget, DateField):  # it refuses on the spot, under itself
                widget.field_name = name
                widget.show_refusal = lambda message, name=name: self.show_one(name, message)
            for signal in _edited(widget):
                signal.connect(lambda *_, name=name: self.clear_field(name))

    def clear(self) -> None:
        for name, label in self.labels.items():
            label.clear()
            label.hide()
            _styled(self.fields[name]).setStyleSheet("")
        self.general.clear()
        self.general.hide()

    def clear_field(self, name: str) -> None:
        """Take back the message beside one field (e.g. once what it was about is retyped)."""
        label = self.labels.get(name)
        if label is not None and label.text():
            label.clear()
            label.hide()
            _styled(self.fields[name]).setStyleSheet("")

    def show_one(self, name: str, message: str) -> None:
        """One field's message, said as the clerk leaves it (the others stay as they are)."""
        label = self.labels[name]
        label.setText(sentence(message))
        label.show()
        fit(label)
        self._highlight(self.fields[name])
        if label.window().isVisible():
            grow_to_fit(label.window())

    def show(self, problems: Mapping[str, str]) -> None:
        """Show each problem beside its field, highlight the field, focus the first one."""
        self.clear()
        first: QWidget | None = None
        other: list[str] = []
        for name, message in problems.items():
            widget = self.fields.get(name)
            if widget is None:
                other.append(f"{name.replace('_', ' ')}: {message}")
                continue
            label = self.labels[name]
            label.setText(sentence(message))
            label.show()
            fit(label)
            self._highlight(widget)
            first = first or widget
        if other:
            self.general.setText(sentence("\n".join(other)))
            self.general.show()
            fit(self.general)
        if first is not None and first.isEnabled():
            first.setFocus()

    def shown(self) -> dict[str, str]:
        """What is shown now, by field (tests and the general label under "")."""
        shown = {name: label.text() for name, label in self.labels.items() if label.text()}
        if self.general.text():
            shown[""] = self.general.text()
        return shown

    def _highlight(self, widget: QWidget) -> None:
        widget = _styled(widget)
        if isinstance(widget, QAbstractButton):
            widget.setStyleSheet(f"color: {self._colour};")
        else:
            widget.setStyleSheet(
                f"{type(widget).__name__} {{ border: 2px solid {self._colour}; "
                "border-radius: 3px; padding: 1px; }"
            )


def _edited(widget: QWidget) -> list[Any]:
    """The signals that say the user changed the field: its message then goes, as the field
    is being corrected."""
    if isinstance(widget, QLineEdit):
        return [widget.textEdited]
    if isinstance(widget, QComboBox):
        edits = [widget.activated]
        if widget.isEditable():
            edits.append(widget.editTextChanged)
        return edits
    if isinstance(widget, DateField):
        return [widget.edited]
    if isinstance(widget, QSpinBox):
        return [widget.valueChanged]
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return [widget.textChanged]
    if isinstance(widget, QAbstractButton):
        return [widget.toggled]
    return []


def _styled(widget: QWidget) -> QWidget:
    """The widget a field's highlight is drawn on (a date field's text box)."""
    return widget.line if isinstance(widget, DateField) else widget
