"""The `candidates` file kind (INTERFACE.md): each row planned as the candidate form's input
is, matched by election and person; and the candidates exported in the same columns."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from ...store.models.elections import Candidate, Election
from ..kernel.plans import Plan, Progress, RowsFile
from ..transfer.csv_read import Row, cell_date
from ..transfer.rows import plan_each, words
from .staff import FIELD as STAFF
from .staff import staff_of
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
            staff_employee_ids=words(c.get(STAFF)),
            links_removed_on=cell_date(row, "links_removed_on", problems),
        )
        return plan_candidate(planning, data, None)

    return plan_each(file, progress, read, "employee_id", "the same candidate as line {}")


def rows(session: Session, tz: Any) -> list[tuple[Any, ...]]:
    rows = session.execute(candidate_query().order_by(Election.name))
    staff = staff_of(session)
    return [
        (r[2], r[4], r[8], " ".join(sorted(e for _i, e, _n in staff.get(r[0], ()))), r[9])
        for r in rows
    ]
