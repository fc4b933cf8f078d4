"""Departments: create, edit, list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ...core.errors import NotFoundError
from ...store.models.accounts import Account
from ...store.models.departments import Department
from ...store.models.people import Person
from ..integrity.audit import Change, diff
from ..kernel.common import clean
from ..kernel.database import Database
from ..kernel.field_checks import check_department, check_department_policy
from ..kernel.inputs import DepartmentInput, gives
from ..kernel.plans import ADDED, UNCHANGED, UPDATED, Plan, Planning, failed, write_one
from ..kernel.versions import version_of
from ..kernel.views import DepartmentView

# Its written social media policy (R1): the day it was filed, the day its copy went to IT, and
# the approving authority it names.
_POLICY = ("policy_filed_on", "policy_it_copy_on", "policy_approver")


def plan_department(planning: Planning, data: DepartmentInput, current: Department | None) -> Plan:
    """Add a department, or change `current` (matched by name, whatever its case)."""
    lookups = planning.lookups
    if current is not None:
        kept = {f: getattr(current, f) for f in _POLICY if not gives(data.given, f)}
        data = replace(data, **kept)
    data = replace(data, policy_approver=clean(data.policy_approver))
    problems = check_department(data, lookups, current.id if current else None)
    problems.update(check_department_policy(data, planning.today))
    if problems:
        return failed(problems, clean(data.name) or "")
    policy = {f: getattr(data, f) for f in _POLICY}
    name = (clean(data.name) or "").strip()
    head = clean(data.head_employee_id)
    head_id = lookups.people[head] if head else None
    if current is not None and not gives(data.given, "head_employee_id"):
        head_id, head = current.head_person_id, lookups.employee_id_of(current.head_person_id)
    after = {"name": name, "head_employee_id": head, **policy}
    if current is None:
        return Plan(
            key=name,
            insert={"name": name, "head_person_id": head_id, **policy},
            changes=[
                Change(
                    "department.create",
                    "department",
                    name,
                    f"Added department {name}{planning.via}",
                    {k: v for k, v in after.items() if v is not None or k == "head_employee_id"},
                )
            ],
            outcome=ADDED,
        )
    before = {
        "name": current.name,
        "head_employee_id": lookups.employee_id_of(current.head_person_id),
        **{f: getattr(current, f) for f in _POLICY},
    }
    changes = diff(before, after)
    if not changes:
        return Plan(key=name, update={}, outcome=UNCHANGED, row_id=current.id)
    return Plan(
        key=name,
        row_id=current.id,
        update={"id": current.id, "name": name, "head_person_id": head_id, **policy},
        changes=[
            Change(
                "department.update",
                "department",
                name,
                f"Changed department {name}{planning.via}",
                changes,
            )
        ],
        outcome=UPDATED,
    )


def create_department(db: Database, data: DepartmentInput) -> DepartmentView:
    return update_department(db, None, data)


def update_department(
    db: Database, department_id: int | None, data: DepartmentInput, *, version: str | None = None
) -> DepartmentView:
    return write_one(
        db,
        Department,
        department_id,
        "that department no longer exists",
        lambda planning, current: plan_department(planning, data, current),
        _one,
        version,
    )


def editing_department(db: Database, department_id: int) -> tuple[DepartmentView, str]:
    """The department as it is now, for a form, and the version its save must still find."""
    with db.reading() as session:
        row = session.get(Department, department_id)
        if row is None:
            raise NotFoundError("that department no longer exists")
        return _one(session, department_id), version_of(row)


def _query() -> Any:
    head = aliased(Person)
    people = (
        select(Person.department_id, func.count().label("n"))
        .group_by(Person.department_id)
        .subquery()
    )
    accounts = (
        select(Account.department_id, func.count().label("n"))
        .group_by(Account.department_id)
        .subquery()
    )
    return (
        select(
            Department.id,
            Department.name,
            head.employee_id,
            head.name,
            func.coalesce(people.c.n, 0),
            func.coalesce(accounts.c.n, 0),
            Department.policy_filed_on,
            Department.policy_it_copy_on,
            Department.policy_approver,
        )
        .outerjoin(head, head.id == Department.head_person_id)
        .outerjoin(people, people.c.department_id == Department.id)
        .outerjoin(accounts, accounts.c.department_id == Department.id)
        .order_by(func.lower(Department.name))
    )


def _one(session: Session, department_id: int) -> DepartmentView:
    row = session.execute(_query().where(Department.id == department_id)).one()
    return DepartmentView(*row)


def list_departments(db: Database) -> Sequence[DepartmentView]:
    with db.reading() as session:
        return departments_in(session)


def department_names(db: Database) -> list[str]:
    """Every department's name, as the register lists them: what a form offers to type."""
    with db.reading() as session:
        query = select(Department.name).order_by(func.lower(Department.name))
        return list(session.execute(query).scalars())


def departments_in(session: Session) -> list[DepartmentView]:
    """Every department, by name, in the caller's transaction (one statement)."""
    return [DepartmentView(*row) for row in session.execute(_query())]


def get_department(db: Database, department_id: int) -> DepartmentView:
    with db.reading() as session:
        row = session.execute(_query().where(Department.id == department_id)).first()
        if row is None:
            raise NotFoundError("that department no longer exists")
        return DepartmentView(*row)


def department_known(db: Database, name: str) -> bool:
    """Whether `name` names a department, matched as a form or an import matches it."""
    from ..kernel.lookups import Lookups

    with db.reading() as session:
        return Lookups(session).department_id(clean(name)) is not None
