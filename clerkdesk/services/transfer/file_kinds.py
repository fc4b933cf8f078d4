"""Which kind a CSV file holds, told by its header; and several CSV files imported together,
each as the kind its header says, in the order the kinds depend on each other, in one
transaction (batch_import)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from ...core.errors import ClerkDeskError, ImportProblems
from ..kernel.database import Database
from .batch_import import IMPORT_ORDER, BatchReport, Progress, Source, import_batch
from .csv_format import KINDS
from .csv_read import MOJIBAKE_BOM, read_rows

# Enough of a file to hold its header row.
_HEAD_BYTES = 64 * 1024


def kinds_of_header(header: Sequence[str]) -> list[str]:
    """The kinds whose columns a header could be: every column theirs, every required one
    there; the closest first (the fewest columns of theirs left out)."""
    columns = {h.strip() for h in header if h.strip()}
    fits = [
        kind
        for kind, k in KINDS.items()
        if columns and columns <= set(k.columns) and set(k.required) <= columns
    ]
    return sorted(fits, key=lambda kind: len(KINDS[kind].columns) - len(columns))


def header_of(path: Path) -> list[str]:
    """The file's header row (its first line), or [] when it has none that can be read."""
    try:
        with path.open("rb") as file:
            data = file.read(_HEAD_BYTES)
    except OSError:
        return []
    # A header garbled by Windows-1252 still tells its kind; reading the file says what
    # happened to it.
    text = data.decode("utf-8-sig", errors="replace").removeprefix(MOJIBAKE_BOM)
    try:
        return next(csv.reader(io.StringIO(text, newline="")), [])
    except csv.Error:
        return []


def detect_kind(path: Path | str) -> str | None:
    """The kind a CSV file's header says it holds, or None when it says no single kind."""
    kinds = kinds_of_header(header_of(Path(path)))
    if len(kinds) == 1 or (len(kinds) > 1 and _closer(kinds)):
        return kinds[0]
    return None


def _closer(kinds: list[str]) -> bool:
    """The first kind fits better than the second (it leaves fewer of its columns out)."""
    a, b = (len(KINDS[k].columns) for k in kinds[:2])
    return a < b


def import_files(
    db: Database,
    paths: Sequence[Path | str],
    dry_run: bool = False,
    progress: Progress | None = None,
) -> BatchReport:
    """Import several CSV files in one transaction, each as the kind its header says; or raise
    ImportProblems (every file's problems, as `FILE:LINE: column: message`) and write nothing."""
    sources: list[Source] = []
    problems: list[str] = []
    for path in map(Path, paths):
        kind = detect_kind(path)
        if kind is None:
            header = header_of(path)
            if not path.is_file():
                raise ClerkDeskError(f"no file {path}")
            kinds = kinds_of_header(header)
            said = (
                f"its columns fit {' and '.join(kinds)}; import it by itself, choosing its kind"
                if kinds
                else f"its columns are not those of any kind ({', '.join(KINDS)})"
            )
            problems.append(f"{path.name}:1: -: {said}")
            continue
        try:
            sources.append(Source(kind, path.name, read_rows(path, KINDS[kind])))
        except ImportProblems as exc:
            problems += exc.problems
    if problems:
        raise ImportProblems(problems)
    return import_batch(db, sources, dry_run=dry_run, progress=progress)


def is_workbook(path: Path | str) -> bool:
    """A workbook (imported a sheet per kind) rather than a CSV file, by its name."""
    return Path(path).suffix.lower() in (".xlsx", ".xlsm")


def kinds_of_files(paths: Sequence[Path | str]) -> list[tuple[Path, str | None]]:
    """Each file with the kind its header says (None: no single kind), in the order they
    would be imported; the files whose kind is unknown last."""
    found = [(Path(p), detect_kind(p)) for p in paths]
    order = {kind: i for i, kind in enumerate(IMPORT_ORDER)}
    return sorted(found, key=lambda item: order.get(item[1] or "", len(order)))
