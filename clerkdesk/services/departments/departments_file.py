"""The `departments` file kind (INTERFACE.md): each row planned as the department form's
input is, matched by name; and the departments exported in the same columns."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ...store.models.departments import Department
from ...store.models.people import Person
from ..kernel.inputs import DepartmentInput
from ..kernel.plans import Plan, Progress, RowsFile
from ..transfer.csv_read import Row, cell_date
from ..transfer.rows import Rows, same_key, tick
from .writes import plan_department

MODEL, KEY = Department, Department.name


def plan(file: RowsFile, progress: Progress | None) -> list[tuple[Row, Plan]]:
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
            policy_approver=c.get("policy_approver"),
        )
        current = existing.get((data.name or "").strip().lower())
        plan = plan_department(planning, data, current)
        plan.problems = {**plan.problems, **problems}
        plans.append((row, plan))
        tick(progress, i, len(file.rows))
    same_key(plans, "name", "the same department as line {}", str.lower)
    return plans


def rows(session: Session, tz: ZoneInfo) -> Rows:
    head = aliased(Person)
    return session.execute(
        select(
            Department.name,
            head.employee_id,
            Department.policy_filed_on,
            Department.policy_it_copy_on,
            Department.policy_approver,
        )
        .outerjoin(head, head.id == Department.head_person_id)
        .order_by(Department.name)
    ).all()
