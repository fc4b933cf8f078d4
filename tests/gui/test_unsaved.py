"""Edits on Settings not saved yet: leaving the page or quitting (Ctrl+Q) asks first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from clerkdesk.gui.widgets import messages
from clerkdesk.gui.widgets.messages import ask_unsaved as real_ask_unsaved
from clerkdesk.services.city.writes import get_city

from .conftest import go

BUTTONS = {
    "save": QMessageBox.StandardButton.Save,
    "discard": QMessageBox.StandardButton.Discard,
    "cancel": QMessageBox.StandardButton.Cancel,
}


@pytest.fixture
def box(monkeypatch):
    """The real question; `box.answer` is the button a test presses in it."""

    class Box:
        def __init__(self) -> None:
            self.answer = "cancel"
            self.texts: list[str] = []

    seen = Box()
    pending: list[bool] = []

    def ask(parent, what: str) -> str:
        """The real box once a test started it; after that (as the window closes once the
        test is over) the edits are dropped without a box nobody would answer."""
        if pending:
            pending.clear()
            return real_ask_unsaved(parent, what)
        return messages.DISCARD

    monkeypatch.setattr(messages, "ask_unsaved", ask)

    def press() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.texts.append(widget.text())
        widget.button(BUTTONS[seen.answer]).click()

    def start() -> None:
        pending.append(True)
        QTimer.singleShot(20, press)

    seen.start = start  # type: ignore[attr-defined]
    return seen


def settings_with_an_edit(qtbot, window):
    page = go(qtbot, window, "settings")
    assert page.unsaved() is None
    page.ui.city_edit.setText("City of Stoughton")
    assert page.unsaved() == "Settings"
    return page


def test_leaving_settings_with_edits_can_stay(qtbot, window, box) -> None:
    page = settings_with_an_edit(qtbot, window)
    box.answer = "cancel"
    box.start()
    window.go("today")
    assert box.texts == ["Settings has changes that are not saved yet. Save them?"]
    assert window.current_key() == "settings"
    assert window.ui.navigation.currentRow() == window.index_of("settings")
    assert page.ui.city_edit.text() == "City of Stoughton"


def test_leaving_settings_can_save(qtbot, window, box, city_db) -> None:
    settings_with_an_edit(qtbot, window)
    box.answer = "save"
    box.start()
    window.go("today")
    assert window.current_key() == "today"
    assert get_city(city_db).name == "City of Stoughton"


def test_leaving_settings_can_drop_the_edits(qtbot, window, box, city_db) -> None:
    page = settings_with_an_edit(qtbot, window)
    box.answer = "discard"
    box.start()
    window.go("today")
    assert window.current_key() == "today"
    assert get_city(city_db).name == "Stoughton" and page.ui.city_edit.text() == "Stoughton"


def test_a_save_with_problems_stays_on_settings(qtbot, window, box, city_db) -> None:
    page = settings_with_an_edit(qtbot, window)
    page.ui.city_edit.clear()
    box.answer = "save"
    box.start()
    window.go("today")
    assert window.current_key() == "settings" and page.errors.shown()["city"] == "Required"


def test_ctrl_q_with_edits_asks_and_can_stay(qtbot, window, box) -> None:
    settings_with_an_edit(qtbot, window)
    box.answer = "cancel"
    box.start()
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert box.texts and window.isVisible()


def test_ctrl_q_with_edits_can_save(qtbot, window, box, city_db) -> None:
    settings_with_an_edit(qtbot, window)
    box.answer = "save"
    box.start()
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible() and get_city(city_db).name == "City of Stoughton"


def test_without_edits_nothing_is_asked(qtbot, window, unsaved_answers) -> None:
    go(qtbot, window, "settings")
    window.go("today")
    window.close()
    assert unsaved_answers == [] and not window.isVisible()


def test_an_edited_agreement_text_counts(qtbot, window, unsaved_answers) -> None:
    page = go(qtbot, window, "settings")
    page.ui.agreement_edit.setPlainText("Our own text.")
    window.go("today")
    assert unsaved_answers == ["Settings"]
