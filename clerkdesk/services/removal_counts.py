"""The check of the count the database keeps of each poster's removals on each account (R16):
its triggers keep it, and `check` says where it differs from the removals themselves (the
triggers dropped, or the count written by hand), since the repeat violators are read from it."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..store.models import Account
from ..store.records_models import PosterRemovals, Removal


def count_problems(session: Session) -> list[str]:
    kept = {
        (account_id, poster): removals
        for account_id, poster, removals in session.execute(
            select(PosterRemovals.account_id, PosterRemovals.poster, PosterRemovals.removals)
        )
    }
    actual = {
        (account_id, poster): removals
        for account_id, poster, removals in session.execute(
            select(Removal.account_id, Removal.poster, func.count()).group_by(
                Removal.account_id, Removal.poster
            )
        )
    }
    wrong = sorted(key for key in kept.keys() | actual.keys() if kept.get(key) != actual.get(key))
    if not wrong:
        return []
    urls = {
        account_id: url
        for account_id, url in session.execute(
            select(Account.id, Account.url).where(Account.id.in_({a for a, _p in wrong}))
        )
    }
    return [
        f"removal count: {poster} on {urls.get(account_id, f'account {account_id}')}: "
        f"{kept.get((account_id, poster), 0)} counted, {actual.get((account_id, poster), 0)} "
        "removal(s) kept"
        for account_id, poster in wrong
    ]
