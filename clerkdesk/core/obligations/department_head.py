"""A department whose head has left the city needs a new one: the head signs the department's
Authorized User Agreements (R6) and reviews who has access to its accounts (R7), which a
person who has left can do no more."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..dates import local_date
from .model import Due, Snapshot
from .registry import PRACTICE, rule


@rule(
    "department-head-left",
    rule="R7",
    label="Department head",
    basis=PRACTICE,
    opens="department",
)
def department_head_left(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    tz = snapshot.profile.zone
    for facts in snapshot.heads_left:
        if facts.left_at <= as_of:
            left = local_date(facts.left_at, tz)
            yield Due(
                due=left,
                text=f"Name a new head of {facts.department}: {facts.head} left on {left}",
                department=facts.department,
            )
