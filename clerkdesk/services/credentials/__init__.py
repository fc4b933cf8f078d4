"""The credentials register (R8-R11): each account's password and recovery codes in the
operating system's credential store, and the record of their changes here."""

from __future__ import annotations

from ..kernel.registers import declare

REGISTER = declare(
    __name__,
    "credentials",
    {"credential", "password_change", "pending_change"},
    replayed="replay",
    written_by={"account", "database"},
)
