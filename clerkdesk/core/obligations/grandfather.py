"""R5: an account in use when the policy was adopted is approved within the window, or shut."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from ..dates import add_days
from ..vocabulary import AccountStatus
from .model import Due, Snapshot
from .registry import OPENS_ACCOUNT, POLICY, rule


def grandfather_deadline(adopted_on: date, window_days: int) -> date:
    """The last day on which a pre-existing account may still be approved."""
    return add_days(adopted_on, window_days)


@rule("grandfather-approval", rule="R5", label="Grandfathering", basis=POLICY, opens=OPENS_ACCOUNT)
def grandfather_approval(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    if snapshot.adopted_on is None:
        return
    deadline = grandfather_deadline(snapshot.adopted_on, snapshot.profile.grandfather_days)
    for account in snapshot.accounts:
        if account.status == AccountStatus.PRE_EXISTING:
            yield Due(
                due=deadline,
                text=f"Approve or discontinue by {deadline.isoformat()}",
                account=account.url,
                department=account.department,
                account_id=account.id,
            )
