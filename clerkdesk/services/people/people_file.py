"""The `people` file kind (INTERFACE.md): each row planned as the person form's input is,
matched by employee ID; and the people exported in the same columns."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.vocabulary import PersonKind
from ...store.models.departments import Department
from ...store.models.people import Person
from ..kernel.inputs import PersonInput
from ..kernel.plans import Plan, Progress, RowsFile
from ..transfer.csv_read import Row, cell_date
from ..transfer.rows import Rows, same_key, tick
from .writes import plan_person

MODEL, KEY = Person, Person.employee_id


def plan(file: RowsFile, progress: Progress | None) -> list[tuple[Row, Plan]]:
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
        tick(progress, i, len(file.rows))
    same_key(plans, "employee_id", "the same employee ID as line {}")
    return plans


def rows(session: Session, tz: ZoneInfo) -> Rows:
    people = session.execute(
        select(
            Person.employee_id,
            Person.name,
            Person.title,
            Department.name,
            Person.email,
            Person.phone,
            Person.kind,
            Person.separated_at,
            Person.division,
        )
        .outerjoin(Department, Department.id == Person.department_id)
        .order_by(Person.employee_id)
    ).all()
    return [(*row[:7], row[7].astimezone(tz).date() if row[7] else None, row[8]) for row in people]
