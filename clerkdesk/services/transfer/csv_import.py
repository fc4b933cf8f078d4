"""CSV import: a file is imported whole or not at all.

Each row is read into the input a form would give and planned by the register's own plan, as
a form's input is; every problem is reported as `FILE:LINE: column: message`, and nothing is
written while any remains. Then all the rows are written at once, in one transaction. Rows
match existing records by their key and update them; other rows add records.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ...core.errors import ClerkDeskError, ImportProblems
from ...core.vocabulary import PersonKind
from ...store.duties_models import Candidate, Election, PolicyException, SiteCheck
from ...store.models import Account, Assignment, Department, Person
from ...store.records_models import RecordsRequest, Removal
from ..accounts.writes import plan_account
from ..departments.writes import plan_department
from ..kernel.database import Database
from ..kernel.inputs import AccountInput, ApprovalInput, DepartmentInput, PersonInput
from ..kernel.plans import ADDED, UPDATED, Plan, Planning, Progress, apply
from ..people.separation import day_start
from ..people.writes import plan_person
from ..requests.csv_kinds import plan_removals, plan_requests
from ..terms.events import APPROVALS
from ..terms.holdings import AssignmentInput, Holdings, plan_assignment
from .csv_format import KINDS
from .csv_read import Row, cell_date, duplicates, read_rows
from .duties_kinds import candidates, elections, exceptions, site_checks

# A plan's field, by the file's column where their names differ.
_COLUMNS = {
    "assignments": {
        "starts_at": "starts_on",
        "ends_at": "ends_on",
        "user_signed_on": "agreement_signed_on",
    }
}

# The assignments file's signature columns, by the signature each one is (INTERFACE.md).
_SIGNATURE_COLUMNS = {
    "agreement_signed_on": "user_signed_on",
    "director_signed_on": "director_signed_on",
    "office_signed_on": "office_signed_on",
}


@dataclass
class ImportReport:
    kind: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    dry_run: bool = False
    lines: list[str] = field(default_factory=list)

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
        columns = _COLUMNS.get(self.kind, {})
        self.problems.extend(
            (row.line, f"{self.name}:{row.line}: {columns.get(col, col)}: {msg}")
            for col, msg in problems.items()
        )

    def report(self) -> list[str]:
        """The problems in the order of the file's lines."""
        return [text for _line, text in sorted(self.problems, key=lambda p: p[0])]


# A kind's planner: the plans of the rows, each with its row.
Planner = Callable[[_File, Progress | None], list[tuple[Row, Plan]]]


def _departments(file: _File, progress: Progress | None) -> list[tuple[Row, Plan]]:
    planning = file.planning
    existing = {d.name.lower(): d for d in planning.session.execute(select(Department)).scalars()}
    plans = []
    for i, row in enumerate(file.rows):
        c = row.cells
        problems: dict[str, str] = {}
        data = DepartmentInput(
            c["name"] or "",
            c.get("head_employee_id"),
            given=frozenset(c),
            policy_filed_on=cell_date(row, "policy_filed_on", problems),
            policy_it_copy_on=cell_date(row, "policy_it_copy_on", problems),
        )
        current = existing.get((data.name or "").strip().lower())
        plan = plan_department(planning, data, current)
        plan.problems = {**plan.problems, **problems}
        plans.append((row, plan))
        _tick(progress, i, len(file.rows))
    _same_key(file, plans, "name", "the same department as line {}", str.lower)
    return plans


def _people(file: _File, progress: Progress | None) -> list[tuple[Row, Plan]]:
    planning = file.planning
    existing = {p.employee_id: p for p in planning.session.execute(select(Person)).scalars()}
    plans = []
    for i, row in enumerate(file.rows):
        c = row.cells
        problems: dict[str, str] = {}
        data = PersonInput(
            employee_id=c["employee_id"] or "",
            name=c["name"] or "",
            title=c.get("title"),
            department=c.get("department"),
            email=c.get("email"),
            phone=c.get("phone"),
            kind=c.get("kind") or PersonKind.EMPLOYEE,
            separated_on=cell_date(row, "separated_on", problems),
            division=c.get("division"),
            given=frozenset(c),
        )
        plan = plan_person(planning, data, existing.get(data.employee_id.strip()))
        plan.problems = {**plan.problems, **problems}
        plans.append((row, plan))
        _tick(progress, i, len(file.rows))
    _same_key(file, plans, "employee_id", "the same employee ID as line {}")
    return plans


def _accounts(file: _File, progress: Progress | None) -> list[tuple[Row, Plan]]:
    planning = file.planning
    plans = []
    for i, row in enumerate(file.rows):
        c = row.cells
        problems: dict[str, str] = {}
        data = AccountInput(
            url=c["url"] or "",
            platform=(c["platform"] or "").lower(),
            department=c["department"] or "",
            handle=c.get("handle"),
            purpose=c.get("purpose"),
            city_email=c.get("city_email"),
            status=(c["status"] or "").lower(),
            given=frozenset(c),
            tool_approved_by=c.get("tool_approved_by"),
            tool_approved_on=cell_date(row, "tool_approved_on", problems),
            archived_in=c.get("archived_in"),
            discontinued_on=cell_date(row, "discontinued_on", problems),
            discontinue_reason=c.get("discontinue_reason"),
        )
        approval = ApprovalInput(
            authority=(c.get("authority") or "").lower(),
            approved_by=c.get("approved_by") or "",
            approved_on=cell_date(row, "approved_on", problems),
            reference=c.get("reference"),
        )
        plan = plan_account(planning, data, match=True, approval=approval)
        plan.problems = {**plan.problems, **problems}
        plans.append((row, plan))
        _tick(progress, i, len(file.rows))
    _same_key(file, plans, "url", "the same account as line {}")
    return plans


def _assignments(file: _File, progress: Progress | None) -> list[tuple[Row, Plan]]:
    planning = file.planning
    tz = planning.tz
    holdings = Holdings(planning)
    for row, first in duplicates(file.rows, _term_key):
        file.fail(row, {"role": f"the same account, person, role and start as line {first}"})
    read: list[tuple[Row, AssignmentInput, dict[str, str]]] = []
    for row in file.rows:
        c = row.cells
        problems: dict[str, str] = {}
        starts_on = cell_date(row, "starts_on", problems)
        ends_on = cell_date(row, "ends_on", problems)
        signed = {
            name: cell_date(row, column, problems)
            for column, name in _SIGNATURE_COLUMNS.items()
            if column in c
        }
        approvals = {
            name: cell_date(row, name, problems) if name.endswith("_on") else c[name]
            for name in APPROVALS
            if name in c
        }
        data = AssignmentInput(
            account_url=c["account_url"] or "",
            employee_id=c["employee_id"] or "",
            role=c["role"] or "",
            starts_at=day_start(starts_on, tz) if starts_on else None,
            ends_at=day_start(ends_on, tz) if ends_on else None,
            signed=signed,
            match=True,
            approvals=approvals,
            # A file from before the director's and the office's signature columns.
            signed_as_one=not {"director_signed_on", "office_signed_on"} & set(c),
            ends_given="ends_on" in c,
        )
        read.append((row, data, problems))
    # Terms are planned in the order they began, so that custodians succeed one another.
    read.sort(key=lambda item: item[1].starts_at or planning.now)
    plans = []
    for i, (row, data, problems) in enumerate(read):
        plan = plan_assignment(holdings, data)
        plan.problems = {**plan.problems, **problems}
        plans.append((row, plan))
        _tick(progress, i, len(read))
    return plans


def _term_key(row: Row) -> tuple[str, ...] | None:
    """The row's key (csv_format), as typed: a web address typed two ways that names the same
    term is found later, as an overlap."""
    if not row.cells["account_url"]:
        return None
    cells = {c: (row.cells.get(c) or "").strip() for c in KINDS["assignments"].key}
    cells["account_url"], cells["role"] = cells["account_url"].lower(), cells["role"].lower()
    return tuple(cells.values())


def _same_key(
    file: _File,
    plans: list[tuple[Row, Plan]],
    column: str,
    message: str,
    fold: Callable[[str], str] = str,
) -> None:
    """A record's key on two lines of one file: the later line is refused."""
    seen: dict[str, int] = {}
    for row, plan in plans:
        if not plan.key:
            continue
        key = fold(plan.key)
        if key in seen:
            plan.problems[column] = message.format(seen[key])
        else:
            seen[key] = row.line


def _tick(progress: Progress | None, i: int, total: int) -> None:
    if progress and i % 500 == 0:
        progress(i, total)


_PLANNERS: dict[str, tuple[Planner, type[Any], Any]] = {
    "departments": (_departments, Department, Department.name),
    "people": (_people, Person, Person.employee_id),
    "accounts": (_accounts, Account, Account.url),
    "assignments": (_assignments, Assignment, None),
    "elections": (elections, Election, Election.name),
    "candidates": (candidates, Candidate, None),
    "exceptions": (exceptions, PolicyException, PolicyException.number),
    "site-checks": (site_checks, SiteCheck, None),
    "requests": (plan_requests, RecordsRequest, RecordsRequest.number),
    "removals": (plan_removals, Removal, None),
}


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
    planner, model, key = _PLANNERS[kind]
    with db.writing() as session:
        planning = Planning(db, session, via=" (import)", source=path.name)
        file = _File(planning, kind, path.name, rows)
        plans = planner(file, progress)
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
            report.lines.extend(change.summary for change in plan.changes)
        if not dry_run:
            apply(file.planning, model, [plan for _row, plan in plans], key)
    if progress:
        progress(len(rows), len(rows))
    return report


def plan_rows(
    planning: Planning, kind: str, name: str, rows: list[Row], progress: Progress | None = None
) -> tuple[list[tuple[Row, Plan]], list[str]]:
    """The plans of `rows` of `kind`, made as `import_csv` makes them, and their problems as
    `NAME:LINE: column: message` (NAME being a file, or a workbook and its sheet)."""
    file = _File(planning, kind, name, rows)
    plans = _PLANNERS[kind][0](file, progress)
    for row, plan in plans:
        if plan.problems:
            file.fail(row, plan.problems)
    return plans, file.report()


def apply_rows(planning: Planning, kind: str, plans: list[Plan]) -> None:
    """Write the (valid) plans of `kind` in the session of `planning`, as `import_csv` does."""
    _planner, model, key = _PLANNERS[kind]
    apply(planning, model, plans, key)
