"""Helpers for service tests."""

from __future__ import annotations

from sqlalchemy import MetaData, select

from clerkdesk.services.kernel.database import Database


def dump(db: Database) -> list[str]:
    """Every row of every table, in key order, to prove that a failed write changed nothing
    (on SQLite and on PostgreSQL alike)."""
    meta = MetaData()
    with db.engine.connect() as conn:
        meta.reflect(conn)
        rows = []
        for name in sorted(meta.tables):
            table = meta.tables[name]
            order = list(table.primary_key.columns) or list(table.columns)
            for row in conn.execute(select(table).order_by(*order)):
                rows.append(f"{name}: {tuple(row)}")
    return rows


def approver_in_policy(db: Database, department: str, authority: str) -> str:
    """The authority an approval of one of `department`'s accounts is given: where approvals
    follow the department's filed policy (Madison, R1), that policy filed first, naming its
    approving authority, and the approval recorded as the department's; elsewhere `authority`."""
    from datetime import date

    from clerkdesk.services.city.writes import get_city
    from clerkdesk.services.departments import writes as departments
    from clerkdesk.services.kernel.inputs import DepartmentInput

    city = get_city(db)
    if city is None or not city.profile.approver_in_department_policy:
        return authority
    found = next(d for d in departments.list_departments(db) if d.name == department)
    departments.update_department(
        db,
        found.id,
        DepartmentInput(
            department,
            given=frozenset({"name", "policy_filed_on", "policy_it_copy_on", "policy_approver"}),
            policy_filed_on=date(2012, 12, 3),
            policy_it_copy_on=date(2012, 12, 3),
            policy_approver=f"{department} Director",
        ),
    )
    return "department-head"
