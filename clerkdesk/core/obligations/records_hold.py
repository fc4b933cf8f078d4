"""R17: a record under request may not be destroyed until the request is granted or until 60
days after it is denied, 90 for a requester committed or incarcerated, nor while an action
under 19.37 over it lasts (Wis. Stat. 19.35(5)). Each account a denied request names is on
hold until then: due the day the hold ends. (An open request, or a pending action, holds its
accounts too, with no end yet: `records-request` is what an open one owes.)"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..records import HELD_ACTION
from .model import Due, Snapshot
from .registry import LAW, only_the_day, rule


@rule(
    "records-hold",
    rule="R17",
    label="Records hold",
    basis=LAW,
    opens="account",
    changes_at=only_the_day,
)
def records_hold(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    today = snapshot.profile.day_at(as_of)
    for request in snapshot.facts_of("requests"):
        hold = request.hold_on(today)
        if hold is None or hold.until is None:
            continue
        for account_id, url, department in request.accounts:
            if hold.why == HELD_ACTION:
                why = (
                    f"the action under Wis. Stat. 19.37 over request {request.number} ended "
                    f"on {hold.until.isoformat()}"
                )
            else:
                confined = (
                    " (the requester is committed or incarcerated: 90 days)"
                    if request.confined
                    else ""
                )
                why = f"request {request.number} was denied on {request.closed_on}{confined}"
            yield Due(
                due=hold.until,
                text=f"Keep every record of {url} through {hold.until.isoformat()}: {why}",
                account=url,
                department=department,
                account_id=account_id,
                record=request.number,
            )
