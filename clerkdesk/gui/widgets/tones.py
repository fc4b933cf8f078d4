"""The colours a table's rows and a form's notes take, each named for what it means."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor

# Tones name what a colour means; each sets both background and text so that it reads the same
# under a light or a dark palette.
TONES: dict[str, tuple[QBrush | None, QBrush]] = {
    "overdue": (QBrush(QColor("#f9d9d6")), QBrush(QColor("#7f1d1d"))),
    "due-soon": (QBrush(QColor("#fcefc5")), QBrush(QColor("#5c4300"))),
    "muted": (None, QBrush(QColor("#808080"))),
}

# What each colour means, for a screen reader: the colour is never the only telling of it.
TONE_WORDS = {"overdue": "Overdue", "due-soon": "Due soon", "muted": "Inactive"}


def tone_style(tone: str, padding: str = "6px") -> str:
    """A style sheet that colours a label (a warning, a note) in `tone`."""
    background, foreground = TONES[tone]
    fill = f"background: {background.color().name()}; " if background is not None else ""
    return f"{fill}color: {foreground.color().name()}; padding: {padding}; border-radius: 3px;"
