"""The tables of the first registers (people, departments, accounts, the city) `check`
replays from the audit log (services/integrity/replay.py), and how their rows are read; the
city's saved settings are declared by its register (services/city/replay.py)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ...store.models.accounts import Account
from ...store.models.city import City
from ...store.models.departments import Department
from ...store.models.people import Person
from ..accounts.views import account_query
from ..kernel.common import driver_rows
from ..kernel.replayed import Follows, Replayed, State


def _people(session: Session) -> dict[str, State]:
    rows = driver_rows(
        session,
        select(
            Person.employee_id,
            Person.name,
            Person.title,
            Person.email,
            Person.phone,
            Person.kind,
            Department.name,
            Person.division,
            Person.handover,
        ).outerjoin(Department, Department.id == Person.department_id),
    )
    names = ("name", "title", "email", "phone", "kind", "department", "division", "handover")
    return {row[0]: dict(zip(names, row[1:], strict=True)) for row in rows}


def _departments(session: Session) -> dict[str, State]:
    head = aliased(Person)
    rows = session.execute(
        select(
            Department.name,
            head.employee_id,
            Department.policy_filed_on,
            Department.policy_it_copy_on,
            Department.policy_approver,
        ).outerjoin(head, head.id == Department.head_person_id)
    ).all()
    names = ("head_employee_id", "policy_filed_on", "policy_it_copy_on", "policy_approver")
    return {row[0]: dict(zip(names, row[1:], strict=True)) for row in rows}


_ACCOUNT_FIELDS = (
    "platform",
    "handle",
    "department",
    "purpose",
    "city_email",
    "status",
    "authority",
    "approved_by",
    "approved_on",
    "reference",
    "request_form_on",
    "request_form_sha256",
    "it_notified_on",
)


def _accounts(session: Session) -> dict[str, State]:
    from ...store.models.accounts import Approval

    query = account_query().with_only_columns(
        Account.url,
        Account.platform,
        Account.handle,
        Department.name,
        Account.purpose,
        Account.city_email,
        Account.status,
        Approval.authority,
        Approval.approved_by,
        Approval.approved_on,
        Approval.reference,
        Account.request_form_on,
        Account.request_form_sha256,
        Approval.it_notified_on,
    )
    return {
        row[0]: dict(zip(_ACCOUNT_FIELDS, row[1:], strict=True))
        for row in driver_rows(session, query)
    }


def _city(session: Session) -> dict[str, State]:
    city = session.get(City, 1)
    return {} if city is None else {"city": {"adopted_on": city.adopted_on}}


# The first registers' tables, declared here; the later registers declare theirs in their own
# folders (`replayed_tables`).
REPLAYED: tuple[Replayed, ...] = (
    Replayed(
        "person",
        "person",
        "employee_id",
        ("name", "title", "email", "phone", "kind", "department", "division", "handover"),
        ("person.create",),
        _people,
        follows=(Follows("department", "name", fields=("department",)),),
    ),
    Replayed(
        "department",
        "department",
        "name",
        ("head_employee_id", "policy_filed_on", "policy_it_copy_on", "policy_approver"),
        ("department.create",),
        _departments,
    ),
    Replayed(
        "account",
        "account",
        "url",
        _ACCOUNT_FIELDS,
        ("account.create",),
        _accounts,
        follows=(Follows("department", "name", fields=("department",)),),
    ),
    Replayed("city", "city", "name", ("adopted_on",), ("city.init",), _city, single=True),
)
