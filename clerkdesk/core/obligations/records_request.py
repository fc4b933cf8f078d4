"""R17: a public-records request is answered "as soon as practicable and without delay" (Wis.
Stat. 19.35(4)): due the profile's target in work days after it was received (weekends, that
year's US and Wisconsin holidays and the city's own days skipped), and never before the policy
began to apply."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from ..deadlines import applies_from
from ..profile import PolicyProfile
from ..records import OPEN, response_due
from .model import Due, Snapshot
from .registry import LAW, rule


@rule("records-request", rule="R17", label="Records request", basis=LAW, opens="request")
def records_request(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    profile = snapshot.profile
    answer_by: dict[date, date] = {}  # many requests come in on one day
    for request in snapshot.facts_of("requests"):
        if request.status != OPEN:
            continue
        due = answer_by.get(request.received_on)
        if due is None:
            due = answer_by[request.received_on] = answer_due(
                request.received_on, snapshot.adopted_on, profile
            )
        first = request.accounts[0] if request.accounts else None
        yield Due(
            due=due,
            text=f"Answer public-records request {request.number} "
            f"(received {request.received_on.isoformat()})",
            account=first[1] if first else None,
            department=first[2] if first else None,
            account_id=first[0] if first else None,
            record=request.number,
        )


def answer_due(received_on: date, adopted_on: date | None, profile: PolicyProfile) -> date:
    """The day a request received then is to be answered by: the profile's target in work
    days, counted from the day it was received or the policy's adoption, whichever is later.
    The Requests page, the request log and Today all read it from here."""
    start = applies_from(received_on, adopted_on)
    return response_due(start, profile.records_response_days, profile.days_off)
