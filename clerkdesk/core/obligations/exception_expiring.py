"""R19: an approved exception to the policy ends on its last day; renew it in time or let the
rule apply again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from .model import Due, Snapshot
from .registry import POLICY, only_the_day, rule


@rule(
    "exception-expiring",
    rule="R19",
    label="Exception expires",
    basis=POLICY,
    opens="exception",
    changes_at=only_the_day,
)
def exception_expiring(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    for e in snapshot.duties.exceptions:
        if e.approved_on is None or e.expires_on is None:
            continue
        yield Due(
            due=e.expires_on,
            text=(
                f"Exception {e.number} ({e.summary}) ends after {e.expires_on}: "
                "renew it or let it end"
            ),
            record=e.number,
        )
