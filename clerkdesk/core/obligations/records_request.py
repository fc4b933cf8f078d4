"""R17: a public-records request is answered "as soon as practicable and without delay" (Wis.
Stat. 19.35(4)): due the profile's target in work days after it was received (weekends, that
year's US and Wisconsin holidays and the city's own days skipped), and never before the policy
began to apply; or by the new target the requester was told of (both dates shown). A denial
owes its written reasons (19.35(4)(b)) until they are recorded."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from ..deadlines import applies_from
from ..profile import PolicyProfile
from ..records import DENIALS, OPEN, PARTLY_GRANTED, response_due
from .model import Due, Snapshot
from .registry import LAW, only_the_day, rule


@rule(
    "records-request",
    rule="R17",
    label="Records request",
    basis=LAW,
    opens="request",
    changes_at=only_the_day,
)
def records_request(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    profile = snapshot.profile
    answer_by: dict[date, date] = {}  # many requests come in on one day
    for request in snapshot.facts_of("requests"):
        first = request.accounts[0] if request.accounts else None
        where: dict[str, Any] = {
            "account": first[1] if first else None,
            "department": first[2] if first else None,
            "account_id": first[0] if first else None,
            "record": request.number,
        }
        if request.status in DENIALS and not (request.reasons or "").strip():
            # A written denial gives its reasons (19.35(4)(b)); a file's denial without them
            # is kept, and owes them from the day it was denied.
            yield Due(
                due=request.closed_on or request.received_on,
                text=f"Record why public-records request {request.number} was "
                f"{'partly granted' if request.status == PARTLY_GRANTED else 'denied'}: a "
                "written denial gives its reasons and how it can be reviewed "
                "(Wis. Stat. 19.35(4)(b))",
                **where,
            )
        if request.status != OPEN:
            continue
        due = answer_by.get(request.received_on)
        if due is None:
            due = answer_by[request.received_on] = answer_due(
                request.received_on, snapshot.adopted_on, profile
            )
        received = request.received_on.isoformat()
        said = f"Answer public-records request {request.number} (received {received}"
        target = answered_by(due, request.extended_to)
        if target != due:
            said += f"; the requester was told {target.isoformat()}, not {due.isoformat()}"
        yield Due(due=target, text=said + ")", **where)


def answered_by(first_target: date, extended_to: date | None) -> date:
    """The day a request is to be answered by: the new target the requester was told of,
    else the first one (`answer_due`). Today and the Requests page both read it here."""
    return extended_to or first_target


def answer_due(received_on: date, adopted_on: date | None, profile: PolicyProfile) -> date:
    """The day a request received then is to be answered by: the profile's target in work
    days, counted from the day it was received or the policy's adoption, whichever is later.
    The Requests page, the request log and Today all read it from here."""
    start = applies_from(received_on, adopted_on)
    return response_due(start, profile.records_response_days, profile.days_off)
