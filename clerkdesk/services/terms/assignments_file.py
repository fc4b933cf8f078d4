"""The `assignments` file kind (INTERFACE.md): each row planned as the designation form's input
is, matched by account, person, role and start, in the order the terms began; and the terms
exported in the same columns (`writes.assignment_rows`)."""

from __future__ import annotations

from ...store.models.terms import Assignment
from ..kernel.plans import Plan, Progress, RowsFile
from ..people.separation import day_start
from ..transfer.csv_read import Row, cell_date, duplicates
from ..transfer.rows import tick
from .events import APPROVALS
from .planning import AssignmentInput, HeldTerms, plan_assignment
from .writes import assignment_rows as rows

MODEL, KEY = Assignment, None

# The columns a row's term is matched by (its declaration's key).
_KEY_COLUMNS = ("account_url", "employee_id", "role", "starts_on")

# The file's signature columns, by the signature each one is (INTERFACE.md).
_SIGNATURE_COLUMNS = {
    "agreement_signed_on": "user_signed_on",
    "director_signed_on": "director_signed_on",
    "office_signed_on": "office_signed_on",
}

__all__ = ["KEY", "MODEL", "plan", "rows"]


def plan(file: RowsFile, progress: Progress | None) -> list[tuple[Row, Plan]]:
    planning = file.planning
    tz = planning.tz
    held_terms = HeldTerms(planning)
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
        plan = plan_assignment(held_terms, data)
        plan.problems = {**plan.problems, **problems}
        plans.append((row, plan))
        tick(progress, i, len(read))
    return plans


def _term_key(row: Row) -> tuple[str, ...] | None:
    """The row's key (csv_format), as typed: a web address typed two ways that names the same
    term is found later, as an overlap."""
    if not row.cells["account_url"]:
        return None
    cells = {c: (row.cells.get(c) or "").strip() for c in _KEY_COLUMNS}
    cells["account_url"], cells["role"] = cells["account_url"].lower(), cells["role"].lower()
    return tuple(cells.values())
