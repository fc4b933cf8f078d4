"""The staff who act for a candidate (R18, Milwaukee: "city staff acting on behalf of a
candidate"): named by employee ID on the candidate's form or in the candidates file, kept in a
table of their own, written after the candidate, and named in the candidate's audit events."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from ...store.models.elections import CandidateStaff
from ...store.models.people import Person
from ..kernel.common import rows_of
from ..kernel.plans import FollowUp, Planning

FIELD = "staff_employee_ids"  # the form's field and the file's column


def staff_ids_of(
    planning: Planning, employee_ids: Sequence[str], candidate_person_id: int | None
) -> tuple[list[int], str | None]:
    """The people named, as ids, and what is wrong with them (None: nothing): a person not in
    the register, or the candidate themselves."""
    ids: list[int] = []
    for employee_id in dict.fromkeys(e.strip() for e in employee_ids if e.strip()):
        person_id = planning.lookups.people.get(employee_id)
        if person_id is None:
            return ids, f"no person with employee ID {employee_id!r}"
        if person_id == candidate_person_id:
            return ids, f"{employee_id} is the candidate: staff act for someone else"
        ids.append(person_id)
    return ids, None


def staff_writer(person_ids: Iterable[int]) -> FollowUp:
    """Writes the candidacy's staff once it has its id: exactly these."""
    ids = sorted(set(person_ids))

    def write(session: Session, candidate_id: int) -> None:
        session.execute(delete(CandidateStaff).where(CandidateStaff.candidate_id == candidate_id))
        if ids:
            rows = [{"candidate_id": candidate_id, "person_id": i} for i in ids]
            session.execute(insert(CandidateStaff), rows)

    return write


def staff_employee_ids(session: Session, candidate_id: int) -> list[str]:
    """The employee IDs of the candidacy's staff, sorted (as its events name them)."""
    return sorted(
        session.execute(
            select(Person.employee_id)
            .join(CandidateStaff, CandidateStaff.person_id == Person.id)
            .where(CandidateStaff.candidate_id == candidate_id)
        ).scalars()
    )


def staff_of(session: Session, candidate_ids: Iterable[int] | None = None) -> dict[int, list[Any]]:
    """Each candidacy's staff as (person id, employee ID, name), in the order of their names;
    every candidacy's when `candidate_ids` is None."""
    query = (
        select(CandidateStaff.candidate_id, Person.id, Person.employee_id, Person.name)
        .join(Person, Person.id == CandidateStaff.person_id)
        .order_by(Person.name, Person.employee_id)
    )
    if candidate_ids is not None:
        query = query.where(CandidateStaff.candidate_id.in_(list(candidate_ids)))
    found: dict[int, list[Any]] = {}
    for candidate_id, person_id, employee_id, name in rows_of(session, query):
        found.setdefault(candidate_id, []).append((person_id, employee_id, name))
    return found
