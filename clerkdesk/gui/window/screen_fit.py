"""Fitting the window to the screens city offices have (1366×768 and 1024×768 laptops): the
first window sized to the screen's free area, and pages that scroll rather than push the
window wider or taller than the screen."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QDataStream, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QScrollArea, QWidget

# Wider and taller than this, the window opens at this size, centred; smaller, it fills the
# screen's free area (the taskbar left out).
ROOMY = (1280, 800)


def first_geometry(room: QRect, frame: tuple[int, int]) -> tuple[QRect, bool]:
    """Where the first window goes in the screen's free area `room`, given its frame's width
    and height (title bar, borders); and whether to show it maximized."""
    width, height = ROOMY
    frame_w, frame_h = frame
    if room.width() >= width + frame_w + 80 and room.height() >= height + frame_h + 60:
        x = room.x() + (room.width() - width - frame_w) // 2
        y = room.y() + (room.height() - height - frame_h) // 2
        return QRect(x, y, width, height), False
    inner = QRect(room.x(), room.y(), room.width() - frame_w, room.height() - frame_h)
    return inner, True


def _frame(window: QWidget) -> tuple[int, int]:
    """The width and height its frame (title bar, borders) adds to `window`. Before it is
    shown, a window has no frame yet: they are guessed."""
    frame = window.frameGeometry().size() - window.geometry().size()
    return max(frame.width(), 8), max(frame.height(), 38)


def fit_to_screen(window: QWidget) -> bool:
    """Size and place the first window for its screen; whether to show it maximized."""
    room = window.screen().availableGeometry()
    geometry, maximized = first_geometry(room, _frame(window))
    window.resize(geometry.size())
    window.move(geometry.topLeft())
    return maximized


def saved_frame_margins(saved: QByteArray) -> tuple[int, int] | None:
    """The width and height the frame (title bar, borders) added to a window when `saved` was
    taken (`QWidget.saveGeometry`: its frame's and its own rectangle, in that order), or None
    when `saved` is not one."""
    stream = QDataStream(saved)
    if stream.readUInt32() != 0x1D9D0CB or stream.readUInt16() != 3:
        return None
    stream.readUInt16()
    frame, inner = ([stream.readInt32() for _ in range(4)] for _ in range(2))
    if stream.status() != QDataStream.Status.Ok:
        return None
    extra_w = (frame[2] - frame[0]) - (inner[2] - inner[0])
    extra_h = (frame[3] - frame[1]) - (inner[3] - inner[1])
    return (extra_w, extra_h) if extra_w >= 0 and extra_h >= 0 else None


def restore_on_screen(window: QWidget, saved: QByteArray) -> bool:
    """The `saved` geometry, used as it is only when it fits the free area of the screen the
    window opens on; saved on a wider screen, it is fitted to this one (shrunk to its free
    area, moved inside it) rather than reaching past its edge. Whether to show it maximized
    (a first start's choice when there is nothing to restore)."""
    if not window.restoreGeometry(saved):
        return fit_to_screen(window)
    maximized = window.isMaximized()
    normal = window.normalGeometry() if maximized else window.geometry()
    geometry = normal if normal.isValid() else window.geometry()
    screen = QGuiApplication.screenAt(geometry.center()) or window.screen()
    room = screen.availableGeometry()
    extra_w, extra_h = saved_frame_margins(saved) or _frame(window)
    border = extra_w // 2
    frame = QRect(
        geometry.x() - border,
        geometry.y() - (extra_h - border),
        geometry.width() + extra_w,
        geometry.height() + extra_h,
    )
    if room.contains(frame):
        return False
    width = min(geometry.width(), room.width() - extra_w)
    height = min(geometry.height(), room.height() - extra_h)
    x = min(max(frame.x(), room.x()), room.right() + 1 - width - extra_w) + border
    y = min(max(frame.y(), room.y()), room.bottom() + 1 - height - extra_h) + extra_h - border
    if not maximized:
        window.setGeometry(x, y, width, height)
        return False
    # (The `Qt` namespace only here: the shell's start leaves it unmade, tests/gui/test_startup.)
    from PySide6.QtCore import Qt

    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setGeometry(x, y, width, height)  # the size it takes back when no longer maximized
    window.setWindowState(Qt.WindowState.WindowMaximized)
    return False


def page_scroller(page: QWidget, title: str) -> QScrollArea:
    """`page` in a frameless scroll area: on a screen narrower or shorter than the page's
    least size it scrolls, instead of the window growing past the screen's edge. It takes no
    Tab stop of its own (a screen reader would announce an unnamed "filler"), and is named
    after the page `title` for one that reads the window's parts."""
    scroll = QScrollArea()
    scroll.setObjectName(f"{page.objectName()}_scroll")
    scroll.setAccessibleName(title)
    # No focus: as a property, since `Qt.FocusPolicy` would make the whole `Qt` namespace at
    # start-up (tests/gui/test_startup.py).
    scroll.setProperty("focusPolicy", 0)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setWidget(page)
    return scroll


def keep_on_screen(window: QWidget) -> None:
    """A window larger than the screen's free area is shrunk to it (down to its least size)
    and moved inside it, so that its buttons can be reached."""
    room = window.screen().availableGeometry()
    frame = window.frameGeometry()
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    owner = window.parentWidget().window() if window.parentWidget() is not None else None
    if (extra_w, extra_h) == (0, 0) and owner is not None:  # not framed yet: as its owner is
        extra_w = owner.frameGeometry().width() - owner.width()
        extra_h = owner.frameGeometry().height() - owner.height()
    width = min(window.width(), room.width() - extra_w)
    height = min(window.height(), room.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumSizeHint().width()), height)
        frame = window.frameGeometry()
    x = min(max(frame.x(), room.x()), room.right() + 1 - frame.width())
    y = min(max(frame.y(), room.y()), room.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, room.x()), max(y, room.y()))


def split_row(row: QBoxLayout, keep: int) -> QHBoxLayout:
    """Move the widgets of a row of buttons after the first `keep` to a second row under it
    (inserted in the row's parent layout), so that the row fits a small screen."""
    parent = row.parent()
    assert isinstance(parent, QBoxLayout)
    second = QHBoxLayout()
    widgets = [row.itemAt(i).widget() for i in range(row.count())]
    for widget in [w for w in widgets if w is not None][keep:]:
        row.removeWidget(widget)
        second.addWidget(widget)
    second.addStretch(1)
    parent.insertLayout(parent.indexOf(row) + 1, second)
    return second
