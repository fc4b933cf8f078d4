"""The monitoring the approving Department Head directed (R14 from R2, Stoughton): the
frequency found at each account's latest approval (the last one recorded, as the account page
reads it), which a site check asks about and a `no` to it names."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...core.duties import SiteCheckFacts
from ...core.errors import ClerkDeskError
from ...store.models.accounts import Approval
from ..accounts.views import find_account
from ..kernel.common import rows_of
from ..kernel.database import Database


def frequencies(session: Session, account_ids: Iterable[int]) -> dict[int, str | None]:
    """The frequency found at each account's latest approval (None: not recorded there); an
    account never approved is not in it."""
    ids = sorted(set(account_ids))
    if not ids:
        return {}
    latest = (
        select(func.max(Approval.id))
        .where(Approval.account_id.in_(ids))
        .group_by(Approval.account_id)
    )
    rows = rows_of(
        session,
        select(Approval.account_id, Approval.monitoring).where(Approval.id.in_(latest)),
    )
    return {row[0]: (row[1] or "").strip() or None for row in rows}


def directed_frequency(db: Database, account_url: str) -> str | None:
    """The frequency the Department Head directed at the latest approval of the account at
    `account_url`, if recorded: the site check dialog and the checklist ask about it."""
    try:
        account_id = find_account(db, account_url).id
    except ClerkDeskError:
        return None
    with db.reading() as session:
        return frequencies(session, (account_id,)).get(account_id)


def with_frequencies(session: Session, facts: list[SiteCheckFacts]) -> tuple[SiteCheckFacts, ...]:
    """The checks, each that answered `no` to the directed monitoring with the frequency found
    at its account's latest approval: read for those few alone, not the city's every account."""
    said_no = [i for i, f in enumerate(facts) if f.monitored_as_directed == "no"]
    if said_no:
        found = frequencies(session, (facts[i].account_id for i in said_no))
        for i in said_no:
            facts[i] = facts[i]._replace(monitoring=found.get(facts[i].account_id))
    return tuple(facts)
