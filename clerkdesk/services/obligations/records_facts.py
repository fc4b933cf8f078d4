"""The facts of the records registers that the obligations engine reads: the public-records
requests with the accounts they name (R17), and the posters removed twice or more from one
account (R16)."""

from __future__ import annotations

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from ...core.obligations.model import RepeatFacts, RequestFacts
from ...core.records import DENIALS, OPEN
from ...store.models.accounts import Account
from ...store.models.departments import Department
from ...store.models.removals import PosterRemovals, Removal, RepeatDecision
from ...store.models.requests import RecordsRequest, RequestAccount
from ..kernel.common import rows_of


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


def repeat_facts(session: Session) -> tuple[RepeatFacts, ...]:
    """Each poster removed twice or more from one account, with the second removal's moment."""
    # The posters with two removals or more on an account, from the count the database
    # keeps (a few rows, however many removals there are), and their removals there in order.
    repeated = select(PosterRemovals.account_id, PosterRemovals.poster).where(
        PosterRemovals.removals >= 2
    )
    rows = rows_of(
        session,
        select(Removal.account_id, Removal.poster, Removal.removed_at)
        .where(tuple_(Removal.account_id, Removal.poster).in_(repeated))
        .order_by(Removal.account_id, Removal.poster, Removal.removed_at),
    )
    second: dict[tuple[int, str], object] = {}
    seen: set[tuple[int, str]] = set()
    for account_id, poster, at in rows:
        key = (account_id, poster)
        if key in seen and key not in second:
            second[key] = at
        seen.add(key)
    if not second:
        return ()
    decided = {
        (a, poster)
        for a, poster in rows_of(session, select(RepeatDecision.account_id, RepeatDecision.poster))
    }
    accounts = {
        a: (url, department)
        for a, url, department in rows_of(
            session,
            select(Account.id, Account.url, Department.name)
            .join(Department, Department.id == Account.department_id)
            .where(Account.id.in_(sorted({a for a, _p in second}))),
        )
    }
    return tuple(
        RepeatFacts(a, *accounts[a], poster, at, (a, poster) in decided)  # type: ignore[arg-type]
        for (a, poster), at in second.items()
    )
