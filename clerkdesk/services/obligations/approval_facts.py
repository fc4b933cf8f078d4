"""The snapshot's facts of approval (R1, R2): the proposed accounts something shows in use, with
the first day each sign of use is known, the approved accounts whose latest approval lacks
the findings R2 asks of its authority, and where approvals follow the department's filed policy
(Madison) who made each latest approval and whom that policy names."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...core.obligations.model import AccountFacts, ApproverFacts, FindingsFacts, UseFacts
from ...core.profile import PolicyProfile
from ...core.vocabulary import AccountStatus
from ...store.models.accounts import Account, Approval
from ...store.models.credentials import Credential
from ...store.models.departments import Department
from ...store.models.site_checks import SiteCheck
from ...store.models.terms import Assignment
from ..kernel.common import rows_of

_PROPOSED = Account.status == AccountStatus.PROPOSED


def proposed_in_use(session: Session, profile: PolicyProfile) -> tuple[UseFacts, ...]:
    """Each proposed account with a term on it, its credential on file or a post seen at a
    site check, and the first day each is known."""
    tz = profile.zone

    def day(moment: datetime | None) -> date | None:
        return moment.astimezone(tz).date() if moment is not None else None

    terms = {
        row[0]: day(row[1])
        for row in rows_of(
            session,
            select(Assignment.account_id, func.min(Assignment.starts_at))
            .join(Account, Account.id == Assignment.account_id)
            .where(_PROPOSED)
            .group_by(Assignment.account_id),
        )
    }
    credentials = {
        row[0]: day(row[1])
        for row in rows_of(
            session,
            select(Credential.account_id, Credential.updated_at)
            .join(Account, Account.id == Credential.account_id)
            .where(_PROPOSED, Credential.password_on_file.is_(True)),
        )
    }
    posts: dict[int, date] = {
        row[0]: row[1]
        for row in rows_of(
            session,
            select(SiteCheck.account_id, func.min(SiteCheck.last_post_on))
            .join(Account, Account.id == SiteCheck.account_id)
            .where(_PROPOSED, SiteCheck.last_post_on.is_not(None))
            .group_by(SiteCheck.account_id),
        )
    }
    used = set(terms) | set(credentials) | set(posts)
    if not used:
        return ()
    accounts = rows_of(
        session,
        select(
            Account.id,
            Account.url,
            Department.name,
            Account.status,
            Account.city_email,
            Account.tool_approved_on,
            Account.request_form_on,
        )
        .join(Department, Department.id == Account.department_id)
        .where(_PROPOSED, Account.id.in_(used))
        .order_by(Account.id),
    )
    return tuple(
        UseFacts(
            AccountFacts(row[0], row[1], row[2], row[3], None, row[4], row[5], row[6]),
            terms.get(row[0]),
            credentials.get(row[0]),
            posts.get(row[0]),
        )
        for row in accounts
    )


def findings_missing(session: Session, profile: PolicyProfile) -> tuple[FindingsFacts, ...]:
    """Each approved account whose latest approval has its R2 findings not recorded (none
    where R2 is off)."""
    if not profile.applies("R2", "off"):
        return ()
    rows: Any = rows_of(
        session,
        select(
            Approval.account_id,
            Account.url,
            Department.name,
            Approval.authority,
            Approval.approved_on,
            Approval.determinations_recorded,
            Approval.id,
        )
        .join(Account, Account.id == Approval.account_id)
        .join(Department, Department.id == Account.department_id)
        .where(
            Account.status == AccountStatus.APPROVED,
            # Only the accounts with an approval lacking them: a city's few, not its thousands.
            Approval.account_id.in_(
                select(Approval.account_id).where(Approval.determinations_recorded.is_(False))
            ),
        ),
    )
    latest: dict[int, Any] = {}
    for row in rows:
        known = latest.get(row[0])
        # The latest approval as the account page reads it: the last one recorded.
        if known is None or row[6] > known[6]:
            latest[row[0]] = row
    return tuple(
        FindingsFacts(row[0], row[1], row[2], row[3], row[4])
        for _, row in sorted(latest.items())
        if not row[5]
    )


def policy_approvers(session: Session, profile: PolicyProfile) -> tuple[ApproverFacts, ...]:
    """Each approved account's latest approval (the last one recorded, as the account page
    reads it) in a department whose filed policy names its approver, with that approver:
    where the profile has approvals follow the department's policy (R1), else none."""
    if not profile.approver_in_department_policy:
        return ()
    latest = (
        select(func.max(Approval.id))
        .join(Account, Account.id == Approval.account_id)
        .where(Account.status == AccountStatus.APPROVED)
        .group_by(Approval.account_id)
    )
    rows = rows_of(
        session,
        select(
            Account.id,
            Account.url,
            Department.name,
            Approval.approved_by,
            Approval.approved_on,
            Department.policy_approver,
        )
        .join(Account, Account.id == Approval.account_id)
        .join(Department, Department.id == Account.department_id)
        .where(Approval.id.in_(latest), Department.policy_approver.is_not(None))
        .order_by(Account.id),
    )
    return tuple(ApproverFacts(*row) for row in rows if row[4] is not None)
