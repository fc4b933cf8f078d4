"""Several kinds imported together (a workbook's sheets, CSV files chosen together): in the
order the kinds depend on each other, in one transaction, whole or not at all.

Each kind is planned against what the kinds before it wrote in the same transaction (each
kind's plans are applied, not committed, before the next kind is planned), so a people sheet
may name a department the departments sheet adds. A department's head may be a person the same
batch adds: departments are written without their heads first and given them last. Every
problem of every kind is gathered; on any problem, or on a dry run, everything is rolled back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from ...core.errors import ClerkDeskError, ImportProblems
from ..kernel.database import Database
from ..kernel.plans import ADDED, UNCHANGED, UPDATED, Plan, Planning
from .csv_format import KINDS
from .csv_import import ImportReport, apply_rows, plan_rows
from .csv_read import Row

# How far an import has got: (rows done, rows in all).
Progress = Callable[[int, int], None]

# The kinds in the order they depend on each other: each refers only to kinds before it.
IMPORT_ORDER = tuple(KINDS)

_HEAD = "head_employee_id"


@dataclass(frozen=True)
class Source:
    """The rows of one kind from one file or sheet; `name` is what its problems start with
    (`FILE` for a CSV file, `FILE:SHEET` for a workbook's sheet)."""

    kind: str
    name: str
    rows: list[Row]


@dataclass
class BatchReport:
    """What an import of several kinds did (or would do), kind by kind; `notes` says what was
    left alone (a sheet that is not a kind)."""

    dry_run: bool = False
    reports: list[ImportReport] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def lines(self) -> list[str]:
        return [*self.notes, *(line for report in self.reports for line in report.lines)]

    def summary(self) -> str:
        if not self.reports:
            return "nothing to import"
        return "\n".join(report.summary() for report in self.reports)


class _RolledBack(Exception):
    """Leaves the transaction of a dry run, undoing what it wrote."""


def import_batch(
    db: Database,
    sources: Sequence[Source],
    dry_run: bool = False,
    progress: Progress | None = None,
    notes: Sequence[str] = (),
) -> BatchReport:
    """Import every source in one transaction, or raise ImportProblems (every problem of
    every source) and write nothing."""
    kinds = [s.kind for s in sources]
    for kind in kinds:
        if kind not in KINDS:
            raise ClerkDeskError(f"cannot import {kind!r}; choose one of: {', '.join(KINDS)}")
    twice = sorted({k for k in kinds if kinds.count(k) > 1}, key=IMPORT_ORDER.index)
    if twice:
        names = {k: [s.name for s in sources if s.kind == k] for k in twice}
        raise ClerkDeskError(
            "; ".join(f"{k} come from more than one file: {', '.join(names[k])}" for k in twice)
        )
    ordered = sorted(sources, key=lambda s: IMPORT_ORDER.index(s.kind))
    report = BatchReport(dry_run=dry_run, notes=list(notes))
    ticker = _Ticker(progress, sum(len(s.rows) for s in ordered))
    try:
        with db.writing() as session:
            problems: list[str] = []
            heads: tuple[Source, dict[int, Plan]] | None = None
            for source in ordered:
                planning = Planning(db, session, via=" (import)", source=source.name)
                rows = source.rows
                if source.kind == "departments":
                    rows = [_without_head(row) for row in rows]
                plans, found = plan_rows(planning, source.kind, source.name, rows, ticker.at())
                problems += found
                ticker.done(len(rows))
                kind_report = _counted(ImportReport(source.kind, dry_run=dry_run), plans)
                report.reports.append(kind_report)
                # What is valid is written, so that later kinds are planned against it and
                # what they say wrong is theirs; all of it is rolled back on any problem.
                apply_rows(planning, source.kind, [p for _row, p in plans if p.ok])
                if source.kind == "departments":
                    heads = (source, {row.line: plan for row, plan in plans})
            if heads is not None:
                [departments] = [r for r in report.reports if r.kind == "departments"]
                problems += _give_heads(db, session, heads, departments)
            if problems:
                raise ImportProblems(problems)
            if dry_run:
                raise _RolledBack
    except _RolledBack:
        pass
    if progress:
        progress(ticker.total, ticker.total)
    return report


def _without_head(row: Row) -> Row:
    return Row(row.line, {c: v for c, v in row.cells.items() if c != _HEAD})


def _give_heads(
    db: Database, session: Session, heads: tuple[Source, dict[int, Plan]], report: ImportReport
) -> list[str]:
    """The departments' heads, planned last: by now the people the batch adds are there."""
    source, first = heads
    rows = [
        Row(row.line, {"name": row.cells.get("name"), _HEAD: row.cells[_HEAD]})
        for row in source.rows
        if _HEAD in row.cells and first[row.line].ok
    ]
    if not rows:
        return []
    planning = Planning(db, session, via=" (import)", source=source.name)
    plans, problems = plan_rows(planning, "departments", source.name, rows)
    for row, plan in plans:
        if plan.outcome == UPDATED and first[row.line].outcome == UNCHANGED:
            report.unchanged -= 1
            report.updated += 1
        report.say(change.summary for change in plan.changes)
    apply_rows(planning, "departments", [p for _row, p in plans if p.ok])
    return problems


def _counted(report: ImportReport, plans: list[tuple[Row, Plan]]) -> ImportReport:
    for _row, plan in plans:
        if not plan.ok:
            continue
        if plan.outcome == ADDED:
            report.added += 1
        elif plan.outcome == UPDATED:
            report.updated += 1
        else:
            report.unchanged += 1
        report.say(change.summary for change in plan.changes)
    return report


class _Ticker:
    """One progress over all the sources: each source's rows counted after those before it."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.before = progress, total, 0

    def at(self) -> Progress | None:
        progress, before, total = self.progress, self.before, self.total
        if progress is None:
            return None

        def tick(i: int, _n: int) -> None:
            progress(before + i, total)

        return tick

    def done(self, rows: int) -> None:
        self.before += rows
