"""Validation shared by the dialogs and the CSV import: each returns {field: problem}."""

from __future__ import annotations

from datetime import date

from ..core.profile import AUTHORITIES, PolicyProfile
from ..core.validation import (
    check_email,
    email_domain,
    is_personal_email,
)
from ..core.vocabulary import ACCOUNT_STATUSES, PERSON_KINDS, PLATFORMS
from .common import clean
from .inputs import AccountInput, ApprovalInput, DepartmentInput, PersonInput
from .lookups import Lookups


def check_department(data: DepartmentInput, lookups: Lookups, own_id: int | None) -> dict[str, str]:
    problems: dict[str, str] = {}
    name = clean(data.name)
    if not name:
        problems["name"] = "required"
    elif len(name) > 200:
        problems["name"] = "at most 200 characters"
    else:
        other = lookups.department_id(name)
        if other is not None and other != own_id:
            problems["name"] = f"a department named {name!r} already exists"
    head = clean(data.head_employee_id)
    if head and head not in lookups.people:
        problems["head_employee_id"] = f"no person with employee ID {head!r}"
    return problems


def check_person(
    data: PersonInput, lookups: Lookups, own_id: int | None, today: date
) -> dict[str, str]:
    problems: dict[str, str] = {}
    employee_id = clean(data.employee_id)
    if not employee_id:
        problems["employee_id"] = "required"
    elif len(employee_id) > 60:
        problems["employee_id"] = "at most 60 characters"
    else:
        other = lookups.people.get(employee_id)
        if other is not None and other != own_id:
            problems["employee_id"] = f"employee ID {employee_id!r} is already someone else's"
    name = clean(data.name)
    if not name:
        problems["name"] = "required"
    elif len(name) > 200:
        problems["name"] = "at most 200 characters"
    department = clean(data.department)
    if department and lookups.department_id(department) is None:
        problems["department"] = f"unknown department {department!r}"
    email = clean(data.email)
    if email and (bad := check_email(email)):
        problems["email"] = bad
    if data.kind not in PERSON_KINDS:
        problems["kind"] = f"must be one of: {', '.join(PERSON_KINDS)}"
    if data.separated_on and data.separated_on > today:
        problems["separated_on"] = "is in the future"
    return problems


def check_account(
    data: AccountInput,
    url: str,
    lookups: Lookups,
    own_id: int | None,
    city_domain: str | None,
    statuses: tuple[str, ...],
) -> dict[str, str]:
    """`url` is the input's web address normalized, or "" when it is not one (said already)."""
    problems: dict[str, str] = {}
    if url:
        other = lookups.accounts.get(url)
        if other is not None and other != own_id:
            problems["url"] = f"{url} is already registered"
        elif len(url) > 500:
            problems["url"] = "at most 500 characters"
    if data.platform not in PLATFORMS:
        problems["platform"] = f"must be one of: {', '.join(PLATFORMS)}"
    department = clean(data.department)
    if not department:
        problems["department"] = "required"
    elif lookups.department_id(department) is None:
        problems["department"] = f"unknown department {department!r}"
    email = clean(data.city_email)
    if email:
        if bad := check_email(email):
            problems["city_email"] = bad
        elif is_personal_email(email):
            problems["city_email"] = "must be a city address, not a personal one (R12)"
        elif city_domain and email_domain(email) != city_domain.lower():
            problems["city_email"] = f"must be an address at {city_domain} (R12)"
    if data.status not in statuses:
        allowed = [ACCOUNT_STATUSES[s].lower() for s in statuses]
        problems["status"] = f"must be one of: {', '.join(allowed)}"
    return problems


def check_approval(
    data: ApprovalInput, profile: PolicyProfile, today: date, determinations: bool = True
) -> dict[str, str]:
    problems: dict[str, str] = {}
    if data.authority not in profile.authorities:
        allowed = ", ".join(AUTHORITIES[a] for a in profile.authorities)
        problems["authority"] = f"the policy lets only these approve: {allowed}"
    if not clean(data.approved_by):
        problems["approved_by"] = "required: who approved it"
    if data.approved_on is None:
        problems["approved_on"] = "required"
    elif data.approved_on > today:
        problems["approved_on"] = "an approval cannot be dated in the future"
    if determinations:
        if not data.can_administer:
            problems["can_administer"] = (
                "the authority must find that the department can administer the site and "
                "keep its public records (R2)"
            )
        if not clean(data.monitoring):
            problems["monitoring"] = "say how often the site will be monitored (R2)"
        if not data.it_notified:
            problems["it_notified"] = "the IT Director must be notified before approval (R2)"
    return problems
