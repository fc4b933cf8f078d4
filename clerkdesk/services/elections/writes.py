"""Elections and their candidates (R18): the first day nomination papers may circulate and the
election day; each elected official running, and the day they stopped being a candidate."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...core.duties import blackout_days
from ...core.vocabulary import PERSON_KINDS, PersonKind
from ...store.models.elections import Candidate, Election
from ...store.models.people import Person
from ..integrity.audit import Change, diff
from ..kernel.common import clean
from ..kernel.database import Database
from ..kernel.inputs import Given, gives
from ..kernel.plans import ADDED, UNCHANGED, UPDATED, Plan, Planning, failed, write_one
from .staff import FIELD as STAFF
from .staff import staff_employee_ids, staff_ids_of, staff_writer


@dataclass(frozen=True)
class ElectionInput:
    name: str
    papers_from: date | None
    election_on: date | None
    given: Given = None


@dataclass(frozen=True)
class CandidateInput:
    election: str
    employee_id: str
    until_on: date | None = None
    given: Given = None
    # The people who act for the candidate (R18 where the profile has `blackout_staff`), and
    # the day the links on their pages were removed (`blackout_links`).
    staff_employee_ids: tuple[str, ...] = ()
    links_removed_on: date | None = None


@dataclass(frozen=True, slots=True)
class ElectionView:
    id: int
    name: str
    papers_from: date
    election_on: date
    candidates: int = 0


@dataclass(frozen=True, slots=True)
class CandidateView:
    id: int
    election_id: int
    election: str
    person_id: int
    employee_id: str
    person: str
    papers_from: date
    election_on: date
    until_on: date | None
    links_removed_on: date | None = None

    @property
    def blackout(self) -> tuple[date, date]:
        """The first and last day the candidate may not post."""
        return blackout_days(self.papers_from, self.election_on, self.until_on)


def _election_by_name(session: Session, name: str) -> Election | None:
    return session.execute(
        select(Election).where(func.lower(Election.name) == name.strip().lower())
    ).scalar_one_or_none()


def plan_election(planning: Planning, data: ElectionInput, current: Election | None) -> Plan:
    """Add an election, or change `current` (matched by name, whatever its case)."""
    name = clean(data.name) or ""
    papers_from = data.papers_from if gives(data.given, "papers_from") else None
    election_on = data.election_on if gives(data.given, "election_on") else None
    if current is not None:
        papers_from = papers_from or current.papers_from
        election_on = election_on or current.election_on
    problems: dict[str, str] = {}
    if not name:
        problems["name"] = "required"
    elif len(name) > 200:
        problems["name"] = "at most 200 characters"
    else:
        other = _election_by_name(planning.session, name)
        if other is not None and (current is None or other.id != current.id):
            problems["name"] = f"another election is already named {other.name!r}"
    if papers_from is None:
        problems["papers_from"] = "required: the first day nomination papers may circulate"
    if election_on is None:
        problems["election_on"] = "required: the election day"
    if papers_from and election_on and papers_from > election_on:
        problems["papers_from"] = (
            f"is after election day ({election_on}): nomination papers circulate before "
            "the election"
        )
    if problems:
        return failed(problems, name)
    values = {"name": name, "papers_from": papers_from, "election_on": election_on}
    if current is None:
        return Plan(
            key=name,
            insert=values,
            changes=[
                Change("election.create", "election", name, f"Added {name}{planning.via}", values)
            ],
            outcome=ADDED,
        )
    old = {k: getattr(current, k) for k in values}
    changes = diff(old, values)
    if not changes:
        return Plan(key=name, update={}, outcome=UNCHANGED, row_id=current.id)
    return Plan(
        key=name,
        row_id=current.id,
        update={"id": current.id, **values},
        changes=[
            Change("election.update", "election", name, f"Changed {name}{planning.via}", changes)
        ],
        outcome=UPDATED,
    )


def plan_candidate(planning: Planning, data: CandidateInput, current: Candidate | None) -> Plan:
    """Add a candidate, or change `current` (matched by election and employee ID). Only an
    elected official's candidacy blacks out posting (R18)."""
    session = planning.session
    election_name, employee_id = clean(data.election) or "", clean(data.employee_id) or ""
    key = f"{election_name}/{employee_id}"
    problems: dict[str, str] = {}
    election = _election_by_name(session, election_name) if election_name else None
    if election is not None:
        key = f"{election.name}/{employee_id}"  # as the register spells it, whatever was typed
    if not election_name:
        problems["election"] = "required"
    elif election is None:
        problems["election"] = f"no election named {election_name!r} in the register"
    person = None
    if not employee_id:
        problems["employee_id"] = "required"
    else:
        person_id = planning.lookups.people.get(employee_id)
        person = session.get(Person, person_id) if person_id is not None else None
        if person is None:
            problems["employee_id"] = f"no person with employee ID {employee_id!r}"
        elif person.kind != PersonKind.ELECTED:
            kind = PERSON_KINDS.get(person.kind, person.kind).lower()
            problems["employee_id"] = (
                f"{person.name} is not an elected official (recorded as: {kind}); only an "
                "elected official's candidacy blacks out posting"
            )
    until_on = data.until_on
    if not gives(data.given, "until_on"):
        until_on = current.until_on if current is not None else None
    if election is not None and until_on is not None:
        if until_on < election.papers_from:
            problems["until_on"] = (
                f"is before nomination papers may circulate ({election.papers_from})"
            )
        elif until_on > election.election_on:
            problems["until_on"] = (
                f"is after election day ({election.election_on}); leave it blank for a "
                "candidate through the election"
            )
    links_removed_on = data.links_removed_on
    if not gives(data.given, "links_removed_on"):
        links_removed_on = current.links_removed_on if current is not None else None
    if links_removed_on is not None and links_removed_on > planning.today:
        problems["links_removed_on"] = f"is after today ({planning.today}): not done yet"
    staff: list[int] | None = None
    if gives(data.given, STAFF):
        staff, wrong = staff_ids_of(
            planning, data.staff_employee_ids, person.id if person is not None else None
        )
        if wrong:
            problems[STAFF] = wrong
    if election is not None and person is not None and current is None:
        current = session.execute(
            select(Candidate).where(
                Candidate.election_id == election.id, Candidate.person_id == person.id
            )
        ).scalar_one_or_none()
    if problems:
        return failed(problems, key)
    assert election is not None and person is not None
    values = {"until_on": until_on, "links_removed_on": links_removed_on}
    named = sorted(e for i in staff or () if (e := planning.lookups.employee_id_of(i)))
    what = f"{person.name} as a candidate in {election.name}"
    if current is None:
        shown: dict[str, Any] = {
            "election": election.name,
            "employee_id": employee_id,
            "until_on": until_on,
        }
        if links_removed_on is not None:
            shown["links_removed_on"] = links_removed_on
        if named:
            shown["staff"] = named
        plan = Plan(
            key=key,
            insert={"election_id": election.id, "person_id": person.id, **values},
            changes=[
                Change("candidate.create", "candidate", key, f"Added {what}{planning.via}", shown)
            ],
            outcome=ADDED,
        )
        if named:
            plan.follow_ups.append(staff_writer(staff or ()))
        return plan
    changes = diff({k: getattr(current, k) for k in values}, values)
    if staff is not None and (before := staff_employee_ids(session, current.id)) != named:
        changes["staff"] = [before, named]
    if not changes:
        return Plan(key=key, update={}, outcome=UNCHANGED, row_id=current.id)
    plan = Plan(
        key=key,
        row_id=current.id,
        update={"id": current.id, **values},
        changes=[
            Change("candidate.update", "candidate", key, f"Changed {what}{planning.via}", changes)
        ],
        outcome=UPDATED,
    )
    if "staff" in changes:
        plan.follow_ups.append(staff_writer(staff or ()))
    return plan


def save_election(db: Database, election_id: int | None, data: ElectionInput) -> ElectionView:
    return write_one(
        db,
        Election,
        election_id,
        "that election is no longer in the register",
        lambda planning, current: plan_election(planning, data, current),
        _election_view,
    )


def save_candidate(db: Database, candidate_id: int | None, data: CandidateInput) -> CandidateView:
    return write_one(
        db,
        Candidate,
        candidate_id,
        "that candidate is no longer in the register",
        lambda planning, current: plan_candidate(planning, data, current),
        _candidate_view,
    )


def _election_view(session: Session, election_id: int) -> ElectionView:
    return next(v for v in _elections(session) if v.id == election_id)


def _elections(session: Session) -> list[ElectionView]:
    counts: dict[int, int] = {
        election_id: count
        for election_id, count in session.execute(
            select(Candidate.election_id, func.count()).group_by(Candidate.election_id)
        ).all()
    }
    rows = session.execute(
        select(Election.id, Election.name, Election.papers_from, Election.election_on).order_by(
            Election.election_on.desc(), Election.name
        )
    )
    return [
        ElectionView(id_, name, papers_from, election_on, counts.get(id_, 0))
        for id_, name, papers_from, election_on in rows
    ]


def candidate_query() -> Any:
    return (
        select(
            Candidate.id,
            Election.id,
            Election.name,
            Person.id,
            Person.employee_id,
            Person.name,
            Election.papers_from,
            Election.election_on,
            Candidate.until_on,
            Candidate.links_removed_on,
        )
        .join(Election, Election.id == Candidate.election_id)
        .join(Person, Person.id == Candidate.person_id)
    )


def _candidate_view(session: Session, candidate_id: int) -> CandidateView:
    return CandidateView(
        *session.execute(candidate_query().where(Candidate.id == candidate_id)).one()
    )


def list_elections(db: Database) -> Sequence[ElectionView]:
    with db.reading() as session:
        return _elections(session)


def list_candidates(db: Database) -> Sequence[CandidateView]:
    with db.reading() as session:
        rows = session.execute(
            candidate_query().order_by(Election.election_on.desc(), func.lower(Person.name))
        )
        return [CandidateView(*row) for row in rows]
