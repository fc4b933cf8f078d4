"""The facts of the requests register its obligation rules read (R17): the public-records
requests that can still owe something, with the accounts they name. Gathered for the
obligations snapshot under "requests" (`Snapshot.facts_of("requests")`)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
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
    """The requests that can still owe something: open, or denied (in whole or in part)."""
    live = RecordsRequest.status.in_((OPEN, *DENIALS))
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
        ).where(live),
    )
    return tuple(
        RequestFacts(number, received, status, closed, tuple(named.get(request_id, ())))
        for request_id, number, received, status, closed in rows
    )
