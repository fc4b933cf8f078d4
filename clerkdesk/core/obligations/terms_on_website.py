"""R15 where the policy also posts a notice on the City's website (Janesville: the Terms of Use
Agreement "will also be posted on the City's website", janesville.txt:89; the profile's
`website_notice`): owed from the policy's adoption until Settings records the page's address
and the day it was seen posted there (`website_posting`)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..notices import city_notices, one_line
from .model import Due, Snapshot
from .registry import POLICY, only_the_day, rule

TERMS_ON_WEBSITE = "terms-on-website"


@rule(
    TERMS_ON_WEBSITE,
    rule="R15",
    label="Notice on the City website",
    basis=POLICY,
    opens="settings:duties",
    changes_at=only_the_day,
)
def terms_on_website(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    profile = snapshot.profile
    name = profile.website_notice
    if not name or profile.website_posting or snapshot.adopted_on is None:
        return
    words = city_notices(profile).get(name, name)
    yield Due(
        due=snapshot.adopted_on,
        text=f"Post on the City website, and record where: {one_line(words, 70)}",
    )
