"""Each account in use with the upkeep of its site (R11, R13-R15): its last check, when the
next is due, and what the last check found that is still open."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from ...collection import paused
from ...core.notices import finding_words
from ...core.obligations import kind_of, record_state
from ...core.obligations.model import Snapshot
from ...core.obligations.site_check import next_check_due
from ...core.profile import PolicyProfile
from ...store.models.city import City
from ..kernel.common import city_row, profile_of
from ..kernel.database import Database
from ..obligations.duties_facts import duty_facts


@dataclass(frozen=True, slots=True)
class SiteStatus:
    account_id: int
    url: str
    department: str
    checked_on: date | None
    next_due: date | None  # as Today has it; None where R15 is off (Today asks for no check)
    findings: tuple[str, ...]  # the words of each open finding the city's profile asks about
    state: str | None = None  # Today's state of the next check; None where R15 is off
    archived_in: str | None = None  # where the last check found the records archived


def site_statuses(db: Database) -> Sequence[SiteStatus]:
    # Tens of thousands of facts and statuses, none of them in a cycle: no collection.
    with paused(), db.reading() as session:
        city = city_row(session)
        return statuses_in(session, city, profile_of(city), db.clock())


def statuses_in(
    session: Session, city: City, profile: PolicyProfile, as_of: datetime
) -> Sequence[SiteStatus]:
    """Each site's next check and open findings, as Today has them (core/obligations): the
    findings are the items of Today's rule, made in one pass over every site."""
    facts = duty_facts(session)
    found: dict[int, list[str]] = {}
    snap = Snapshot(profile=profile, adopted_on=city.adopted_on, duties=facts)
    for item in kind_of("site-finding").function(snap, as_of):
        assert item.account_id is not None and item.record is not None
        found.setdefault(item.account_id, []).append(item.record)
    statuses = []
    for s in facts.site_checks:
        next_check = next_check_due(s, profile, city.adopted_on)
        next_due = next_check[0] if next_check else None
        state = record_state("site-check", next_due, as_of, profile) if next_due else None
        if state is None:
            next_due = None  # the city switched the checks off: Today asks for none
        statuses.append(
            SiteStatus(
                s.account_id,
                s.url,
                s.department,
                s.checked_on,
                next_due,
                tuple(finding_words(profile, f) for f in found.get(s.account_id, ())),
                state,
                s.archived_in,
            )
        )
    return sorted(statuses, key=lambda s: s.url)
