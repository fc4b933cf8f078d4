"""R19: an exception filed but not yet approved by the office the policy names has no force
until it is."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..duties import EXCEPTION_OFFICES
from .model import Due, Snapshot
from .registry import POLICY, only_the_day, rule


@rule(
    "exception-approval",
    rule="R19",
    label="Exception unapproved",
    basis=POLICY,
    opens="exception",
    changes_at=only_the_day,
)
def exception_approval(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    for e in snapshot.duties.exceptions:
        if e.approved_on is not None:
            continue
        office = EXCEPTION_OFFICES.get(e.office, e.office)
        yield Due(
            due=e.filed_on,
            text=f"Have the {office} approve exception {e.number} ({e.summary}) before it is used",
            record=e.number,
        )
