"""Reading a CSV file of INTERFACE.md: UTF-8 with or without Excel's byte-order mark, a header
row, columns in any order; each problem with the line it is on."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ...core.dates import parse_date
from ...core.errors import ClerkDeskError, ImportProblems
from ..kernel.common import clean
from .csv_cells import cell_problem, unguard
from .csv_format import CsvKind


@dataclass
class Row:
    """A row of the file: its line, and {column: text or None} for the columns it has."""

    line: int
    cells: dict[str, str | None]


def read_rows(path: Path, kind: CsvKind) -> list[Row]:
    """The file's rows as {column: text or None}, or ImportProblems for the file's shape.

    The file is read as RFC 4180 has it: only CR, LF and CRLF end a line, and only outside a
    quoted cell; a form feed or U+2028 is a character of its cell (and refused there as a
    control character). A quote never closed is refused with the line where it opened."""
    name = path.name
    text = _text(path)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportProblems([f"{name}:1: -: the file is empty; it needs a header row"]) from None
    except csv.Error as exc:
        raise ImportProblems([_shape_problem(name, text, 1, exc)]) from None
    header = [h.strip() for h in header]
    problems = header_problems(name, header, kind)
    if problems:
        raise ImportProblems(problems)
    rows: list[Row] = []
    start = reader.line_num + 1
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                rows.append(read_row(name, start, header, cells, kind, problems))
            start = reader.line_num + 1
    except csv.Error as exc:
        problems.append(_shape_problem(name, text, start, exc))
    if problems:
        raise ImportProblems(problems)
    return rows


def header_problems(name: str, header: list[str], kind: CsvKind) -> list[str]:
    """What is wrong with a header row of `kind` (a CSV file's, or a workbook sheet's)."""
    problems = [
        f"{name}:1: {_shown(h) or '(blank)'}: unknown column (expected: {', '.join(kind.columns)})"
        for h in header
        if h not in kind.columns
    ]
    problems += [
        f"{name}:1: {h}: column appears twice" for h in set(header) if h and header.count(h) > 1
    ]
    problems += [
        f"{name}:1: {c}: required column is missing" for c in kind.required if c not in header
    ]
    return problems


def read_row(
    name: str, line: int, header: list[str], cells: list[str], kind: CsvKind, problems: list[str]
) -> Row:
    """One row's text as the register reads it (a workbook's cells turned into the text a CSV
    file would hold go through here too, so that the two can never disagree)."""
    if len(cells) > len(header):
        problems.append(f"{name}:{line}: -: {len(cells)} cells but {len(header)} columns")
    padded = [unguard(c) for c in cells] + [""] * (len(header) - len(cells))
    values = {}
    for h, v in zip(header, padded, strict=False):
        problem = cell_problem(kind, h, v)
        if problem:
            problems.append(f"{name}:{line}: {h}: {problem}")
        values[h] = clean(v)
    return Row(line, values)


def _text(path: Path) -> str:
    name = path.name
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ClerkDeskError(f"no file {path}") from exc
    except IsADirectoryError as exc:
        raise ClerkDeskError(f"{path} is a folder; give the CSV file in it") from exc
    except OSError as exc:
        if path.is_dir():
            raise ClerkDeskError(f"{path} is a folder; give the CSV file in it") from exc
        raise ClerkDeskError(f"could not read {path}: {exc.strerror or exc}") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportProblems([f"{name}:{line}: -: not UTF-8 text; save it as 'CSV UTF-8'"]) from exc
    if text.startswith(MOJIBAKE_BOM):
        raise ImportProblems([f"{name}:1: -: {MOJIBAKE_MESSAGE}"])
    return text


# Excel's byte-order mark read as Windows-1252 and saved again: the file's first characters.
MOJIBAKE_BOM = "\u00ef\u00bb\u00bf"
MOJIBAKE_MESSAGE = (
    "this file was opened as Windows-1252 and saved again, which garbled it (its first "
    "characters, 'ï»¿', are the mark that says UTF-8, and letters such as é are garbled the "
    "same way): save it again from the file it came from, as 'CSV UTF-8'"
)


def _shape_problem(name: str, text: str, start: int, exc: csv.Error) -> str:
    """A file the csv module could not read, said with its line: a quote never closed names
    the line where it opened."""
    opened = _unclosed_quote(text)
    if opened is not None:
        return f"{name}:{opened}: -: a quote opened on this line is never closed"
    return f"{name}:{start}: -: not a well-formed CSV line ({exc})"


def _unclosed_quote(text: str) -> int | None:
    """The line where a quoted cell opens that the file never closes, or None."""
    line, at, opened = 1, 0, None
    field_start = True
    length = len(text)
    while at < length:
        ch = text[at]
        if opened is not None:
            if ch == '"':
                if text.startswith('""', at):
                    at += 2
                    continue
                opened, field_start = None, False
            elif ch == "\n" or (ch == "\r" and not text.startswith("\r\n", at)):
                line += 1
        elif ch == '"' and field_start:
            opened, field_start = line, False
        elif ch == ",":
            field_start = True
        elif ch == "\n" or (ch == "\r" and not text.startswith("\r\n", at)):
            line, field_start = line + 1, True
        else:
            field_start = False
        at += 1
    return opened


def _shown(text: str) -> str:
    """A header cell as a message may show it: control characters as escapes."""
    return text.encode("unicode_escape").decode("ascii") if not text.isprintable() else text


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
