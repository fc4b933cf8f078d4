"""R5: an account in use when the policy was adopted is approved within the window, or shut."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..deadlines import grandfather_deadline
from ..vocabulary import AccountStatus
from .model import Due, Snapshot, new_tuple
from .registry import POLICY, only_the_day, rule

__all__ = ["grandfather_approval", "grandfather_deadline"]


@rule(
    "grandfather-approval",
    rule="R5",
    label="Grandfathering",
    basis=POLICY,
    opens="account",
    changes_at=only_the_day,
)
def grandfather_approval(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    # The window counts from the adoption itself: the day the rule began to apply.
    if snapshot.adopted_on is None:
        return
    deadline = grandfather_deadline(snapshot.adopted_on, snapshot.profile.grandfather_days)
    text = f"Approve or discontinue by {deadline.isoformat()}"
    for account in snapshot.accounts:
        if account.status == AccountStatus.PRE_EXISTING:
            # One for each account in use before the policy: made as the tuple it is.
            yield new_tuple(
                Due,
                (
                    deadline,
                    text,
                    account.url,
                    account.department,
                    None,
                    account.id,
                    None,
                    None,
                    None,
                ),
            )
