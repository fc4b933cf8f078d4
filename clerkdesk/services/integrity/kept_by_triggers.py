"""The check of what the database keeps by its own triggers (migration 0011) for the
obligations to read: each poster's removals on each account (R16) and each account's latest
approval (R1). `check` says where either differs from the rows it is made from (the triggers
dropped, or the aggregate written by hand)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ...store.models.accounts import Account, Approval, LatestApproval
from ...store.models.removals import PosterRemovals, Removal


def kept_problems(session: Session) -> list[str]:
    """Where either aggregate differs from its rows. The database finds the differing keys
    (EXCEPT, both ways): where all agree, a city's fifty thousand removals are not read here."""
    counts = (PosterRemovals.account_id, PosterRemovals.poster, PosterRemovals.removals)
    made_counts = (Removal.account_id, Removal.poster, func.count())
    counted_wrong = _differing_keys(
        session,
        select(*counts),
        select(*made_counts).group_by(Removal.account_id, Removal.poster),
    )
    latest_wrong = _differing_keys(
        session,
        select(LatestApproval.account_id, LatestApproval.approved_on),
        select(Approval.account_id, func.max(Approval.approved_on)).group_by(Approval.account_id),
    )
    if not counted_wrong and not latest_wrong:
        return []
    counted = _by_key(session, select(*counts))  # only where something differs: read whole
    removals = _by_key(session, select(*made_counts).group_by(Removal.account_id, Removal.poster))
    latest = _by_key(session, select(LatestApproval.account_id, LatestApproval.approved_on))
    approvals = _by_key(
        session,
        select(Approval.account_id, func.max(Approval.approved_on)).group_by(Approval.account_id),
    )
    wrong_counts = _differing(counted, removals)
    wrong_latest = _differing(latest, approvals)
    ids = {key[0] for key in wrong_counts} | {key[0] for key in wrong_latest}
    urls = {
        account_id: url
        for account_id, url in session.execute(
            select(Account.id, Account.url).where(Account.id.in_(ids))
        )
    }

    def named(account_id: int) -> str:
        return urls.get(account_id) or f"account {account_id}"

    problems = [
        f"removal count: {key[1]} on {named(key[0])}: "
        f"{counted.get(key, 0)} counted, {removals.get(key, 0)} removal(s) kept"
        for key in wrong_counts
    ]
    problems.extend(
        f"latest approval: {named(key[0])}: {latest.get(key) or 'none'} kept, "
        f"{approvals.get(key) or 'none'} in its approvals"
        for key in wrong_latest
    )
    return problems


def _by_key(session: Session, statement: Any) -> dict[tuple[Any, ...], Any]:
    """The rows' last column by the columns before it."""
    return {tuple(row[:-1]): row[-1] for row in session.execute(statement)}


def _differing(kept: dict[tuple[Any, ...], Any], made: dict[tuple[Any, ...], Any]) -> list[Any]:
    return sorted(key for key in kept.keys() | made.keys() if kept.get(key) != made.get(key))


def _differing_keys(session: Session, kept: Select[Any], made: Select[Any]) -> set[Any]:
    """The keys (every column but the last) of the rows in one query and not the other."""
    width = len(kept.selected_columns) - 1
    found: set[Any] = set()
    for one, other in ((kept, made), (made, kept)):
        for row in session.execute(one.except_(other)):
            found.add(tuple(row[:width]))
    return found
