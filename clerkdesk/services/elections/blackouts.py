"""A candidate's blackout (R18): which of their terms it covers, suspending those terms from its
first day and restoring them after it, and whether a person is in one on a day. A suspension is
a recorded act on the term, never its end."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.dates import local_date
from ...core.duties import (
    BLACKOUT_REASON,
    CandidateFacts,
    StaffFacts,
    blackout_days,
    in_blackout,
    restore_on,
)
from ...core.errors import ClerkDeskError, NotFoundError
from ...store.models.accounts import Account
from ...store.models.elections import Candidate, Election, Suspension
from ...store.models.people import Person
from ...store.models.terms import Assignment
from ..integrity.audit import Change, record_many
from ..kernel.common import city_row, city_zone, profile_of, rows_of
from ..kernel.database import Database
from .staff import staff_of
from .suspension_replay import BLOCK, term_keys
from .writes import CandidateView, candidate_query


@dataclass(frozen=True, slots=True)
class StaffBlackout:
    """A person acting for a candidate, suspended with them where the profile says so (R18,
    Milwaukee): the accounts the blackout covers and how far it has been done."""

    person_id: int
    employee_id: str
    person: str
    accounts: tuple[str, ...]
    unsuspended: tuple[str, ...]
    unrestored: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BlackoutView:
    """A candidate with the accounts their blackout covers and how far it has been done; and
    their staff's, where the blackout covers the staff acting for a candidate."""

    candidate: CandidateView
    accounts: tuple[str, ...]
    unsuspended: tuple[str, ...]
    unrestored: tuple[str, ...]
    staff: tuple[StaffBlackout, ...] = ()

    @property
    def to_suspend(self) -> bool:
        return bool(self.unsuspended) or any(s.unsuspended for s in self.staff)

    @property
    def to_restore(self) -> bool:
        return bool(self.unrestored) or any(s.unrestored for s in self.staff)

    @property
    def state(self) -> str:
        if not self.accounts and not any(s.accounts for s in self.staff):
            return "holds no account"
        if self.to_suspend:
            return "to suspend"
        if self.to_restore:
            return "suspended"
        return "restored"


def _windows(candidates: Sequence[Any], staff: dict[int, list[Any]]) -> list[tuple[Any, ...]]:
    """Whose terms each candidacy's blackout covers: (key, person id, papers from, election
    day, until), keyed by the candidacy's id for the candidate, (id, person id) for staff."""
    found: list[tuple[Any, ...]] = []
    for c in candidates:
        found.append((c[0], c[3], c[6], c[7], c[8]))
        found += [((c[0], s[0]), s[0], c[6], c[7], c[8]) for s in staff.get(c[0], ())]
    return found


def _covered_staff(session: Session, candidate_ids: Sequence[int]) -> dict[int, list[Any]]:
    """The candidacies' staff, where the city's blackout covers them (`blackout_staff`)."""
    if not profile_of(city_row(session)).blackout_staff:
        return {}
    return staff_of(session, candidate_ids)


def _terms(
    session: Session, windows: Sequence[tuple[Any, ...]], tz: ZoneInfo
) -> dict[Any, list[tuple[int, str]]]:
    """Each window's person's terms that overlap the blackout, as (assignment id, account
    URL), by the window's key."""
    people = {w[1] for w in windows}
    if not people:
        return {}
    held: dict[int, list[Any]] = {}  # each candidate's terms, in the order of their URLs
    for row in rows_of(
        session,
        select(
            Assignment.person_id,
            Assignment.id,
            Assignment.starts_at,
            Assignment.ends_at,
            Account.url,
        )
        .join(Account, Account.id == Assignment.account_id)
        .where(Assignment.person_id.in_(people))
        .order_by(Account.url),
    ):
        held.setdefault(row[0], []).append(row)
    found: dict[Any, list[tuple[int, str]]] = {}
    for key, person_id, papers_from, election_on, until_on in windows:
        first, _last = blackout_days(papers_from, election_on, until_on)
        begins = datetime.combine(first, time(0), tzinfo=tz)
        ends = datetime.combine(restore_on(papers_from, election_on, until_on), time(0), tzinfo=tz)
        found[key] = [
            (term_id, url)
            for _person, term_id, starts_at, ends_at, url in held.get(person_id, ())
            if starts_at < ends and (ends_at is None or ends_at > begins)
        ]
    return found


Urls = tuple[str, ...]


def _urls(held: list[tuple[int, str]], done: dict[int, date | None]) -> tuple[Urls, Urls, Urls]:
    """The accounts held, those no suspension covers yet, and those suspended, not restored."""
    return (
        tuple(dict.fromkeys(url for _t, url in held)),
        tuple(dict.fromkeys(url for t, url in held if t not in done)),
        tuple(dict.fromkeys(url for t, url in held if t in done and done[t] is None)),
    )


def _blackouts(session: Session, candidates: Sequence[Any]) -> list[BlackoutView]:
    tz = city_zone(session)
    ids = [c[0] for c in candidates]
    staff = _covered_staff(session, ids)
    terms = _terms(session, _windows(candidates, staff), tz)
    suspended: dict[int, dict[int, date | None]] = {}
    if ids:
        for candidate_id, term_id, to in rows_of(
            session,
            select(
                Suspension.candidate_id, Suspension.assignment_id, Suspension.suspended_to
            ).where(Suspension.candidate_id.in_(ids)),
        ):
            suspended.setdefault(candidate_id, {})[term_id] = to
    views = []
    for c in candidates:
        done = suspended.get(c[0], {})
        helpers = tuple(
            StaffBlackout(s[0], s[1], s[2], *_urls(terms.get((c[0], s[0]), []), done))
            for s in staff.get(c[0], ())
        )
        accounts, unsuspended, unrestored = _urls(terms.get(c[0], []), done)
        views.append(BlackoutView(CandidateView(*c), accounts, unsuspended, unrestored, helpers))
    return views


def list_blackouts(db: Database) -> Sequence[BlackoutView]:
    with db.reading() as session:
        rows = rows_of(session, candidate_query().order_by(Election.election_on.desc()))
        return _blackouts(session, rows)


def candidate_facts(session: Session) -> tuple[CandidateFacts, ...]:
    """The snapshot's candidates (R18)."""
    rows = rows_of(session, candidate_query())
    return tuple(
        CandidateFacts(
            id=v.candidate.id,
            election=v.candidate.election,
            person_id=v.candidate.person_id,
            person=v.candidate.person,
            employee_id=v.candidate.employee_id,
            papers_from=v.candidate.papers_from,
            election_on=v.candidate.election_on,
            until_on=v.candidate.until_on,
            accounts=v.accounts,
            unsuspended=v.unsuspended,
            unrestored=v.unrestored,
            links_removed_on=v.candidate.links_removed_on,
            staff=tuple(
                StaffFacts(s.person_id, s.person, s.employee_id, *_staff_urls(s)) for s in v.staff
            ),
        )
        for v in _blackouts(session, rows)
    )


def _staff_urls(s: StaffBlackout) -> tuple[Urls, Urls, Urls]:
    return s.accounts, s.unsuspended, s.unrestored


def _one(session: Session, candidate_id: int) -> Any:
    row = session.execute(candidate_query().where(Candidate.id == candidate_id)).first()
    if row is None:
        raise NotFoundError("that candidate is no longer in the register")
    return row


def suspend_candidate(db: Database, candidate_id: int) -> BlackoutView:
    """Record the suspension of every term the blackout covers and no suspension does yet (the
    candidate's, and their staff's where the blackout covers them), from the blackout's first
    day (or today, when it is recorded late)."""
    with db.writing() as session:
        row = _one(session, candidate_id)
        tz = city_zone(session)
        windows = _windows([row], _covered_staff(session, [candidate_id]))
        first, _last = blackout_days(row[6], row[7], row[8])
        start = max(first, local_date(db.clock(), tz))
        done = set(
            session.execute(
                select(Suspension.assignment_id).where(Suspension.candidate_id == candidate_id)
            ).scalars()
        )
        terms = [
            t for held in _terms(session, windows, tz).values() for t in held if t[0] not in done
        ]
        if not terms:
            raise ClerkDeskError(f"{row[5]} holds no term left to suspend for {row[2]}")
        now = db.clock()
        for term_id, _url in terms:
            session.add(
                Suspension(
                    assignment_id=term_id,
                    candidate_id=candidate_id,
                    suspended_from=start,
                    reason=BLACKOUT_REASON,
                    recorded_at=now,
                    recorded_by=db.actor,
                )
            )
        keys = term_keys(session, [t for t, _u in terms], f"{row[2]}/{row[4]}")
        block = {
            keys[t]: {"added": True, "suspended_from": start, "reason": BLACKOUT_REASON}
            for t, _u in terms
        }
        urls = [u for _t, u in terms]
        _audit(session, db, row, "candidate.suspend", "Suspended", start, urls, block)
        return _blackouts(session, [row])[0]


def restore_candidate(db: Database, candidate_id: int, on: date | None = None) -> BlackoutView:
    """Record that the suspended terms resume on `on` (default: the day after the blackout);
    not before the blackout is over."""
    with db.writing() as session:
        row = _one(session, candidate_id)
        back = restore_on(row[6], row[7], row[8])
        _first, last = blackout_days(row[6], row[7], row[8])
        on = on or back
        if on < back:
            raise ClerkDeskError(
                f"{row[5]}'s blackout lasts through {last}; posting access "
                f"comes back on {back} at the earliest"
            )
        open_ = (
            session.execute(
                select(Suspension).where(
                    Suspension.candidate_id == candidate_id, Suspension.suspended_to.is_(None)
                )
            )
            .scalars()
            .all()
        )
        if not open_:
            raise ClerkDeskError(f"no suspended term of {row[5]} to restore for {row[2]}")
        urls = (
            session.execute(
                select(Account.url)
                .join(Assignment, Assignment.account_id == Account.id)
                .where(Assignment.id.in_([s.assignment_id for s in open_]))
                .order_by(Account.url)
            )
            .scalars()
            .all()
        )
        keys = term_keys(session, [s.assignment_id for s in open_], f"{row[2]}/{row[4]}")
        for suspension in open_:
            suspension.suspended_to = on
        block = {keys[s.assignment_id]: {"suspended_to": [None, on]} for s in open_}
        _audit(session, db, row, "candidate.restore", "Restored", on, list(urls), block)
        return _blackouts(session, [row])[0]


def _audit(
    session: Session,
    db: Database,
    row: Any,
    action: str,
    verb: str,
    day: date,
    urls: list[str],
    block: dict[str, Any],
) -> None:
    """The candidate's event, naming each suspension it adds or restores (`BLOCK`)."""
    record_many(
        session,
        db,
        [
            Change(
                action,
                "candidate",
                f"{row[2]}/{row[4]}",
                f"{verb} {row[5]}'s posting access from {day} ({BLACKOUT_REASON}, {row[2]}): "
                f"{len(urls)} account(s)",
                {"on": day, "accounts": urls, "reason": BLACKOUT_REASON, BLOCK: block},
            )
        ],
    )


def blackout_on(db: Database, employee_id: str, day: date) -> CandidateView | None:
    """The candidacy that keeps the person from posting on `day` (R18), or None: what a
    printout made during a blackout notes."""
    with db.reading() as session:
        return blackout_in(session, employee_id, day)


def blackout_in(session: Session, employee_id: str, day: date) -> CandidateView | None:
    rows = session.execute(candidate_query().where(Person.employee_id == employee_id.strip())).all()
    for row in rows:
        view = CandidateView(*row)
        if in_blackout(day, view.papers_from, view.election_on, view.until_on):
            return view
    return None


def is_in_blackout(db: Database, employee_id: str, day: date) -> bool:
    """Whether the person may not post on `day` because they are a candidate (R18)."""
    return blackout_on(db, employee_id, day) is not None
