"""R20 where the city lists its accounts publicly (its "official accounts" page, so that a
resident can tell a real city account from an impostor): the list is verified and published
again once every `public_list_months` (ClerkDesk's figure: no policy gives one), counted from
its last publication, or, never published, from the day the city began to use ClerkDesk. Owed
while some account is in use, and once published for as long as the city has the page up: a
list whose last account was discontinued is published again, saying so."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date, datetime
from typing import NamedTuple

from .model import Due, Snapshot
from .registry import PRACTICE, only_the_day, rule

PUBLIC_LIST = "public-list"


class PublicListFacts(NamedTuple):
    """What the rule reads (gathered under "accounts"): the day the list was last published
    (None: never), the day the city began to use ClerkDesk, and how many accounts are in
    use."""

    last_published_on: date | None
    first_use_on: date
    in_use: int


def add_months(day: date, months: int) -> date:
    """The same day `months` later; the month's last day where it has no such day (a year
    after 29 February is 28 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def public_list_due(facts: PublicListFacts, months: int) -> date:
    """When the public list is next to be verified and published."""
    return add_months(facts.last_published_on or facts.first_use_on, months)


@rule(
    PUBLIC_LIST,
    rule="R20",
    label="Public list of accounts",
    basis=PRACTICE,
    opens="account",
    changes_at=only_the_day,
)
def public_list(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    facts = snapshot.facts_of("accounts")
    if not isinstance(facts, PublicListFacts):
        return
    if facts.in_use == 0 and facts.last_published_on is None:
        return  # nothing to list, and nothing listed
    verb = "Publish" if facts.last_published_on is None else "Verify and publish again"
    yield Due(
        due=public_list_due(facts, snapshot.profile.public_list_months),
        text=f"{verb} the public list of the city's accounts",
    )
