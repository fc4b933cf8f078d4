"""R3: every approved account has a designated custodian. It is owed from the account's
approval (not before the policy's adoption), or from the day the last custodian's term ended."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from ..deadlines import applies_from
from ..vocabulary import Role
from .model import Due, Snapshot, new_tuple
from .registry import POLICY, rule, term_edges

CUSTODIAN_TEXT = "Designate a custodian"


@rule(
    "custodian-missing",
    rule="R3",
    label="Custodian",
    basis=POLICY,
    opens="account:people",
    changes_at=term_edges,
)
def custodian_missing(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    tz = snapshot.profile.zone
    covered: set[int] = set()
    last_ended: dict[int, datetime] = {}
    for a in snapshot.assignments:
        if a.role != Role.CUSTODIAN:
            continue
        if a.active_at(as_of):
            covered.add(a.account_id)
        elif a.ends_at is not None and a.ends_at <= as_of:
            known = last_ended.get(a.account_id)
            if known is None or a.ends_at > known:
                last_ended[a.account_id] = a.ends_at
    for owed_from, account in snapshot.approved_accounts:
        if account.id not in covered:
            ended = last_ended.get(account.id)
            if ended is None:
                day = owed_from
            else:
                since: date = ended.astimezone(tz).date()
                day = applies_from(owed_from, since)
            yield new_tuple(
                Due,
                (
                    day,
                    CUSTODIAN_TEXT,
                    account.url,
                    account.department,
                    None,
                    account.id,
                    None,
                    None,
                    None,
                ),
            )
