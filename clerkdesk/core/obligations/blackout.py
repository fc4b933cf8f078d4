"""R18: an elected official who is a candidate may not post to city accounts from the first day
nomination papers may circulate; their posting access is suspended that day. Where the policy
says so (Milwaukee), so is that of the staff acting for them (`blackout_staff`): an item for
each, which opens the candidacy. The papers' first day is the election calendar's, not a day
the policy sets: a suspension is owed from it, never before the policy was adopted."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..deadlines import applies_from
from ..duties import blackout_days, candidacy_key
from .model import Due, Snapshot
from .registry import PRACTICE, only_the_day, rule


@rule(
    "blackout",
    rule="R18",
    label="Election blackout",
    basis=PRACTICE,
    opens="candidate",
    changes_at=only_the_day,
)
def blackout(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    today = snapshot.profile.day_at(as_of)
    staff_too = snapshot.profile.blackout_staff
    for c in snapshot.duties.candidates:
        first, last = blackout_days(c.papers_from, c.election_on, c.until_on)
        if today > last:
            continue  # the blackout is over
        if c.unsuspended:
            yield Due(
                due=applies_from(first, snapshot.adopted_on),
                text=(
                    f"Suspend {c.person}'s posting access to the City's accounts ({c.election}, "
                    f"{first} to {last}): {', '.join(c.unsuspended)}"
                ),
                person=c.person,
                person_id=c.person_id,
                employee_id=c.employee_id,
            )
        for s in c.staff if staff_too else ():
            if s.unsuspended:  # Milwaukee: "city staff acting on behalf of a candidate"
                yield Due(
                    due=applies_from(first, snapshot.adopted_on),
                    text=(
                        f"Suspend {s.person}'s posting access to the City's accounts: they act "
                        f"for {c.person}, a candidate ({c.election}, {first} to {last}): "
                        f"{', '.join(s.unsuspended)}"
                    ),
                    person=s.person,
                    person_id=s.person_id,
                    employee_id=s.employee_id,
                    record=candidacy_key(c),
                )
