"""The register as one workbook (.xlsx): every kind, a sheet each, in the columns of its CSV
file, so that it can be edited and imported back.

Identifiers and handles are text cells (a spreadsheet keeps their leading zeros, and a text
cell never runs as a formula, so no `'` is put before one); dates are date cells. Every kind
is read in one session, so the sheets agree with one another. openpyxl is imported here only,
when a workbook is written."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..kernel.common import city_zone
from ..kernel.database import Database
from ..kernel.files import write_recorded
from .csv_export import export_change, kind_rows
from .csv_format import KINDS
from .rows import Rows

DATE_FORMAT = "yyyy-mm-dd"
TEXT_FORMAT = "@"
MAX_WIDTH = 60  # characters: a long note does not push the other columns off the screen


def workbook_rows(db: Database) -> dict[str, tuple[Sequence[str], Rows]]:
    """Every kind's columns and rows, read in one session."""
    with db.reading() as session:
        tz = city_zone(session)
        return {kind: (KINDS[kind].columns, kind_rows(session, tz, kind)) for kind in KINDS}


def export_workbook(db: Database, path: Path | str) -> dict[str, int]:
    """Write every kind to a workbook, a sheet each; audited. The number of rows by kind."""
    path = Path(path)
    tables = workbook_rows(db)
    counts = {kind: len(rows) for kind, (_columns, rows) in tables.items()}
    total = sum(counts.values())
    write_recorded(
        db,
        path,
        lambda partial: write_tables(tables, partial),
        export_change("workbook", str(path), total),
    )
    return counts


def write_tables(tables: dict[str, tuple[Sequence[str], Rows]], path: Path) -> None:
    """`tables` (kind: columns and rows) as a workbook, a sheet each, at `path` (written in
    openpyxl's write-only mode: a row at a time, not an object per cell kept)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    for kind, (columns, rows) in tables.items():
        sheet = book.create_sheet(kind)
        values = [[_value(v) for v in row] for row in rows]
        for i, width in enumerate(_widths(columns, values), start=1):
            sheet.column_dimensions[get_column_letter(i)].width = width
        sheet.freeze_panes = "A2"
        header = []
        for column in columns:
            cell = WriteOnlyCell(sheet, value=column)
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        for row in values:
            cells = []
            for value in row:
                cell = WriteOnlyCell(sheet, value=value)
                if isinstance(value, date):
                    cell.number_format = DATE_FORMAT
                elif isinstance(value, str):
                    cell.number_format = TEXT_FORMAT
                cells.append(cell)
            sheet.append(cells)
    book.save(path)


def _value(value: Any) -> str | date | None:
    """A date as a date cell; anything else as the text its CSV cell holds, but without the
    `'` that guards a CSV cell (a text cell does not run as a formula)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _widths(columns: Sequence[str], rows: list[list[str | date | None]]) -> list[float]:
    """Each column as wide as its widest cell (a date's ten characters), within MAX_WIDTH."""
    widths = [len(c) for c in columns]
    for row in rows:
        for i, value in enumerate(row):
            size = 10 if isinstance(value, date) else len(value or "")
            if size > widths[i]:
                widths[i] = size
    return [min(w, MAX_WIDTH) + 2 for w in widths]
