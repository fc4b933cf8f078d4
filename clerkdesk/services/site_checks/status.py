"""Each account in use with the upkeep of its site (R11, R13-R15): its last check, when the
next is due, and what the last check found that is still open."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from operator import itemgetter
from typing import NamedTuple

from sqlalchemy.orm import Session

from ...collection import paused
from ...core.duties import SiteCheckFacts
from ...core.notices import finding_words
from ...core.obligations import kind_of, record_state
from ...core.obligations.model import Snapshot, new_tuple
from ...core.obligations.site_check import next_check_due, site_checks_read
from ...core.profile import PolicyProfile
from ...store.models.city import City
from ..kernel.common import city_row, profile_of
from ..kernel.database import Database
from ..obligations.duties_facts import duty_facts
from ..obligations.kept import kept_facts


class SiteStatus(NamedTuple):
    """A tuple, so that a city's tens of thousands are each made in one step (`new_tuple`)."""

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
    with paused(), db.reading(alone=True) as session:  # no older than the kept facts' key
        city = city_row(session)
        profile, now = profile_of(city), db.clock()
        # The snapshot Today keeps holds the last check of every site, and the findings Today
        # worked out from them: taken from there while nothing has changed, not read and worked
        # out again.
        kept = kept_facts(db).still_true(now) if site_checks_read(profile) else None
        if kept is None:
            return statuses_in(session, city, profile, now)
        sites = kept.duties.site_checks
        if not kept.profile.applies("R15"):  # the snapshot leaves out the sites never checked
            # Each account in its place, as a read afresh lists them.
            checked = {s.account_id: s for s in sites}
            sites = tuple(
                checked.get(a.id) or SiteCheckFacts(a.id, a.url, a.department, a.approved_on)
                for a in kept.accounts
            )
        return statuses_of(kept, now, sites)


def statuses_in(
    session: Session, city: City, profile: PolicyProfile, as_of: datetime
) -> Sequence[SiteStatus]:
    """Each site's next check and open findings, as Today has them, read in `session`."""
    snap = Snapshot(profile=profile, adopted_on=city.adopted_on, duties=duty_facts(session))
    return statuses_of(snap, as_of)


def statuses_of(
    snap: Snapshot, as_of: datetime, sites: Iterable[SiteCheckFacts] | None = None
) -> Sequence[SiteStatus]:
    """Each site (`sites`, default: those of `snap`'s duties, every account in use) with its
    next check and open findings, as Today has them (core/obligations): the findings are the
    items of Today's rule on `snap`, made in one pass over every site."""
    profile, facts = snap.profile, snap.duties
    found: dict[int, list[str]] = {}
    words: dict[str, str] = {}  # the city's words for each finding, looked up once
    for item in kind_of("site-finding").function(snap, as_of):
        assert item.account_id is not None and item.record is not None
        said = words.get(item.record)
        if said is None:
            said = words[item.record] = finding_words(profile, item.record)
        found.setdefault(item.account_id, []).append(said)
    # Thousands of sites share a few hundred days of last check (or of approval): each day's
    # next check and its state are worked out once.
    due_of: dict[tuple[date | None, date | None], tuple[date | None, str | None]] = {}
    statuses: list[SiteStatus] = []
    add = statuses.append
    for s in facts.site_checks if sites is None else sites:
        days = (s.checked_on, s.approved_on if s.checked_on is None else None)
        due = due_of.get(days)
        if due is None:
            next_check = next_check_due(s, profile, snap.adopted_on)
            next_due = next_check[0] if next_check else None
            state = record_state("site-check", next_due, as_of, profile) if next_due else None
            # The city switched the checks off (state None): Today asks for none.
            due = due_of[days] = (next_due if state is not None else None, state)
        add(
            new_tuple(
                SiteStatus,
                (
                    s.account_id,
                    s.url,
                    s.department,
                    s.checked_on,
                    due[0],
                    tuple(found.get(s.account_id, ())),
                    due[1],
                    s.archived_in,
                ),
            )
        )
    return sorted(statuses, key=itemgetter(1))  # by the account's address
