"""Which interactive widgets of a window a screen reader could not name."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "").strip()


def unnamed(window: QWidget) -> list[str]:
    """Each visible interactive widget of `window` with no accessible name (its own, its
    buddy label's, its form row's label or its text), as "Class objectName"."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(window):
            continue
        if widget.window() is not window:
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), (QComboBox, QAbstractSpinBox)
        ):
            continue  # the editor inside a combo or spin box: the box carries the name
        if isinstance(widget, QHeaderView):
            continue  # a table's header: its sections are read out by their titles
        if not accessible_name(widget):
            found.append(f"{type(widget).__name__} {widget.objectName() or '(no object name)'}")
    return sorted(found)
