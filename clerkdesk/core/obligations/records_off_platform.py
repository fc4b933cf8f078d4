"""R20 where the policy has records moved off the platform (Milwaukee: "City records are
prohibited from being permanently stored solely on social media platforms ... transferred ...
as soon as practical to City systems"): an account in use whose records are archived nowhere
(`archived_in` blank) owes an archive from its approval (not before the policy's adoption)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..deadlines import applies_from
from .model import Due, Snapshot
from .registry import POLICY, only_the_day, rule


@rule(
    "records-on-platform",
    rule="R20",
    label="Records on platform",
    basis=POLICY,
    opens="account",
    changes_at=only_the_day,
)
def records_on_platform(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    profile = snapshot.profile
    if not profile.records_off_platform:
        return
    today = profile.day_at(as_of)
    for account in snapshot.accounts:
        if account.archived_in and account.archived_in.strip():
            continue
        since = account.approved_on or snapshot.adopted_on or today
        yield Due(
            due=applies_from(since, snapshot.adopted_on),
            text="Move the account's records to the city's systems: they are kept only on the "
            "platform",
            account=account.url,
            department=account.department,
            account_id=account.id,
        )
