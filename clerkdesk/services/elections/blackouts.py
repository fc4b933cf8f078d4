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
from ...core.duties import BLACKOUT_REASON, CandidateFacts, blackout_days, in_blackout, restore_on
from ...core.errors import ClerkDeskError, NotFoundError
from ...store.models.accounts import Account
from ...store.models.elections import Candidate, Election, Suspension
from ...store.models.people import Person
from ...store.models.terms import Assignment
from ..integrity.audit import Change, record_many
from ..kernel.common import city_zone, rows_of
from ..kernel.database import Database
from .suspension_replay import BLOCK, term_keys
from .writes import CandidateView, candidate_query


@dataclass(frozen=True, slots=True)
class BlackoutView:
    """A candidate with the accounts their blackout covers and how far it has been done."""

    candidate: CandidateView
    accounts: tuple[str, ...]
    unsuspended: tuple[str, ...]
    unrestored: tuple[str, ...]

    @property
    def state(self) -> str:
        if not self.accounts:
            return "holds no account"
        if self.unsuspended:
            return "to suspend"
        if self.unrestored:
            return "suspended"
        return "restored"


def _terms(
    session: Session, candidates: Sequence[Any], tz: ZoneInfo
) -> dict[int, list[tuple[int, str]]]:
    """Each candidate's terms that overlap their blackout, as (assignment id, account URL)."""
    people = {c[3] for c in candidates}
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
    found: dict[int, list[tuple[int, str]]] = {}
    for c in candidates:
        first, _last = blackout_days(c[6], c[7], c[8])
        begins = datetime.combine(first, time(0), tzinfo=tz)
        ends = datetime.combine(restore_on(c[6], c[7], c[8]), time(0), tzinfo=tz)
        found[c[0]] = [
            (term_id, url)
            for _person, term_id, starts_at, ends_at, url in held.get(c[3], ())
            if starts_at < ends and (ends_at is None or ends_at > begins)
        ]
    return found


def _blackouts(session: Session, candidates: Sequence[Any]) -> list[BlackoutView]:
    tz = city_zone(session)
    terms = _terms(session, candidates, tz)
    ids = [c[0] for c in candidates]
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
        held = terms.get(c[0], [])
        views.append(
            BlackoutView(
                CandidateView(*c),
                tuple(dict.fromkeys(url for _t, url in held)),
                tuple(dict.fromkeys(url for t, url in held if t not in done)),
                tuple(dict.fromkeys(url for t, url in held if t in done and done[t] is None)),
            )
        )
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
        )
        for v in _blackouts(session, rows)
    )


def _one(session: Session, candidate_id: int) -> Any:
    row = session.execute(candidate_query().where(Candidate.id == candidate_id)).first()
    if row is None:
        raise NotFoundError("that candidate is no longer in the register")
    return row


def suspend_candidate(db: Database, candidate_id: int) -> BlackoutView:
    """Record the suspension of every term the blackout covers and no suspension does yet,
    from the blackout's first day (or today, when it is recorded late)."""
    with db.writing() as session:
        row = _one(session, candidate_id)
        tz = city_zone(session)
        first, _last = blackout_days(row[6], row[7], row[8])
        start = max(first, local_date(db.clock(), tz))
        done = set(
            session.execute(
                select(Suspension.assignment_id).where(Suspension.candidate_id == candidate_id)
            ).scalars()
        )
        terms = [t for t in _terms(session, [row], tz)[candidate_id] if t[0] not in done]
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
