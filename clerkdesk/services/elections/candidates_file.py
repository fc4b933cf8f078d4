"""The `candidates` file kind (INTERFACE.md): each row planned as the candidate form's input
is, matched by election and person; and the candidates exported in the same columns."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from ...store.models.elections import Candidate, Election
from ..kernel.plans import Plan, Progress, RowsFile
from ..transfer.csv_read import Row, cell_date
from ..transfer.rows import plan_each
from .writes import CandidateInput, candidate_query, plan_candidate

MODEL, KEY = Candidate, None


def plan(file: RowsFile, progress: Progress | None) -> list[tuple[Row, Plan]]:
    planning = file.planning

    def read(row: Row, problems: dict[str, str]) -> Plan:
        c = row.cells
        data = CandidateInput(
            c["election"] or "",
            c["employee_id"] or "",
            cell_date(row, "until_on", problems),
            given=frozenset(c),
        )
        return plan_candidate(planning, data, None)

    return plan_each(file, progress, read, "employee_id", "the same candidate as line {}")


def rows(session: Session, tz: Any) -> list[tuple[Any, ...]]:
    rows = session.execute(candidate_query().order_by(Election.name))
    return [(r[2], r[4], r[8]) for r in rows]
