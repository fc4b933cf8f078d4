"""How the credential store's state reads in the window."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..vault.store import VaultStatus as Status

NO_STORE = "No credential store is available on this computer"


def unavailable_text(status: Status) -> str:
    """ "No credential store is available on this computer: <why>." (rich text)"""
    reason = status.reason.strip()
    if reason.lower().startswith(NO_STORE.lower()):
        reason = reason[len(NO_STORE) :].strip(" ()")
    reason = reason[:1].upper() + reason[1:]
    return f"<b>{NO_STORE}:</b> {escape(reason.rstrip('.'))}."


def available_text(status: Status) -> str:
    return (
        f"Passwords are kept in this computer's credential store ({escape(status.backend)}), "
        "never in the register."
    )
