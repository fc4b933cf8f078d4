"""The facts of the requests register its obligation rules read (R17): the public-records
requests that can still owe something, with the accounts they name. Gathered for the
obligations snapshot under "requests" (`Snapshot.facts_of("requests")`)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...core.obligations.model import RequestFacts
from ...core.profile import PolicyProfile
from ...core.records import DENIALS, OPEN
from ...store.models.accounts import Account
from ...store.models.departments import Department
from ...store.models.requests import RecordsRequest, RequestAccount
from ..kernel.common import rows_of


def facts(session: Session, profile: PolicyProfile, as_of: datetime) -> tuple[RequestFacts, ...]:
    return request_facts(session)


def request_facts(session: Session) -> tuple[RequestFacts, ...]:
    """The requests that can still owe something: open, denied (in whole or in part), or
    under an action (19.37)."""
    live = or_(
        RecordsRequest.status.in_((OPEN, *DENIALS)), RecordsRequest.action_notice_on.is_not(None)
    )
    named: dict[int, list[tuple[int, str, str]]] = {}
    for request_id, account_id, url, department in rows_of(
        session,
        select(RequestAccount.request_id, Account.id, Account.url, Department.name)
        .join(Account, Account.id == RequestAccount.account_id)
        .join(Department, Department.id == Account.department_id)
        .join(RecordsRequest, RecordsRequest.id == RequestAccount.request_id)
        .where(live)
        .order_by(Account.url),
    ):
        named.setdefault(request_id, []).append((account_id, url, department))
    rows = rows_of(
        session,
        select(
            RecordsRequest.id,
            RecordsRequest.number,
            RecordsRequest.received_on,
            RecordsRequest.status,
            RecordsRequest.closed_on,
            RecordsRequest.reasons,
            RecordsRequest.extended_to,
            RecordsRequest.requester_confined,
            RecordsRequest.action_notice_on,
            RecordsRequest.action_ended_on,
        ).where(live),
    )
    return tuple(
        RequestFacts(number, received, status, closed, tuple(named.get(request_id, ())), *later)
        for request_id, number, received, status, closed, *later in rows
    )
