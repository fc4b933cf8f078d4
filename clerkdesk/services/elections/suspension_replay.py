"""What `check` replays of a blackout's suspensions: when each suspended term's posting access
stopped and came back, and why, from the suspend and restore events of its candidate. A
suspension's days or reason changed by hand (a term restored early without a trace) is
reported.

A suspension is known by its term and its candidacy: `URL ROLE START ELECTION/EMPLOYEE_ID`
(`suspension_key`). The candidate's events carry a `suspensions` block, {key: {field: value or
[before, after]}}, that names each suspension they add or restore. An account's new web address,
a renamed election and a person's new employee ID move the keys made of them. Suspensions
recorded before the events named them (a candidate's suspend event with its accounts only) are
noted, and checked from their next change."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased

from ...store.models.accounts import Account
from ...store.models.audit import AuditEvent
from ...store.models.elections import Candidate, Election, Suspension
from ...store.models.people import Person
from ...store.models.terms import Assignment
from ..kernel.replayed import Follows, Replayed, State, logged, url_moved
from ..terms.events import moment_text

BLOCK = "suspensions"
FIELDS = ("suspended_from", "suspended_to", "reason")
_NONE = "(no candidacy)"


def suspension_key(url: str, role: str, starts_at: datetime | str, candidate: str) -> str:
    """A suspension's key: its term's account, role and start (UTC), and its candidacy
    ("ELECTION/EMPLOYEE_ID"). Neither a web address, a role nor a moment holds a space."""
    start = starts_at if isinstance(starts_at, str) else moment_text(starts_at)
    return f"{url} {role} {start} {candidate}"


def _parts(key: str) -> tuple[str, str]:
    """The term's part of a key and its candidacy."""
    parts = key.split(" ", 3)
    if len(parts) < 4:
        return key, ""
    return " ".join(parts[:3]), parts[3]


def term_keys(session: Session, term_ids: Iterable[int], candidate: str) -> dict[int, str]:
    """The keys of the suspensions of these terms by one candidacy, by term."""
    rows = session.execute(
        select(Assignment.id, Account.url, Assignment.role, Assignment.starts_at)
        .join(Account, Account.id == Assignment.account_id)
        .where(Assignment.id.in_(list(term_ids)))
    )
    return {
        term_id: suspension_key(url, role, start, candidate) for term_id, url, role, start in rows
    }


def _suspensions(session: Session) -> dict[str, State]:
    holder = aliased(Person)
    rows = session.execute(
        select(
            Account.url,
            Assignment.role,
            Assignment.starts_at,
            Election.name,
            holder.employee_id,
            Suspension.suspended_from,
            Suspension.suspended_to,
            Suspension.reason,
        )
        .join(Assignment, Assignment.id == Suspension.assignment_id)
        .join(Account, Account.id == Assignment.account_id)
        .outerjoin(Candidate, Candidate.id == Suspension.candidate_id)
        .outerjoin(Election, Election.id == Candidate.election_id)
        .outerjoin(holder, holder.id == Candidate.person_id)
    ).all()
    found: dict[str, State] = {}
    for url, role, start, election, employee_id, *said in rows:
        candidate = _NONE if election is None else f"{election}/{employee_id}"
        found[suspension_key(url, role, start, candidate)] = dict(zip(FIELDS, said, strict=True))
    return found


def _moved(key: str, old: str, new: str) -> str | None:
    """A key once its candidacy's election was renamed (its first part) from `old` to `new`."""
    term, candidate = _parts(key)
    election, _, employee_id = candidate.rpartition("/")
    return f"{term} {new}/{employee_id}" if election == old else None


def _moved_person(key: str, old: str, new: str) -> str | None:
    term, candidate = _parts(key)
    election, _, employee_id = candidate.rpartition("/")
    return f"{term} {election}/{new}" if employee_id == old else None


def _pair_moved(pair: tuple[str, str], entity: str, old: str, new: str) -> tuple[str, str]:
    """A (candidacy, web address) pair once a key it is made of changed."""
    candidate, url = pair
    election, _, employee_id = candidate.rpartition("/")
    if entity == "account" and url == old:
        return candidate, new
    if entity == "election" and election == old:
        return f"{new}/{employee_id}", url
    if entity == "person" and employee_id == old:
        return f"{election}/{new}", url
    return pair


_MOVES = {"account": "url", "election": "name", "person": "employee_id"}


def _recorded_before_blocks(session: Session) -> set[str]:
    """The suspensions recorded before the suspend events named each (their candidate's event
    gave only its accounts' web addresses), as their keys are now."""
    pairs: set[tuple[str, str]] = set()
    rows = session.execute(
        select(AuditEvent.entity, AuditEvent.entity_key, AuditEvent.details)
        .where(
            or_(
                and_(
                    AuditEvent.entity == "candidate",
                    AuditEvent.action == "candidate.suspend",
                    ~AuditEvent.details.like(f'%"{BLOCK}": {{%'),
                ),
                *(
                    and_(AuditEvent.entity == entity, AuditEvent.details.like(f'%"{field}": [%'))
                    for entity, field in _MOVES.items()
                ),
            )
        )
        .order_by(AuditEvent.seq)
    )
    for entity, key, details in logged(rows):
        if entity == "candidate":
            urls = details.get("accounts")
            if isinstance(urls, list):
                pairs.update((key, str(url)) for url in urls)
            continue
        moved = details.get(_MOVES.get(entity, ""))
        if isinstance(moved, list) and len(moved) == 2:
            old, new = str(moved[0]), str(moved[1])
            pairs = {_pair_moved(p, entity, old, new) for p in pairs}
    if not pairs:
        return set()
    return {
        key for key in _suspensions(session) if (_parts(key)[1], key.partition(" ")[0]) in pairs
    }


SUSPENSIONS = Replayed(
    "suspension",
    "suspension",
    "suspension",  # named only by its candidate's events' block; its key moves by Follows
    FIELDS,
    (),
    _suspensions,
    follows=(
        Follows("account", "url", url_moved),
        Follows("election", "name", _moved),
        Follows("person", "employee_id", _moved_person),
    ),
    earlier=_recorded_before_blocks,
    block=BLOCK,
    block_of=("candidate",),
)
