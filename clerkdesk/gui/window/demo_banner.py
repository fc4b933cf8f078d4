"""The banner that says the window shows the demonstration city, with the way back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QSizePolicy


def demo_banner(leave: Callable[[], object]) -> QLabel:
    """A banner over the pages: the demonstration is a register of its own; its link leaves."""
    banner = QLabel(
        "<b>Demonstration</b>: the fictional city in a register of its own, made afresh "
        "each time. Nothing here is real, and nothing here reaches your register. "
        "<a href='leave'>Leave the demonstration</a>"
    )
    banner.setObjectName("demo_banner")
    banner.setWordWrap(True)
    banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    banner.setStyleSheet("QLabel { background: #fff3c4; color: #3d3000; padding: 6px; }")
    banner.linkActivated.connect(lambda _: leave())
    return banner
