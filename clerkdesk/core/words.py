"""Counts in words: "1 credential", "3 credentials" (never "credential(s)")."""

from __future__ import annotations


def counted(count: int, one: str, many: str | None = None) -> str:
    return f"{count:,} {one if count == 1 else (many or one + 's')}"
