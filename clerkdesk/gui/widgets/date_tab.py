"""Tab leaves a date or date-time field for the next field, instead of walking through the
field's day, month, year, hour and minute first (those are reached with the arrow keys)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QWidget


def _next_field(edit: QWidget, forward: bool) -> QWidget | None:
    widget = edit.nextInFocusChain() if forward else edit.previousInFocusChain()
    while widget is not None and widget is not edit:
        if (
            not edit.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusProxy() is None
        ):
            return widget
        widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
    return None


class _TabOut(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and isinstance(watched, QDateTimeEdit)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            target = _next_field(watched, forward)
            if target is not None:
                target.setFocus(
                    Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
                )
                return True
        return False


_TAB_OUT = _TabOut()


def tab_past_date_parts(window: QWidget) -> None:
    """For every date or date-time field of `window` (once each)."""
    for edit in window.findChildren(QDateTimeEdit):
        if not edit.property("clerkdesk_tab_out"):
            edit.setProperty("clerkdesk_tab_out", True)
            edit.installEventFilter(_TAB_OUT)
