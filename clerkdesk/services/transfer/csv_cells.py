"""One CSV cell, either way: a cell a spreadsheet would run as a formula is written with a
leading `'` and read back without it (OWASP's advice on CSV injection), and a cell read is
refused when it holds what no clerk could see or more than its column takes."""

from __future__ import annotations

from ...core.validation import text_problem
from .csv_format import CsvKind

# What a spreadsheet takes as the start of a formula (or of a cell it reinterprets).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def guard(text: str) -> str:
    """The cell as it is written: a formula-like cell behind a `'`; a cell that starts with a
    `'` that reading would take off keeps it behind another, so every cell round-trips."""
    if text.startswith(FORMULA_START) or (text.startswith("'") and _guarded(text)):
        return "'" + text
    return text


def unguard(text: str) -> str:
    """The cell as it was before `guard`: a `'` before a formula sign (or before another `'`)
    is taken off; an apostrophe a clerk typed before a letter stays."""
    return text[1:] if _guarded(text) else text


def _guarded(text: str) -> bool:
    return text.startswith("'") and text[1:2] != "" and text[1:].startswith((*FORMULA_START, "'"))


def cell_problem(kind: CsvKind, column: str, text: str) -> str | None:
    """What is wrong with the text of a cell of `kind` (its column's own limit, if the kind
    gives one), or None."""
    return text_problem(column, text, dict(kind.limits).get(column))
