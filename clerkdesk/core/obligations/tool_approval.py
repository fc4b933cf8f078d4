"""R1 where the policy has the IT Director approve each social media tool for records
compliance (Madison): an account in use without that approval recorded owes it from its own
approval (not before the city's policy was adopted)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..deadlines import applies_from
from .model import Due, Snapshot
from .registry import POLICY, rule


@rule("tool-approval", rule="R1", label="Tool approval", basis=POLICY, opens="account")
def tool_approval(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    profile = snapshot.profile
    if not profile.tool_approval:
        return
    today = profile.day_at(as_of)
    for account in snapshot.accounts:
        if account.tool_approved_on is not None:
            continue
        since = account.approved_on or snapshot.adopted_on or today
        yield Due(
            due=applies_from(since, snapshot.adopted_on),
            text="Get the IT Director's approval of the tool for public-records compliance",
            account=account.url,
            department=account.department,
            account_id=account.id,
        )
