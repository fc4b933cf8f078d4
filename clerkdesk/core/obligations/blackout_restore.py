"""R18: once the candidate is no longer one (the day they withdrew, else the election day),
their posting access to city accounts comes back the next day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..duties import restore_on
from .model import Due, Snapshot
from .registry import PRACTICE, rule


@rule("blackout-restore", rule="R18", label="Blackout over", basis=PRACTICE, opens="candidate")
def blackout_restore(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    for c in snapshot.duties.candidates:
        if not c.unrestored:
            continue
        yield Due(
            due=restore_on(c.papers_from, c.election_on, c.until_on),
            text=(
                f"Restore {c.person}'s posting access after {c.election}: {', '.join(c.unrestored)}"
            ),
            person=c.person,
            person_id=c.person_id,
            employee_id=c.employee_id,
        )
