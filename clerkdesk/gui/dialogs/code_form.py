"""A form dialog whose fields are built in code: a label and a widget per field, the service's
message for the field under it, a general message above the buttons. The field names are the
services' (the CSV columns), so that a dialog and an import report say the same.

A subclass adds its fields one by one: `add_line`, `add_date`, `add_combo`, `add_checks`, or
`add_field` for a widget it made itself; then `finish()`. (A dialog drawn in Qt Designer holds
its generated form instead, as Picard's do.)"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..widgets.date_field import DateField
from .form_dialog import FormDialog

_INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)


def label_words(label: str) -> str:
    """A field's label as a screen reader says it: no mnemonic "&", no closing colon."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def name_after_label(widget: QWidget, label: str) -> None:
    """Name a field's widget after its label, as a Designer buddy is: the widget itself, or
    (a row of several) each control in it that says nothing of itself. A button with its
    own text, or a control already named, keeps its name."""
    name = label_words(label)
    if not name:
        return
    controls = [widget] if isinstance(widget, _INTERACTIVE) else widget.findChildren(QWidget)
    for control in controls:
        if not isinstance(control, _INTERACTIVE) or control.accessibleName():
            continue
        if isinstance(control, QAbstractButton) and control.text():
            continue
        if isinstance(control, QLineEdit) and isinstance(
            control.parent(), (QComboBox, QAbstractSpinBox)
        ):
            continue  # the editor inside a combo or spin box: the box carries the name
        control.setAccessibleName(name)


def field_row(
    name: str, label: str, widget: QWidget, focus: QWidget | None = None
) -> tuple[QLabel, QWidget, QLabel]:
    """One row of a form: its label (the buddy of `focus`, else of `widget`), and the field
    with the label for the service's message about it (`<name>_error`) under it."""
    error = QLabel()
    error.setObjectName(f"{name}_error")
    error.setWordWrap(True)
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(error)
    caption = QLabel(label)
    caption.setBuddy(focus or widget)
    name_after_label(widget, label)  # in its holder, the form row's label names it not
    return caption, holder, error


class CodeFormDialog(FormDialog):
    """Subclasses add their fields with the `add_*` methods, then call `finish()`."""

    def __init__(
        self, title: str, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.settings = settings
        self.ui = SimpleNamespace()  # the `<field>_error` labels FieldErrors reads
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        self.general = QLabel()
        self.general.setWordWrap(True)
        layout.addWidget(self.general)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def say(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.show()

    def set_ok_text(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(text)

    def add_field(
        self, name: str, label: str, widget: QWidget, focus: QWidget | None = None
    ) -> None:
        """A row of a widget the dialog made itself, under `label`, with its error label."""
        self._add(name, label, widget, focus)

    def _add(self, name: str, label: str, widget: QWidget, focus: QWidget | None = None) -> None:
        caption, holder, error = field_row(name, label, widget, focus)
        setattr(self.ui, f"{name}_error", error)
        self.form.addRow(caption, holder)
        self.fields[name] = focus or widget

    def add_line(self, name: str, label: str, text: str = "", placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(f"{name}_edit")
        edit.setPlaceholderText(placeholder)
        edit.setMinimumWidth(320)
        self._add(name, label, edit)
        return edit

    def add_date(
        self,
        name: str,
        label: str,
        day: date | None,
        today: date,
        optional: bool = False,
        check_text: str = "Known",
    ) -> DateField:
        """A date field (`DateField`); `optional` puts a check box saying it is known in front."""
        field = DateField()
        field.setObjectName(f"{name}_date")
        if optional:
            field.make_optional(check_text, today)
            field.set(day)
        else:
            field.setDate(day or today)
        self._add(name, label, field)
        return field

    def add_combo(
        self, name: str, label: str, items: dict[str, str], current: str | None
    ) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"{name}_combo")
        for key, text in items.items():
            combo.addItem(text, key)
        if current is not None and (index := combo.findData(current)) >= 0:
            combo.setCurrentIndex(index)
        self._add(name, label, combo)
        return combo

    def add_checks(
        self, name: str, label: str, items: dict[str, str], checked: tuple[str, ...] = ()
    ) -> dict[str, QCheckBox]:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        boxes = {}
        for key, text in items.items():
            box = QCheckBox(text)
            box.setChecked(key in checked)
            column.addWidget(box)
            boxes[key] = box
        first = next(iter(boxes.values()), None)
        self._add(name, label, holder, first)
        return boxes

    def finish(self) -> None:
        self.watch_fields(self.ui, self.fields, self.general)
