"""The CSV files of INTERFACE.md: every kind, as the registers declare them
(`kernel.registers`), in the order files are imported (a kind after those its rows name)."""

from __future__ import annotations

from ..kernel.registers import CsvKind, file_kinds

__all__ = ["AUDIT_COLUMNS", "EXPORT_KINDS", "IMPORT_KINDS", "KINDS", "CsvKind"]

KINDS: dict[str, CsvKind] = file_kinds()
IMPORT_KINDS = tuple(KINDS)
EXPORT_KINDS = (*KINDS, "audit")
AUDIT_COLUMNS = ("seq", "at", "actor", "action", "entity", "entity_key", "summary", "details")
