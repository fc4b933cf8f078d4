"""Validation shared by the dialogs and the CSV import: each returns {field: problem}."""

from __future__ import annotations

from datetime import date

from ...core.profile import AUTHORITIES, PolicyProfile
from ...core.validation import check_email, email_domain, is_personal_email
from ...core.vocabulary import ACCOUNT_STATUSES, PERSON_KINDS, PLATFORMS
from .common import clean
from .inputs import AccountInput, ApprovalInput, DepartmentInput, PersonInput, TermApprovalsInput
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
    city_email_rule: bool = True,
) -> dict[str, str]:
    """`url` is the input's web address normalized, or "" when it is not one (said already)."""
    problems: dict[str, str] = {}
    if url:
        other = lookups.account_id(url)
        if other is not None and other != own_id:
            problems["url"] = f"this web address is already registered ({url})"
        elif len(url) > 500:
            problems["url"] = "at most 500 characters"
    if not data.platform:
        problems["platform"] = "required: choose the platform"
    elif data.platform not in PLATFORMS:
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
        elif not city_email_rule:
            pass  # the city's profile switched R12 off: any address is taken as it is
        elif is_personal_email(email):
            problems["city_email"] = "must be a city address, not a personal one (R12)"
        elif city_domain and email_domain(email) != city_domain.lower():
            problems["city_email"] = f"must be an address at {city_domain} (R12)"
    if data.status not in statuses:
        allowed = [ACCOUNT_STATUSES[s].lower() for s in statuses]
        problems["status"] = f"must be one of: {', '.join(allowed)}"
    if len(clean(data.archived_in) or "") > 300:
        problems["archived_in"] = "at most 300 characters"
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
        problems.update(check_findings(data, profile))
    return problems


def check_findings(data: ApprovalInput, profile: PolicyProfile) -> dict[str, str]:
    """What R2 asks of the approving authority (the profile's findings for it), and the
    Authorized User it designates where it must."""
    problems: dict[str, str] = {}
    needed = profile.findings(data.authority)
    who = AUTHORITIES.get(data.authority, "the authority")
    if "can_administer" in needed and not data.can_administer:
        subject = "the department" if data.authority == "department-head" else "the Authorized User"
        problems["can_administer"] = (
            f"the {who} must find that {subject} can administer the site and comply with "
            "public-records retention and access law (R2)"
        )
    if "monitoring" in needed and not clean(data.monitoring):
        problems["monitoring"] = "say how often the Authorized User will monitor the site (R2)"
    if "it_notified" in needed and not data.it_notified:
        problems["it_notified"] = "the IT Director must be notified before approval (R2)"
    elif (
        "it_notified" in needed
        and data.it_notified_on is not None
        and data.approved_on is not None
        and data.it_notified_on > data.approved_on
    ):
        problems["it_notified_on"] = "the IT Director is notified before the approval (R2)"
    if profile.designates(data.authority) and not clean(data.designated_employee_id):
        problems["designated_employee_id"] = (
            f"the {who} designates the Authorized User who monitors and administers the site "
            "and is the custodian of its content (R2)"
        )
    return problems


def check_dates_of(values: dict[str, date | None], today: date, problems: dict[str, str]) -> None:
    for name, day in values.items():
        if day is not None and day > today:
            problems.setdefault(name, "cannot be in the future")


def check_department_policy(data: DepartmentInput, today: date) -> dict[str, str]:
    """The department's written policy (R1): filed, then its copy to the IT Director."""
    problems: dict[str, str] = {}
    filed, copied = data.policy_filed_on, data.policy_it_copy_on
    if copied is not None and filed is None:
        problems["policy_it_copy_on"] = "give the day the policy was filed first"
    elif copied is not None and filed is not None and copied < filed:
        problems["policy_it_copy_on"] = f"is before the day the policy was filed ({filed})"
    check_dates_of({"policy_filed_on": filed, "policy_it_copy_on": copied}, today, problems)
    approver = (data.policy_approver or "").strip()
    if approver and filed is None:
        problems["policy_approver"] = "give the day the policy was filed first"
    elif len(approver) > 200:
        problems["policy_approver"] = "at most 200 characters"
    return problems


def check_who_and_when(
    prefix: str, by: str | None, on: date | None, today: date, problems: dict[str, str]
) -> None:
    """An approval recorded as who and when: both or neither, the day not in the future."""
    name = clean(by)
    if name and on is None:
        problems[f"{prefix}_on"] = "required: the day it was approved"
    elif on is not None and not name:
        problems[f"{prefix}_by"] = "required: who approved it"
    elif name and len(name) > 200:
        problems[f"{prefix}_by"] = "at most 200 characters"
    check_dates_of({f"{prefix}_on": on}, today, problems)


def check_tool_approval(data: AccountInput, today: date) -> dict[str, str]:
    problems: dict[str, str] = {}
    check_who_and_when(
        "tool_approved", data.tool_approved_by, data.tool_approved_on, today, problems
    )
    return problems


def check_term_approvals(
    data: TermApprovalsInput, today: date, profile: PolicyProfile
) -> dict[str, str]:
    """A term's two approvals (R1, R4): each who and when; the office's after the director's."""
    problems: dict[str, str] = {}
    director, office = profile.director_title, profile.coordinating_office
    check_who_and_when(
        "director_approved", data.director_approved_by, data.director_approved_on, today, problems
    )
    check_who_and_when(
        "office_approved", data.office_approved_by, data.office_approved_on, today, problems
    )
    first, then = data.director_approved_on, data.office_approved_on
    if then is not None and "office_approved_on" not in problems:
        if first is None:
            problems["office_approved_on"] = (
                f"the {director} approves first: record that approval before the {office}'s"
            )
        elif then < first:
            problems["office_approved_on"] = (
                f"is before the {director}'s approval ({first}): the {office} approves after "
                "the director"
            )
    return problems
