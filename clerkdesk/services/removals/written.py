"""The removals a write changed, read again alone on the Removed content page: those it named,
and the others of the same poster on the same account, on each of which their count of
removals and the clerk's decision on a repeat violator are shown."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select, tuple_

from ...store.models.accounts import Account
from ...store.models.removals import Removal, RepeatDecision
from ..kernel.changes import FEW
from ..kernel.database import Database
from ..requests.views import RemovalView
from .writes import removal_views


def removals_with_ids(db: Database, ids: frozenset[int]) -> list[RemovalView]:
    with db.reading() as session:
        return removal_views(session, Removal.id.in_(sorted(ids)))


def removals_beside(
    db: Database,
    ids: frozenset[int],
    decisions: frozenset[int],
    before: Iterable[tuple[int, str, str, datetime]],
) -> frozenset[int] | None:
    """`ids`, and every removal of the same poster on the same account as one of them, as it
    is and as it was (`before`: each one's id, account address, poster and moment as listed),
    or as one of the repeat `decisions`. None (the whole list is read) when one was moved to
    another moment (its place in the list, newest first, is another), when one of those
    decisions or accounts is gone, or when they are more than a few."""
    listed = {removal_id: (url, poster, at) for removal_id, url, poster, at in before}
    with db.reading() as session:
        now = session.execute(
            select(Removal.id, Removal.account_id, Removal.poster, Removal.removed_at).where(
                Removal.id.in_(sorted(ids))
            )
        ).all()
        if any(r.id in listed and r.removed_at != listed[r.id][2] for r in now):
            return None
        keys = {(r.account_id, r.poster) for r in now}
        if decisions:
            decided = session.execute(
                select(RepeatDecision.account_id, RepeatDecision.poster).where(
                    RepeatDecision.id.in_(sorted(decisions))
                )
            ).all()
            if len(decided) != len(decisions):
                return None
            keys |= {(account, poster) for account, poster in decided}
        urls = {url for url, _poster, _at in listed.values()}
        account_of = dict(
            session.execute(select(Account.url, Account.id).where(Account.url.in_(sorted(urls))))
            .tuples()
            .all()
        )
        if len(account_of) != len(urls):
            return None
        keys |= {(account_of[url], poster) for url, poster, _at in listed.values()}
        if len(keys) > FEW:
            return None
        beside = session.scalars(
            select(Removal.id)
            .where(tuple_(Removal.account_id, Removal.poster).in_(sorted(keys)))
            .limit(FEW + 1)
        ).all()
    together = ids | frozenset(beside)
    return None if len(together) > FEW else together
