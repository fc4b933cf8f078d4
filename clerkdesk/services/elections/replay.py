"""What `check` replays of the elections register: each election's days and each candidate's
last day as a candidate, the staff who act for them and the day the links on their pages were
removed, from the events that add and change them. An election day or a
candidacy's end changed by hand (a blackout shortened without a trace) is reported.

A candidate is known by its election's name and the person's employee ID ("Spring 2026/E1"):
a renamed election, or a person's new employee ID, moves the keys made of it. The suspensions
a blackout records are replayed from its candidate's suspend and restore events
(suspension_replay)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...store.models.elections import Candidate, Election
from ...store.models.people import Person
from ..kernel.replayed import Follows, Replayed, State
from .staff import staff_of
from .suspension_replay import SUSPENSIONS


def _elections(session: Session) -> dict[str, State]:
    rows = session.execute(select(Election.name, Election.papers_from, Election.election_on))
    return {name: {"papers_from": papers, "election_on": day} for name, papers, day in rows}


def _candidates(session: Session) -> dict[str, State]:
    rows = session.execute(
        select(
            Candidate.id,
            Election.name,
            Person.employee_id,
            Candidate.until_on,
            Candidate.links_removed_on,
        )
        .join(Election, Election.id == Candidate.election_id)
        .join(Person, Person.id == Candidate.person_id)
    )
    staff = staff_of(session)
    return {
        f"{election}/{employee}": {
            "until_on": until,
            "links_removed_on": links,
            "staff": sorted(e for _id, e, _name in staff.get(id_, ())),
        }
        for id_, election, employee, until, links in rows
    }


def _moved_election(key: str, old: str, new: str) -> str | None:
    election, _, employee_id = key.rpartition("/")
    return f"{new}/{employee_id}" if election == old else None


def _moved_person(key: str, old: str, new: str) -> str | None:
    election, _, employee_id = key.rpartition("/")
    return f"{election}/{new}" if employee_id == old else None


REPLAYED = (
    Replayed(
        "election",
        "election",
        "name",
        ("papers_from", "election_on"),
        ("election.create",),
        _elections,
    ),
    Replayed(
        "candidate",
        "candidate",
        "candidate",  # the events never change a candidate's key: its election and person do
        ("until_on", "links_removed_on", "staff"),
        ("candidate.create",),
        _candidates,
        lists=("staff",),
        follows=(
            Follows("election", "name", _moved_election),
            Follows("person", "employee_id", _moved_person, fields=("staff",)),
        ),
    ),
    SUSPENSIONS,
)
