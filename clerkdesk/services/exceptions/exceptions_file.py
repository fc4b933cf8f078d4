"""The `exceptions` file kind (INTERFACE.md): each row planned as the exception form's input
is, matched by number; and the exceptions exported in the same columns (`writes.exception_rows`)."""

from __future__ import annotations

from sqlalchemy import select

from ...store.models.exceptions import PolicyException
from ..kernel.plans import Plan, Progress, RowsFile
from ..transfer.csv_read import Row, cell_date
from ..transfer.rows import plan_each, words, zeros_lost_check
from .writes import ExceptionInput, plan_exception
from .writes import exception_rows as rows

MODEL, KEY = PolicyException, PolicyException.number

__all__ = ["KEY", "MODEL", "plan", "rows"]


def plan(file: RowsFile, progress: Progress | None) -> list[tuple[Row, Plan]]:
    planning = file.planning
    existing = {e.number: e for e in planning.session.execute(select(PolicyException)).scalars()}
    new_number = zeros_lost_check(existing, "another exception")

    def read(row: Row, problems: dict[str, str]) -> Plan:
        c = row.cells
        new_number((c["number"] or "").strip(), problems, "number")
        data = ExceptionInput(
            number=c["number"] or "",
            summary=c["summary"] or "",
            office=c["office"] or "",
            approved_by=c.get("approved_by"),
            approved_on=cell_date(row, "approved_on", problems),
            expires_on=cell_date(row, "expires_on", problems),
            accounts=words(c.get("accounts")),
            allows=words(c.get("allows")),
            given=frozenset(c),
        )
        return plan_exception(planning, data, existing.get((c["number"] or "").strip()))

    return plan_each(file, progress, read, "number", "the same exception as line {}")
