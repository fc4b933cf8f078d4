"""R18: an elected official who is a candidate may not post to city accounts from the first day
nomination papers may circulate; their posting access is suspended that day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..duties import blackout_days
from .model import Due, Snapshot
from .registry import PRACTICE, rule


@rule("blackout", rule="R18", label="Election blackout", basis=PRACTICE, opens="candidate")
def blackout(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    today = snapshot.profile.day_at(as_of)
    for c in snapshot.duties.candidates:
        first, last = blackout_days(c.papers_from, c.election_on, c.until_on)
        if not c.unsuspended or today > last:
            continue  # suspended already, or the blackout is over
        yield Due(
            due=first,
            text=(
                f"Suspend {c.person}'s posting access to the City's accounts ({c.election}, "
                f"{first} to {last}): {', '.join(c.unsuspended)}"
            ),
            person=c.person,
            person_id=c.person_id,
            employee_id=c.employee_id,
        )
