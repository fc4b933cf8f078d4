"""The snapshot's facts of the clerk's other duties: candidates (R18), exceptions (R19) and the
last check of each site (R11, R13-R15)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.duties import DutyFacts
from ...core.obligations.model import AccountFacts, new_tuple
from ...core.vocabulary import AccountStatus
from ...store.models.accounts import Account, LatestApproval
from ...store.models.departments import Department
from ..elections.blackouts import candidate_facts
from ..exceptions.writes import exception_facts
from ..site_checks.writes import site_check_facts


def duty_facts(
    session: Session,
    accounts: Iterable[AccountFacts] | None = None,
    sites: bool = True,
    unchecked: bool = True,
) -> DutyFacts:
    """`accounts`: the snapshot's accounts in use, when it has read them already; `sites`
    False leaves the site checks out (a city whose profile switches off every rule that
    reads them), `unchecked` False the accounts never checked (no periodic check asked for)."""
    if sites and accounts is None:
        accounts = account_facts(session)
    return DutyFacts(
        candidates=candidate_facts(session),
        exceptions=exception_facts(session),
        site_checks=site_check_facts(session, accounts, unchecked) if sites and accounts else (),
    )


def account_facts(session: Session) -> tuple[AccountFacts, ...]:
    """The accounts in use (approved or in use before the policy) with their latest approval."""
    rows = session.execute(
        select(Account.id, Account.url, Department.name, Account.status, LatestApproval.approved_on)
        .join(Department, Department.id == Account.department_id)
        .outerjoin(LatestApproval, LatestApproval.account_id == Account.id)
        .where(Account.status.in_((AccountStatus.PRE_EXISTING, AccountStatus.APPROVED)))
    ).all()  # fetched at once, each made in one step: a city has tens of thousands
    return tuple(new_tuple(AccountFacts, (*row, *_UNREAD)) for row in rows)


# What an account's facts hold beyond the five read here (AccountFacts' defaults).
_UNREAD = tuple(AccountFacts._field_defaults[f] for f in AccountFacts._fields[5:])
