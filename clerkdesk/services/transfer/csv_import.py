"""CSV import: a file is imported whole or not at all.

Each row is read into the input a form would give and planned by the register's own plan, as
a form's input is; every problem is reported as `FILE:LINE: column: message`, and nothing is
written while any remains. Then all the rows are written at once, in one transaction. Rows
match existing records by their key and update them; other rows add records.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ...core.errors import ClerkDeskError, ImportProblems
from ..kernel.database import Database
from ..kernel.plans import ADDED, UPDATED, Plan, Planning, Progress, apply
from .csv_format import KINDS
from .csv_read import Row, read_rows

_WOULD = {
    "Added": "Would add",
    "Approved": "Would approve",
    "Changed": "Would change",
    "Designated": "Would designate",
    "Discontinued": "Would discontinue",
    "Ended": "Would end",
    "Filed": "Would file",
    "Recorded": "Would record",
    "Removed": "Would remove",
    "Set": "Would set",
    "Signed": "Would sign",
    "Started": "Would start",
    "Updated": "Would update",
}


def would(summary: str) -> str:
    """A change's summary as a dry run says it: "Added account …" reads "Would add account …"."""
    verb, _, rest = summary.partition(" ")
    if verb in _WOULD:
        return f"{_WOULD[verb]} {rest}"
    return f"Would record: {summary}"


@dataclass
class ImportReport:
    kind: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    dry_run: bool = False
    lines: list[str] = field(default_factory=list)

    def say(self, summaries: Iterable[str]) -> None:
        """The changes' summaries, as they were made or (a dry run) as they would be."""
        self.lines.extend(would(s) if self.dry_run else s for s in summaries)

    def summary(self) -> str:
        verb = "would add" if self.dry_run else "added"
        verb2 = "would update" if self.dry_run else "updated"
        return (
            f"{self.kind}: {verb} {self.added}, {verb2} {self.updated}, {self.unchanged} unchanged"
        )


class _File:
    """One file's rows as they are planned: the problems found, by line."""

    def __init__(self, planning: Planning, kind: str, name: str, rows: list[Row]) -> None:
        self.planning, self.kind, self.name, self.rows = planning, kind, name, rows
        self.problems: list[tuple[int, str]] = []

    def fail(self, row: Row, problems: dict[str, str]) -> None:
        columns = dict(KINDS[self.kind].fields)
        self.problems.extend(
            (row.line, f"{self.name}:{row.line}: {columns.get(col, col)}: {msg}")
            for col, msg in problems.items()
        )

    def report(self) -> list[str]:
        """The problems in the order of the file's lines."""
        return [text for _line, text in sorted(self.problems, key=lambda p: p[0])]


def import_csv(
    db: Database,
    kind: str,
    path: Path | str,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import a CSV file of `kind` whole, or raise ImportProblems and write nothing."""
    if kind not in KINDS:
        raise ClerkDeskError(f"cannot import {kind!r}; choose one of: {', '.join(KINDS)}")
    path = Path(path)
    rows = read_rows(path, KINDS[kind])
    report = ImportReport(kind=kind, dry_run=dry_run)
    module = KINDS[kind].rows_module()
    with db.writing() as session:
        planning = Planning(db, session, via=" (import)", source=path.name)
        file = _File(planning, kind, path.name, rows)
        plans = module.plan(file, progress)
        for row, plan in plans:
            if plan.problems:
                file.fail(row, plan.problems)
        if file.problems:
            raise ImportProblems(file.report())
        for _row, plan in plans:
            if plan.outcome == ADDED:
                report.added += 1
            elif plan.outcome == UPDATED:
                report.updated += 1
            else:
                report.unchanged += 1
            report.say(change.summary for change in plan.changes)
        if not dry_run:
            apply(file.planning, module.MODEL, [plan for _row, plan in plans], module.KEY)
    if progress:
        progress(len(rows), len(rows))
    return report


def plan_rows(
    planning: Planning, kind: str, name: str, rows: list[Row], progress: Progress | None = None
) -> tuple[list[tuple[Row, Plan]], list[str]]:
    """The plans of `rows` of `kind`, made as `import_csv` makes them, and their problems as
    `NAME:LINE: column: message` (NAME being a file, or a workbook and its sheet)."""
    file = _File(planning, kind, name, rows)
    plans = KINDS[kind].rows_module().plan(file, progress)
    for row, plan in plans:
        if plan.problems:
            file.fail(row, plan.problems)
    return plans, file.report()


def apply_rows(planning: Planning, kind: str, plans: list[Plan]) -> None:
    """Write the (valid) plans of `kind` in the session of `planning`, as `import_csv` does."""
    module = KINDS[kind].rows_module()
    apply(planning, module.MODEL, plans, module.KEY)
