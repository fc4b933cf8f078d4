"""Each account in use with the upkeep of its site (R11, R13-R15): its last check, when the
next is due, and what the last check found that is still open."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from ..core.dates import local_date, zone
from ..core.deadlines import applies_from
from ..core.duties import FINDINGS, findings_of
from ..core.profile import PolicyProfile
from ..store.models import City
from .common import city_row, profile_of
from .database import Database
from .duties_facts import duty_facts


@dataclass(frozen=True, slots=True)
class SiteStatus:
    account_id: int
    url: str
    department: str
    checked_on: date | None
    next_due: date | None
    findings: tuple[str, ...]  # the words of each open finding


def site_statuses(db: Database) -> Sequence[SiteStatus]:
    with db.reading() as session:
        city = city_row(session)
        profile = profile_of(city)
        today = local_date(db.clock(), zone(profile.timezone))
        return statuses_in(session, city, profile, today)


def statuses_in(
    session: Session, city: City, profile: PolicyProfile, today: date
) -> Sequence[SiteStatus]:
    facts = duty_facts(session)
    interval = timedelta(days=profile.site_check_days)
    statuses = []
    for s in facts.site_checks:
        if s.checked_on is not None:
            next_due: date | None = s.checked_on + interval
        else:
            begins = s.approved_on or city.adopted_on
            next_due = applies_from(begins, city.adopted_on) if begins else None
        found = findings_of(
            s, profile.site_notices, profile.abandoned_days, facts.waived(s.account_id, today)
        )
        statuses.append(
            SiteStatus(
                s.account_id,
                s.url,
                s.department,
                s.checked_on,
                next_due,
                tuple(FINDINGS[f] for f in found),
            )
        )
    return sorted(statuses, key=lambda s: s.url)
