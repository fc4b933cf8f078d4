"""How the credential store's state reads in the window."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...vault.store import VaultStatus as Status

NO_STORE = "No credential store is available on this computer"


def unavailable_text(status: Status) -> str:
    """ "No credential store is available on this computer: <why>." (rich text)"""
    reason = status.reason.strip()
    if reason.lower().startswith(NO_STORE.lower()):
        reason = reason[len(NO_STORE) :].strip(" ()")
    reason = reason[:1].upper() + reason[1:]
    return f"<b>{NO_STORE}:</b> {escape(reason.rstrip('.'))}."


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
