"""Approving an account (R1) as the city's policy wants it: by an authority the profile names,
with the findings R2 asks of that authority (a Stoughton Department Head makes three, the
Mayor or the Council one) and, where the authority must, the Authorized User it designates,
who becomes the account's custodian from the day of the approval. An approval an import gives
is recorded with what R2 asks not recorded, which the account page then asks for."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from ...core.errors import ClerkDeskError, ValidationError
from ...core.profile import AUTHORITIES
from ...core.vocabulary import AccountStatus, Role
from ...store.models.accounts import Account, Approval
from ...store.models.departments import Department
from ...store.models.terms import Assignment
from ..integrity.audit import Change, record
from ..kernel.common import clean
from ..kernel.database import Database
from ..kernel.field_checks import check_approval, check_findings
from ..kernel.inputs import AccountInput, ApprovalInput, gives
from ..kernel.plans import Plan, Planning, apply
from ..kernel.views import AccountView
from ..obligations.ending import approval_finding
from ..people.separation import day_start
from ..terms.planning import AssignmentInput, HeldTerms, plan_assignment
from .views import account_row, latest_approval, one_account

_APPROVAL_COLUMNS = ("authority", "approved_by", "approved_on")

NOT_RECORDED = "determinations not recorded"


def imported_approval(
    planning: Planning,
    data: AccountInput,
    current: Account | None,
    approval: ApprovalInput | None,
    problems: dict[str, str],
) -> dict[str, Any] | None:
    """The approval row an import gives, when it differs from the account's latest; an
    approved account already approved keeps its approval when the file has no approval
    columns at all."""
    if approval is None:
        return None  # a form: approval is its own step
    latest = planning.lookups.latest_approvals.get(current.id) if current else None
    given = any((approval.authority, approval.approved_by, approval.approved_on))
    keeps = latest is not None and not any(gives(data.given, c) for c in _APPROVAL_COLUMNS)
    if not given and not (data.status == AccountStatus.APPROVED and not keeps):
        return None
    found = check_approval(approval, planning.profile, planning.today, determinations=False)
    if "approved_on" in problems:
        found.pop("approved_on", None)  # the date itself is wrong, said already
    if data.status == AccountStatus.APPROVED:
        need = " (an approved account needs authority, approved_by and approved_on)"
        found = {k: f"{v}{need}" if v == "required" else v for k, v in found.items()}
    problems.update(found)
    values = {
        "authority": approval.authority,
        "approved_by": (approval.approved_by or "").strip(),
        "approved_on": approval.approved_on,
        "reference": clean(approval.reference),
    }
    if latest is not None and values == {k: getattr(latest, k) for k in values}:
        return None
    return {
        **values,
        "determinations_recorded": not owes_findings(planning, approval.authority),
        "recorded_at": planning.now,
    }


def owes_findings(planning: Planning, authority: str) -> bool:
    """Whether R2 asks anything of `authority` in this city (findings or a designation)."""
    profile = planning.profile
    return bool(profile.findings(authority)) or profile.designates(authority)


def approve_account(db: Database, account_id: int, data: ApprovalInput) -> AccountView:
    """Record the authority's approval (R1) with what R2 asks of it."""
    with db.writing() as session:
        planning = Planning(db, session)
        account = account_row(session, account_id)
        if account.status == AccountStatus.APPROVED:
            raise ClerkDeskError(f"{account.url} is already approved")
        if account.status == AccountStatus.DISCONTINUED:
            raise ClerkDeskError(f"{account.url} was discontinued; register it anew to approve it")
        problems = check_approval(data, planning.profile, planning.today)
        _check_policy_approver(planning, account, data, problems)
        designation = _designation(planning, account, data, problems)
        if problems:
            raise ValidationError(problems)
        asked = _asked(planning, data)
        approval = Approval(
            account_id=account.id,
            authority=data.authority,
            approved_by=(data.approved_by or "").strip(),
            approved_on=data.approved_on,
            reference=clean(data.reference),
            **asked,
            determinations_recorded=True,
            recorded_at=db.clock(),
            designated_person_id=designation[0] if designation else None,
        )
        session.add(approval)
        previous = account.status
        account.status = AccountStatus.APPROVED
        account.updated_at = db.clock()
        details: dict[str, Any] = {
            "status": [previous, AccountStatus.APPROVED],
            "authority": data.authority,
            "approved_by": approval.approved_by,
            "approved_on": approval.approved_on,
            "reference": approval.reference,
            **{k: v for k, v in asked.items() if v is not None},
        }
        if asked["it_notified"] is not None:
            details["it_notified_on"] = asked["it_notified_on"]  # its day, or not known
        if designation is not None:
            details["designated_employee_id"] = clean(data.designated_employee_id)
        summary = (
            f"Approved {account.url} ({AUTHORITIES[data.authority]}: {approval.approved_by}, "
            f"{approval.approved_on})"
        )
        if approval.approved_on and (
            finding := approval_finding(session, previous, approval.approved_on)
        ):
            details["finding"] = finding
            summary += f"; {finding}"
        record(session, db, Change("account.approve", "account", account.url, summary, details))
        if designation is not None and designation[1] is not None:
            apply(planning, Assignment, [designation[1]])
        return one_account(session, account.id)


NO_POLICY_APPROVER = "not recorded: record the department's filed policy first"

# The authority an approval by the one a department's filed policy names is recorded under.
POLICY_AUTHORITY = "department-head"


def _check_policy_approver(
    planning: Planning, account: Account, data: ApprovalInput, problems: dict[str, str]
) -> None:
    """Where approvals follow the department's filed policy (Madison, R1), the account is
    approved by the authority that policy names: recorded with the filing, first."""
    if not planning.profile.approver_in_department_policy:
        return
    named = _policy_approver(planning.session, account.department_id)
    if named is None:
        problems["authority"] = NO_POLICY_APPROVER
    elif data.authority != POLICY_AUTHORITY:
        problems["authority"] = f"the department's filed policy names who approves: {named}"


def _policy_approver(session: Session, department_id: int) -> str | None:
    department = session.get(Department, department_id)
    return department.policy_approver if department is not None else None


def policy_approver(db: Database, account_id: int) -> str | None:
    """The approving authority the account's department's filed policy names (R1), if
    recorded: the approval dialog offers it where approvals follow the department's policy."""
    with db.reading() as session:
        return _policy_approver(session, account_row(session, account_id).department_id)


def record_determinations(
    db: Database,
    account_id: int,
    can_administer: bool,
    monitoring: str | None,
    it_notified: bool,
    designated_employee_id: str | None = None,
    it_notified_on: date | None = None,
) -> AccountView:
    """Complete an imported approval with what R2 asks of its authority."""
    with db.writing() as session:
        planning = Planning(db, session)
        account = account_row(session, account_id)
        approval = latest_approval(session, account.id)
        if approval is None or account.status != AccountStatus.APPROVED:
            raise ClerkDeskError(f"{account.url} is not approved")
        data = ApprovalInput(
            approval.authority,
            approval.approved_by,
            approval.approved_on,
            approval.reference,
            can_administer,
            monitoring,
            it_notified,
            None if approval.designated_person_id else designated_employee_id,
            it_notified_on=it_notified_on,
        )
        problems = check_findings(data, planning.profile)
        if approval.designated_person_id is not None:
            problems.pop("designated_employee_id", None)
        designation = _designation(planning, account, data, problems)
        if problems:
            raise ValidationError(problems)
        asked = _asked(planning, data)
        approval.can_administer, approval.monitoring = asked["can_administer"], asked["monitoring"]
        approval.it_notified, approval.determinations_recorded = asked["it_notified"], True
        approval.it_notified_on = asked["it_notified_on"]
        if designation is not None:
            approval.designated_person_id = designation[0]
        record(
            session,
            db,
            Change(
                "account.determinations",
                "account",
                account.url,
                f"Recorded the approval determinations of {account.url}",
                {
                    **asked,
                    "designated_employee_id": clean(data.designated_employee_id),
                },
            ),
        )
        if designation is not None and designation[1] is not None:
            apply(planning, Assignment, [designation[1]])
        return one_account(session, account.id)


def _asked(planning: Planning, data: ApprovalInput) -> dict[str, Any]:
    """The findings R2 asks of the approval's authority, as found; None for one not asked."""
    needed = planning.profile.findings(data.authority)
    return {
        "can_administer": data.can_administer if "can_administer" in needed else None,
        "monitoring": clean(data.monitoring) if "monitoring" in needed else None,
        "it_notified": data.it_notified if "it_notified" in needed else None,
        "it_notified_on": data.it_notified_on if "it_notified" in needed else None,
    }


def _designation(
    planning: Planning, account: Account, data: ApprovalInput, problems: dict[str, str]
) -> tuple[int, Plan | None] | None:
    """Who the approval designates (R2) and the custodian's term it gives them (R3), from the
    start of the approval's day, planned as the window's Designate plans one; none when that
    person is already the custodian then."""
    employee_id = clean(data.designated_employee_id)
    if not planning.profile.designates(data.authority) or not employee_id:
        return None
    if data.approved_on is None or "approved_on" in problems:
        return None  # said already
    held_terms = HeldTerms(planning, [account.id])
    start = day_start(data.approved_on, planning.tz)
    person = held_terms.person(employee_id)
    if person is not None and any(
        t.person_id == person.id
        and t.role == Role.CUSTODIAN
        and t.starts_at <= start
        and (t.ends_at is None or t.ends_at > start)
        for t in held_terms.terms.get(account.id, [])
    ):
        return person.id, None
    by = AUTHORITIES.get(data.authority, data.authority)
    reference = clean(data.reference)
    plan = plan_assignment(
        held_terms,
        AssignmentInput(
            account.url,
            employee_id,
            Role.CUSTODIAN,
            starts_at=start,
            designated_by=f"{by} ({reference})" if reference else by,
        ),
    )
    for field, message in plan.problems.items():
        key = "designated_employee_id" if field in ("employee_id", "starts_at") else field
        problems.setdefault(key, message)
    if not plan.ok or plan.insert is None:
        return None
    return plan.insert["person_id"], plan
