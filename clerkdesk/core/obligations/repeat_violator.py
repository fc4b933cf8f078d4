"""R16: the policies let the city block a repeat violator. A poster's second removal on the
same account asks the clerk for a decision (block or not, with a reason); it is shown once,
from the day of that second removal, until the decision is recorded."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..dates import local_date
from .model import Due, Snapshot
from .registry import POLICY, rule


@rule("repeat-violator", rule="R16", label="Repeat violator", basis=POLICY, opens="removal")
def repeat_violator(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    tz = snapshot.profile.zone
    for poster in snapshot.facts_of("removals"):
        if poster.decided or poster.second_at > as_of:
            continue
        yield Due(
            due=local_date(poster.second_at, tz),
            text=f"Decide whether to block {poster.poster}: content removed twice from "
            f"{poster.url}",
            account=poster.url,
            department=poster.department,
            account_id=poster.account_id,
            record=poster.poster,
        )
