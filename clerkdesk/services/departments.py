"""Departments: create, edit, list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ..core.errors import NotFoundError, ValidationError
from ..store.models import Account, Department, Person
from .audit import Change, diff, record
from .checks import check_department
from .common import clean
from .database import Database
from .inputs import DepartmentInput
from .lookups import Lookups
from .views import DepartmentView


def _values(data: DepartmentInput, lookups: Lookups) -> dict[str, Any]:
    head = clean(data.head_employee_id)
    return {"name": clean(data.name), "head_person_id": lookups.people[head] if head else None}


def _state(dep: Department, lookups: Lookups) -> dict[str, Any]:
    heads = {v: k for k, v in lookups.people.items()} if dep.head_person_id else {}
    return {"name": dep.name, "head_employee_id": heads.get(dep.head_person_id or -1)}


def create_department(db: Database, data: DepartmentInput) -> DepartmentView:
    with db.writing() as session:
        lookups = Lookups(session)
        if problems := check_department(data, lookups, None):
            raise ValidationError(problems)
        dep = Department(**_values(data, lookups))
        session.add(dep)
        session.flush()
        record(
            session,
            db,
            Change(
                "department.create",
                "department",
                dep.name,
                f"Added department {dep.name}",
                _state(dep, lookups),
            ),
        )
        return _one(session, dep.id)


def update_department(db: Database, department_id: int, data: DepartmentInput) -> DepartmentView:
    with db.writing() as session:
        dep = session.get(Department, department_id)
        if dep is None:
            raise NotFoundError("that department no longer exists")
        lookups = Lookups(session)
        if problems := check_department(data, lookups, dep.id):
            raise ValidationError(problems)
        before = _state(dep, lookups)
        for key, value in _values(data, lookups).items():
            setattr(dep, key, value)
        if changes := diff(before, _state(dep, lookups)):
            record(
                session,
                db,
                Change(
                    "department.update",
                    "department",
                    dep.name,
                    f"Changed department {dep.name}",
                    changes,
                ),
            )
        return _one(session, dep.id)


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
        return [DepartmentView(*row) for row in session.execute(_query())]


def get_department(db: Database, department_id: int) -> DepartmentView:
    with db.reading() as session:
        row = session.execute(_query().where(Department.id == department_id)).first()
        if row is None:
            raise NotFoundError("that department no longer exists")
        return DepartmentView(*row)
