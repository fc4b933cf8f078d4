"""The Settings page asks the credential store off the UI thread, one question at a time (a
locked keyring's prompt may hold a question for as long as it is open), and says so when the
register could not be read to ask it."""

from __future__ import annotations

import threading
from typing import Any

from clerkdesk.core.errors import DatabaseBusyError
from clerkdesk.services.credentials import writes as credentials
from clerkdesk.vault.store import VaultStatus

from .conftest import go, store_looked

THERE = VaultStatus(True, "keyring.backends.SecretService.Keyring", "")
LOCKED = VaultStatus(False, "keyring.backends.SecretService.Keyring", "the keyring is locked")


def test_one_question_at_a_time_and_the_last_answer_shown(
    qtbot: Any, window: Any, monkeypatch: Any
) -> None:
    answers = [LOCKED, THERE]
    asked: list[int] = []
    held = threading.Event()

    def status(db: Any) -> VaultStatus:
        asked.append(threading.get_ident())
        held.wait(10)
        return answers[len(asked) - 1]

    monkeypatch.setattr(credentials, "vault_status", status)
    page = go(qtbot, window, "settings")
    assert "Asking this computer's credential store" in page.ui.vault_label.text()
    assert not page.ui.export_handover_button.isEnabled()
    page.store_look.ask()  # the clerk came back meanwhile: asked once more, afterwards
    page.store_look.ask()
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert threading.get_ident() not in asked  # off the UI thread
    held.set()
    store_looked(qtbot, page)
    assert len(asked) == 2  # not three: the asks made meanwhile are one
    assert "Passwords are kept in this computer's credential store" in page.ui.vault_label.text()
    assert page.ui.export_handover_button.isEnabled()


def test_a_register_that_cannot_be_read_is_said_and_asked_again_on_coming_back(
    qtbot: Any, window: Any, monkeypatch: Any
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    def busy(db: Any) -> VaultStatus:
        raise DatabaseBusyError("the database is busy (another workstation is writing)")

    monkeypatch.setattr(credentials, "vault_status", busy)
    page = store_looked(qtbot, go(qtbot, window, "settings"))
    assert page.ui.vault_label.text() == (
        "The credential store could not be asked: the database is busy (another workstation "
        "is writing)"
    )
    assert not page.ui.import_handover_button.isEnabled()

    monkeypatch.setattr(credentials, "vault_status", lambda db: THERE)
    app = QApplication.instance()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    store_looked(qtbot, page)
    assert "Passwords are kept" in page.ui.vault_label.text()
