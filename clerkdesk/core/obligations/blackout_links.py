"""R18 where the policy says so (Milwaukee: "all links to social media sites and city text
alerts will be removed from aldermanic web pages", `blackout_links`): the links on a candidate's
pages come down the day the blackout begins, until the clerk records the day they were removed.
Putting them back once the candidate is no longer one is not tracked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..deadlines import applies_from
from ..duties import blackout_days, candidacy_key
from .model import Due, Snapshot
from .registry import POLICY, only_the_day, rule


@rule(
    "blackout-links",
    rule="R18",
    label="Links on official's pages",
    basis=POLICY,
    opens="candidate",
    changes_at=only_the_day,
)
def blackout_links(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    if not snapshot.profile.blackout_links:
        return
    today = snapshot.profile.day_at(as_of)
    for c in snapshot.duties.candidates:
        first, last = blackout_days(c.papers_from, c.election_on, c.until_on)
        if c.links_removed_on is not None or today > last:
            continue  # removed, or the blackout is over
        yield Due(
            due=applies_from(first, snapshot.adopted_on),
            text=(
                f"Remove the links to the City's social media and text alerts from "
                f"{c.person}'s official pages ({c.election}, {first} to {last})"
            ),
            person=c.person,
            person_id=c.person_id,
            employee_id=c.employee_id,
            record=candidacy_key(c),
        )
