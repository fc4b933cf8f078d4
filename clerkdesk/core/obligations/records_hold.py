"""R17: a record under request may not be destroyed until the request is granted or until 60
days after it is denied (Wis. Stat. 19.35(5)). Each account a denied request names is on hold
until then: due the day the hold ends. (An open request holds its accounts too, with no end
yet: `records-request` is what it owes.)"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..records import hold_of
from .model import Due, Snapshot
from .registry import LAW, rule


@rule("records-hold", rule="R17", label="Records hold", basis=LAW, opens="account")
def records_hold(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    today = snapshot.profile.day_at(as_of)
    for request in snapshot.facts_of("requests"):
        hold = hold_of(
            request.number, request.status, request.received_on, request.closed_on, today
        )
        if hold is None or hold.until is None:
            continue
        for account_id, url, department in request.accounts:
            yield Due(
                due=hold.until,
                text=f"Keep every record of {url} through {hold.until.isoformat()}: request "
                f"{request.number} was denied on {request.closed_on}",
                account=url,
                department=department,
                account_id=account_id,
                record=request.number,
            )
