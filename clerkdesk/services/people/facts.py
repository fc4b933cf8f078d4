"""The facts of the people register its obligation rules read (R10's hand-over, where the
profile asks for it): the people who left the city after holding a term on an account and whose
hand-over of log-ins is not recorded. Gathered for the obligations snapshot under "people"."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...core.obligations.handover import HandoverFacts
from ...core.profile import PolicyProfile
from ...store.models.departments import Department
from ...store.models.people import Person
from ...store.models.terms import Assignment
from ..kernel.common import rows_of


def facts(session: Session, profile: PolicyProfile, as_of: datetime) -> tuple[HandoverFacts, ...]:
    if not profile.handover_at_separation:
        return ()  # no city's rule reads them: nothing to gather
    accounts = func.count(func.distinct(Assignment.account_id))
    rows = rows_of(
        session,
        select(
            Person.id,
            Person.name,
            Person.employee_id,
            Department.name,
            Person.separated_at,
            accounts,
        )
        .join(Assignment, Assignment.person_id == Person.id)
        .outerjoin(Department, Department.id == Person.department_id)
        .where(Person.separated_at.is_not(None), Person.handover_at.is_(None))
        .group_by(Person.id, Person.name, Person.employee_id, Department.name)
        .group_by(Person.separated_at)
        .order_by(Person.employee_id),
    )
    return tuple(HandoverFacts(*row) for row in rows)
