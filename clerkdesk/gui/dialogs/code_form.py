"""A form built in code rather than in Designer: rows of label, field and the field's error
label (named `<field>_error`, as FieldErrors expects), a general error label and OK/Cancel."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from .form_dialog import FormDialog


class CodeForm(SimpleNamespace):
    """The dialog's widgets by name, with an error label per field."""


def build_form(
    dialog: FormDialog,
    intro: str,
    rows: list[tuple[str, str, QWidget]],
    ok_text: str = "Save",
) -> CodeForm:
    """Lay out `rows` of (field, label, widget) in `dialog`; the fields are watched for the
    service's messages."""
    form = CodeForm()
    outer = QVBoxLayout(dialog)
    if intro:
        label = QLabel(intro)
        label.setWordWrap(True)
        outer.addWidget(label)
    layout = QFormLayout()
    for name, text, widget in rows:
        widget.setObjectName(f"{name}_field")
        error = QLabel()
        error.setObjectName(f"{name}_error")
        error.setWordWrap(True)
        error.setVisible(False)
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(error)
        label = QLabel(text)
        label.setBuddy(widget)
        layout.addRow(label, box)
        setattr(form, name, widget)
        setattr(form, f"{name}_error", error)
    outer.addLayout(layout)
    form.form_error = QLabel()
    form.form_error.setWordWrap(True)
    form.form_error.setVisible(False)
    outer.addWidget(form.form_error)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    outer.addWidget(buttons)
    form.buttons = buttons
    dialog.watch_fields(form, {name: widget for name, _t, widget in rows}, form.form_error)
    return form
