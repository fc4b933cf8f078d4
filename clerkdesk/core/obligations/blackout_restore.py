"""R18: once the candidate is no longer one (the day they withdrew, else the election day),
their posting access to city accounts comes back the next day; so does that of the staff acting
for them, where the blackout covers them (`blackout_staff`)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..deadlines import applies_from
from ..duties import candidacy_key, restore_on
from .model import Due, Snapshot
from .registry import PRACTICE, only_the_day, rule


@rule(
    "blackout-restore",
    rule="R18",
    label="Blackout over",
    basis=PRACTICE,
    opens="candidate",
    changes_at=only_the_day,
)
def blackout_restore(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    staff_too = snapshot.profile.blackout_staff
    for c in snapshot.duties.candidates:
        back = restore_on(c.papers_from, c.election_on, c.until_on)
        if c.unrestored:
            yield Due(
                due=applies_from(back, snapshot.adopted_on),
                text=(
                    f"Restore {c.person}'s posting access after {c.election}: "
                    f"{', '.join(c.unrestored)}"
                ),
                person=c.person,
                person_id=c.person_id,
                employee_id=c.employee_id,
            )
        for s in c.staff if staff_too else ():
            if s.unrestored:
                yield Due(
                    due=applies_from(back, snapshot.adopted_on),
                    text=(
                        f"Restore {s.person}'s posting access after {c.election} (they act for "
                        f"{c.person}): {', '.join(s.unrestored)}"
                    ),
                    person=s.person,
                    person_id=s.person_id,
                    employee_id=s.employee_id,
                    record=candidacy_key(c),
                )
