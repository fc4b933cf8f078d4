"""The facts of the removed content register its obligation rules read (R16): the posters
removed twice or more from one account. Gathered for the obligations snapshot under "removals"
(`Snapshot.facts_of("removals")`)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from ...core.obligations.model import RepeatFacts
from ...core.profile import PolicyProfile
from ...store.models.accounts import Account
from ...store.models.departments import Department
from ...store.models.removals import PosterRemovals, Removal, RepeatDecision
from ..kernel.common import rows_of


def facts(session: Session, profile: PolicyProfile, as_of: datetime) -> tuple[RepeatFacts, ...]:
    return repeat_facts(session)


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
