"""Reading a CSV file of INTERFACE.md: UTF-8 with or without Excel's byte-order mark, a header
row, columns in any order; each problem with the line it is on."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..core.dates import parse_date
from ..core.errors import ClerkDeskError, ImportProblems
from .common import clean
from .csv_format import CsvKind


@dataclass
class Row:
    """A row of the file: its line, and {column: text or None} for the columns it has."""

    line: int
    cells: dict[str, str | None]


def read_rows(path: Path, kind: CsvKind) -> list[Row]:
    """The file's rows as {column: text or None}, or ImportProblems for the file's shape."""
    name = path.name
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError as exc:
        raise ClerkDeskError(f"no file {path}") from exc
    except UnicodeDecodeError as exc:
        raise ImportProblems([f"{name}:1: -: not UTF-8 text; save it as 'CSV UTF-8'"]) from exc
    reader = csv.reader(text.splitlines(keepends=True))
    try:
        header = next(reader)
    except StopIteration:
        raise ImportProblems([f"{name}:1: -: the file is empty; it needs a header row"]) from None
    header = [h.strip() for h in header]
    problems = [
        f"{name}:1: {h or '(blank)'}: unknown column (expected: {', '.join(kind.columns)})"
        for h in header
        if h not in kind.columns
    ]
    problems += [
        f"{name}:1: {h}: column appears twice" for h in set(header) if h and header.count(h) > 1
    ]
    problems += [
        f"{name}:1: {c}: required column is missing" for c in kind.required if c not in header
    ]
    if problems:
        raise ImportProblems(problems)
    rows: list[Row] = []
    start = reader.line_num + 1
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                if len(cells) > len(header):
                    problems.append(
                        f"{name}:{start}: -: {len(cells)} cells but {len(header)} columns"
                    )
                padded = cells + [""] * (len(header) - len(cells))
                values = {h: clean(v) for h, v in zip(header, padded, strict=False)}
                rows.append(Row(start, values))
            start = reader.line_num + 1
    except csv.Error as exc:
        problems.append(f"{name}:{reader.line_num}: -: {exc}")
    if problems:
        raise ImportProblems(problems)
    return rows


def cell_date(row: Row, column: str, problems: dict[str, str]) -> date | None:
    """The cell's date; a wrong one is said in `problems`."""
    text = row.cells.get(column)
    if not text:
        return None
    try:
        return parse_date(text)
    except ClerkDeskError as exc:
        problems[column] = exc.message
        return None


def duplicates(rows: list[Row], key: Callable[[Row], Any]) -> Iterator[tuple[Row, int]]:
    """Each row whose key an earlier row has, with that earlier row's line."""
    seen: dict[Any, int] = {}
    for row in rows:
        k = key(row)
        if k is None:
            continue
        if k in seen:
            yield row, seen[k]
        else:
            seen[k] = row.line
