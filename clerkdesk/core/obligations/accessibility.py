"""R21: what the city publishes meets WCAG 2.1 AA from its compliance date (28 CFR 35.200: 26
April 2027 for a city of 50,000 people or more, 26 April 2028 below; the profile's
`accessible_from`). From the rule's effect (24 June 2024) through that day Today shows it
coming to a city with an account; from it each site check asks what the posts since then
meet, and what they fail is a site finding (site_finding)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from ..duties import ACCESSIBILITY
from .model import Due, Snapshot
from .registry import LAW, only_the_day, rule

# The day the rule took effect (89 FR 31320, published 24 April 2024): before it no city owed it.
PUBLISHED = date(2024, 6, 24)


@rule(
    "accessibility-date",
    rule="R21",
    label="Accessibility",
    basis=LAW,
    opens="site-check",
    changes_at=only_the_day,
)
def accessibility_date(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    profile = snapshot.profile
    day = profile.accessible_from
    today = profile.day_at(as_of)
    if day is None or not snapshot.accounts or not PUBLISHED <= today <= day:
        return  # none set, no account the city posts on yet, no such rule yet, or the day came
    asks = "; ".join(words.lower() for words in ACCESSIBILITY.values())
    yield Due(
        due=day,
        text=(f"From {day}, what the city posts must meet WCAG 2.1 AA (28 CFR 35.200): {asks}"),
    )
