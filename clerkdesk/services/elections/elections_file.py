"""The `elections` file kind (INTERFACE.md): each row planned as the election form's input
is, matched by name; and the elections exported in the same columns."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...store.models.elections import Election
from ..kernel.plans import Plan, Progress, RowsFile
from ..transfer.csv_read import Row, cell_date
from ..transfer.rows import plan_each
from .writes import ElectionInput, plan_election

MODEL, KEY = Election, Election.name


def plan(file: RowsFile, progress: Progress | None) -> list[tuple[Row, Plan]]:
    planning = file.planning
    existing = {e.name.lower(): e for e in planning.session.execute(select(Election)).scalars()}

    def read(row: Row, problems: dict[str, str]) -> Plan:
        c = row.cells
        data = ElectionInput(
            c["name"] or "",
            cell_date(row, "papers_from", problems),
            cell_date(row, "election_on", problems),
            given=frozenset(c),
        )
        return plan_election(planning, data, existing.get((c["name"] or "").lower()))

    return plan_each(file, progress, read, "name", "the same election as line {}")


def rows(session: Session, tz: Any) -> list[tuple[Any, ...]]:
    return [
        tuple(r)
        for r in session.execute(
            select(Election.name, Election.papers_from, Election.election_on).order_by(
                Election.name
            )
        )
    ]
