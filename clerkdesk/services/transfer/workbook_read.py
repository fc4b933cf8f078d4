"""The clerk's workbook (.xlsx): a sheet per kind, named after it, imported at once.

Each cell is turned into the text a CSV file saved from the same sheet would hold (a date as
YYYY-MM-DD, a whole number without its `.0`) and then read by the CSV reader's own row checks
and planned by the same planners, so that a workbook and a CSV file can never disagree.
The cells are read by xlsx_cells, straight from the workbook's XML."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from ...core.errors import ClerkDeskError, ImportProblems
from ..kernel.database import Database
from .batch_import import BatchReport, Progress, Source, import_batch
from .csv_format import KINDS
from .csv_read import Row, header_problems, read_row
from .xlsx_cells import NotAWorkbook, SheetRows, Workbook

# Columns that hold a moment: a date-and-time cell keeps its time even at midnight (a date
# alone would mean the end of that day).
MOMENT_COLUMNS = frozenset({"removed_at"})


def cell_text(value: Any, moment: bool = False) -> str:
    """The text a spreadsheet's CSV export gives a cell's value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        if value.time() == time(0) and not moment:
            return value.date().isoformat()
        shown = "%Y-%m-%dT%H:%M:%S" if value.second else "%Y-%m-%dT%H:%M"
        return value.strftime(shown)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else format(value, ".15g")
    return str(value)


def import_workbook(
    db: Database, path: Path | str, dry_run: bool = False, progress: Progress | None = None
) -> BatchReport:
    """Import every sheet named after a kind, in one transaction; a sheet of another name (the
    clerk's notes) is left alone and the report says so. Problems are
    `FILE:SHEET:ROW: column: message`."""
    path = Path(path)
    sources, notes = read_workbook(path)
    if not sources:
        raise ClerkDeskError(
            f"{path.name} has no sheet named after a kind; name each sheet after the kind it "
            f"holds: {', '.join(KINDS)}"
        )
    return import_batch(db, sources, dry_run=dry_run, progress=progress, notes=notes)


def read_workbook(path: Path) -> tuple[list[Source], list[str]]:
    """The sheets that are kinds, read as CSV rows are, and a note for each other sheet; or
    ImportProblems for every problem of their shape and cells."""
    book = _open(path)
    sources: list[Source] = []
    notes: list[str] = []
    problems: list[str] = []
    try:
        for title, part in book.sheets:
            kind = _kind_named(title)
            if kind is None:
                notes.append(
                    f"{path.name}: sheet {title!r} is not a kind; left alone "
                    f"(the kinds are {', '.join(KINDS)})"
                )
                continue
            if any(s.kind == kind for s in sources):
                problems.append(f"{path.name}:{title}:1: -: a second sheet of {kind}")
                continue
            read = _sheet_rows(f"{path.name}:{title}", kind, book.rows(part))
            if read is None:
                notes.append(f"{path.name}: sheet {title!r} is empty; left alone")
                continue
            rows, found = read
            problems += found
            sources.append(Source(kind, f"{path.name}:{title}", rows))
    except (zipfile.BadZipFile, KeyError, ValueError, ParseError) as exc:
        raise ClerkDeskError(f"{path.name} is damaged: {exc}") from exc
    finally:
        book.close()
    if problems:
        raise ImportProblems(problems)
    return sources, notes


def _open(path: Path) -> Workbook:
    if not path.exists():
        raise ClerkDeskError(f"no file {path}")
    if path.is_dir():
        raise ClerkDeskError(f"{path} is a folder; give the workbook in it")
    try:
        with path.open("rb") as file:
            data = io.BytesIO(file.read())
    except OSError as exc:
        raise ClerkDeskError(f"could not read {path}: {exc.strerror or exc}") from exc
    try:
        return Workbook(data)
    except NotAWorkbook as exc:
        raise ClerkDeskError(
            f"{path.name} is not an Excel workbook (.xlsx); save it as 'Excel Workbook (*.xlsx)'"
        ) from exc


def _kind_named(title: str) -> str | None:
    name = title.strip().lower()
    return name if name in KINDS else None


def _sheet_rows(name: str, kind: str, values: SheetRows) -> tuple[list[Row], list[str]] | None:
    """The sheet's rows as the CSV reader reads them (each with its row number), with their
    problems; None for a sheet with nothing in it."""
    csv_kind = KINDS[kind]
    # The header is the first row that holds something (a sheet may begin with blank rows).
    first = next((row for row in values if not all(_blank(v) for v in row[1])), None)
    if first is None:
        return None
    header = _trimmed([cell_text(v).strip() for v in first[1]])
    problems = header_problems(name, header, csv_kind)
    if problems:
        return [], problems
    moments = [h in MOMENT_COLUMNS for h in header]
    rows: list[Row] = []
    for line, cells in values:
        texts = _trimmed(
            [cell_text(v, i < len(moments) and moments[i]) for i, v in enumerate(cells)]
        )
        if any(t.strip() for t in texts):
            rows.append(read_row(name, line, header, texts, csv_kind, problems))
    return rows, problems


def _blank(value: Any) -> bool:
    return value is None or str(value).strip() == ""


def _trimmed(texts: list[str]) -> list[str]:
    """Without the empty cells at the end of a row (a sheet's used range may be wider)."""
    end = len(texts)
    while end and not texts[end - 1]:
        end -= 1
    return texts[:end]
