"""How the credential store's state reads in the window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ...services.kernel.database import Database
    from ...vault.store import VaultStatus as Status
    from ..window.background import Operation

NO_STORE = "No credential store is available on this computer"


def what_to_do(status: Status, platform: str = sys.platform) -> str:
    """What the clerk can do about a store that is not available, in her words."""
    reason = status.reason.lower()
    back = "then come back to ClerkDesk, which looks again."
    if "locked" in reason or "not unlocked" in reason:
        return f"Unlock it when it asks for your password (or open it from the system tray), {back}"
    if platform == "win32":
        return (
            "Sign in to Windows with your own user account, whose Credential Manager keeps the "
            f"passwords, {back} If it stays unavailable, ask IT to check that the Credential "
            "Manager service is running."
        )
    return (
        "Sign in to a desktop session that has a keyring (GNOME Keyring or KDE Wallet) and "
        f"unlock it, {back} If there is none, ask IT to install one."
    )


def unavailable_text(status: Status) -> str:
    """ "No credential store is available on this computer: <why>. <what to do>" (rich text)"""
    reason = status.reason.strip()
    if reason.lower().startswith(NO_STORE.lower()):
        reason = reason[len(NO_STORE) :].strip(" ()")
    reason = reason[:1].upper() + reason[1:]
    return f"<b>{NO_STORE}:</b> {escape(reason.rstrip('.'))}. {escape(what_to_do(status))}"


# The stores `keyring` reaches, as a clerk knows them.
STORE_NAMES = {
    "WinVaultKeyring": "Windows Credential Manager",
    "Keyring": "",  # every backend module names its class so: told by the module below
    "SecretService": "the desktop's keyring (Secret Service)",
    "kwallet": "KDE Wallet",
    "macOS": "the macOS Keychain",
    "Windows": "Windows Credential Manager",
}


def store_name(backend: str) -> str:
    """ "keyring.backends.SecretService.Keyring" → "the desktop's keyring (Secret Service)";
    a store it does not know by its last two parts ("MemoryKeyring")."""
    parts = [p for p in backend.split(".") if p]
    for part in reversed(parts):
        if STORE_NAMES.get(part):
            return STORE_NAMES[part]
    return parts[-1] if parts else backend


def available_text(status: Status) -> str:
    return (
        f"Passwords are kept in this computer's credential store "
        f"({escape(store_name(status.backend))}), never in the register."
    )


class StoreWatch(QObject):
    """Looks at the store again (`again`) each time the clerk comes back to ClerkDesk from
    another program while it was unavailable: the keyring she unlocked, or the session she
    signed in to, is noticed by the open window without closing it."""

    def __init__(self, parent: QObject, again: Callable[[], None]) -> None:
        super().__init__(parent)
        self.again = again
        self.waiting = False  # set by the owner: the store was unavailable when last looked at
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if self.waiting and state == Qt.ApplicationState.ApplicationActive:
            self.again()


class StoreLook(QObject):
    """Asks the credential store whether it is there, off the UI thread (the first time its
    library loads and finds the store: a tenth of a second, more when the desktop's keyring
    starts or asks to be unlocked), one question at a time: asked again meanwhile, it asks
    once more when the answer comes. `shown(status)` with the answer; `failed(message)` when
    the register could not be read to ask it."""

    def __init__(
        self,
        parent: QWidget,
        db: Database,
        shown: Callable[[Status], None],
        failed: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.parent_widget, self.db, self.shown, self.failed = parent, db, shown, failed
        self.asking: Operation | None = None
        self.again = False

    def ask(self) -> None:
        from ...services.credentials.writes import vault_status
        from ..window.background import run_in_background

        if self.asking is not None:
            self.again = True
            return
        self.again, db = False, self.db
        self.asking = run_in_background(
            self.parent_widget,
            "",
            lambda progress: vault_status(db),
            lambda status: self._answered(lambda: self.shown(status)),
            lambda error: self._answered(lambda: self.failed(error.message)),
            quiet=True,
        )

    def _answered(self, show: Callable[[], None]) -> None:
        self.asking = None
        if self.again:
            self.ask()
        else:
            show()
