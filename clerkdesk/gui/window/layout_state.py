"""Saved window layouts (geometry, splitters, table headers) read back from the settings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings


def saved_state(settings: QSettings, key: str) -> QByteArray | None:
    """The state saved under `key`, or None when there is none (or it is not a state)."""
    value = settings.value(key)
    if isinstance(value, QByteArray | bytes) and value:
        return QByteArray(value)
    return None
