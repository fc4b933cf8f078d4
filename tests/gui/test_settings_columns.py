"""The Settings page's two columns: side by side where the window is wide enough, one above
the other on a 1024-pixel screen, so that the page scrolls down and never sideways."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout

from .conftest import go


def test_the_columns_stack_on_a_narrow_window_and_come_back_side_by_side(qtbot, window) -> None:
    page = go(qtbot, window, "settings")
    ui = page.ui
    window.resize(1000, 720)  # a 1024×768 screen less the window's frame
    qtbot.waitUntil(lambda: ui.columns_layout.direction() == QBoxLayout.Direction.TopToBottom)
    scroll = ui.parameters_scroll
    assert scroll.horizontalScrollBar().maximum() == 0  # nothing cut off at the right
    # Every parameter is still there, below the city's details.
    assert ui.parameters_box.geometry().top() > ui.credentials_box.geometry().bottom()
    window.resize(1340, 740)  # a 1366×768 screen
    qtbot.waitUntil(lambda: ui.columns_layout.direction() == QBoxLayout.Direction.LeftToRight)
    assert scroll.horizontalScrollBar().maximum() == 0
    assert ui.parameters_box.geometry().left() > ui.credentials_box.geometry().right()
