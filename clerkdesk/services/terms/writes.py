"""Custodians, authorized users and administrators of accounts (R3, R4), and the signatures
and scanned copies of their Authorized User Agreements (R6)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from ...core.access import access_warnings, agreement_signed_on
from ...core.errors import ClerkDeskError, NotFoundError, ValidationError
from ...core.vocabulary import ROLES
from ...store.models.accounts import Account
from ...store.models.departments import Department
from ...store.models.people import Person
from ...store.models.terms import Assignment
from ..integrity.audit import Change, record
from ..kernel.common import city_row, city_today, clean, profile_of
from ..kernel.database import Database
from ..kernel.inputs import TermApprovalsInput
from ..kernel.plans import Planning, apply
from ..kernel.scans import keep_scan, kept_scan
from ..requests.holds import refuse_if_held
from .events import SCANS, TERMS, changed, key_of_row, row_fields
from .planning import ENDED, AssignmentInput, HeldTerms, plan_assignment, plan_term_approvals


@dataclass(frozen=True, slots=True)
class AssignmentView:
    id: int
    account_id: int
    url: str
    platform: str
    handle: str | None
    department: str
    person_id: int
    employee_id: str
    person: str
    title: str | None
    role: str
    starts_at: datetime
    ends_at: datetime | None
    designated_by: str | None
    end_reason: str | None
    user_signed_on: date | None
    director_signed_on: date | None
    office_signed_on: date | None
    scan_file: str | None
    scan_sha256: str | None
    # Its two approvals where the policy has them (R1, R4): the director's, then the office's.
    director_approved_by: str | None = None
    director_approved_on: date | None = None
    office_approved_by: str | None = None
    office_approved_on: date | None = None

    @property
    def signed_on(self) -> date | None:
        """The day the last signature was added, once all three are."""
        return agreement_signed_on(
            self.user_signed_on, self.director_signed_on, self.office_signed_on
        )

    @property
    def signed(self) -> bool:
        """The agreement has all three signatures."""
        return self.signed_on is not None

    @property
    def approved(self) -> bool:
        """Both approvals of the term are recorded."""
        return self.director_approved_on is not None and self.office_approved_on is not None

    def active_at(self, moment: datetime) -> bool:
        return self.starts_at <= moment and (self.ends_at is None or self.ends_at > moment)


def assignment_query() -> Select[Any]:
    return (
        select(
            Assignment.id,
            Account.id,
            Account.url,
            Account.platform,
            Account.handle,
            Department.name,
            Person.id,
            Person.employee_id,
            Person.name,
            Person.title,
            Assignment.role,
            Assignment.starts_at,
            Assignment.ends_at,
            Assignment.designated_by,
            Assignment.end_reason,
            Assignment.user_signed_on,
            Assignment.director_signed_on,
            Assignment.office_signed_on,
            Assignment.scan_file,
            Assignment.scan_sha256,
            Assignment.director_approved_by,
            Assignment.director_approved_on,
            Assignment.office_approved_by,
            Assignment.office_approved_on,
        )
        .join(Account, Account.id == Assignment.account_id)
        .join(Department, Department.id == Account.department_id)
        .join(Person, Person.id == Assignment.person_id)
    )


def _one(session: Session, assignment_id: int) -> AssignmentView:
    return AssignmentView(
        *session.execute(assignment_query().where(Assignment.id == assignment_id)).one()
    )


def _get(session: Session, assignment_id: int) -> Assignment:
    term = session.get(Assignment, assignment_id)
    if term is None:
        raise NotFoundError("that assignment is no longer in the register")
    return term


def _describe(term: Assignment, session: Session) -> str:
    person = session.get(Person, term.person_id)
    account = session.get(Account, term.account_id)
    assert person is not None and account is not None
    return f"{person.name} as {ROLES[term.role].lower()} of {account.url}"


def designate(
    db: Database,
    account_id: int,
    employee_id: str,
    role: str,
    starts_at: datetime | None = None,
    designated_by: str | None = None,
) -> AssignmentView:
    """Give a person a role on an account from `starts_at` (default now). A new custodian ends
    the term of the one before at that moment: there is exactly one at a time (R3)."""
    if starts_at is not None and starts_at.tzinfo is None:
        raise ValueError("starts_at must be aware")
    with db.writing() as session:
        account = session.get(Account, account_id)
        if account is None:
            raise NotFoundError("that account is no longer in the register")
        planning = Planning(db, session)
        held_terms = HeldTerms(planning, [account.id])
        data = AssignmentInput(account.url, employee_id, role, starts_at, None, None, designated_by)
        plan = plan_assignment(held_terms, data)
        if "account_url" in plan.problems:
            raise ClerkDeskError(plan.problems["account_url"])
        if not plan.ok:
            raise ValidationError(plan.problems)
        apply(planning, Assignment, [plan])
        assert plan.row_id is not None
        return _one(session, plan.row_id)


def end_assignment(
    db: Database, assignment_id: int, at: datetime | None, reason: str | None
) -> AssignmentView:
    with db.writing() as session:
        term = _get(session, assignment_id)
        end = at or db.clock()
        problems: dict[str, str] = {}
        if term.ends_at is not None and term.ends_at <= db.clock():
            raise ClerkDeskError("that term has already ended")
        if end < term.starts_at:
            problems["ends_at"] = "cannot end before it started"
        if end > db.clock():
            problems["ends_at"] = "cannot be in the future"
        if not clean(reason):
            problems["end_reason"] = "say why the term ends"
        if problems:
            raise ValidationError(problems)
        before = row_fields(term)
        term.ends_at, term.end_reason, term.end_cause = end, clean(reason), ENDED
        ended = changed(before, row_fields(term))
        record(
            session,
            db,
            Change(
                "assignment.end",
                "assignment",
                str(term.id),
                f"Ended the term of {_describe(term, session)}: {reason}",
                {"ends_at": end, TERMS: {key_of_row(session, term): ended}},
            ),
        )
        return _one(session, term.id)


def record_signatures(
    db: Database,
    assignment_id: int,
    user_signed_on: date | None,
    director_signed_on: date | None,
    office_signed_on: date | None,
) -> AssignmentView:
    """Record the dates on the signed paper agreement (R6)."""
    with db.writing() as session:
        term = _get(session, assignment_id)
        today = city_today(db, profile_of(city_row(session)))
        problems = {
            name: "cannot be in the future"
            for name, day in (
                ("user_signed_on", user_signed_on),
                ("director_signed_on", director_signed_on),
                ("office_signed_on", office_signed_on),
            )
            if day and day > today
        }
        if problems:
            raise ValidationError(problems)
        before = [term.user_signed_on, term.director_signed_on, term.office_signed_on]
        after = [user_signed_on, director_signed_on, office_signed_on]
        if before != after:
            was = row_fields(term)
            term.user_signed_on, term.director_signed_on, term.office_signed_on = after
            signed = changed(was, row_fields(term))
            record(
                session,
                db,
                Change(
                    "agreement.sign",
                    "assignment",
                    str(term.id),
                    f"Recorded signatures of the agreement of {_describe(term, session)}",
                    {
                        "user": [before[0], after[0]],
                        "director": [before[1], after[1]],
                        "office": [before[2], after[2]],
                        TERMS: {key_of_row(session, term): signed},
                    },
                ),
            )
        return _one(session, term.id)


def record_term_approvals(
    db: Database, assignment_id: int, data: TermApprovalsInput
) -> AssignmentView:
    """Record who approved the term and when (R1, R4): the director first, then the office;
    planned as an assignments file's row for the term is."""
    with db.writing() as session:
        term = _get(session, assignment_id)
        planning = Planning(db, session)
        plan = plan_term_approvals(HeldTerms(planning, [term.account_id]), term.id, data)
        if not plan.ok:
            raise ValidationError(plan.problems)
        apply(planning, Assignment, [plan])
        return _one(session, term.id)


def attach_scan(db: Database, assignment_id: int, source: Path) -> AssignmentView:
    """Keep a scanned copy of the signed agreement under the home folder, with its SHA-256.

    The scan attached before is a record of the account: while a public-records request
    holds the account (R17), it is not replaced."""
    name, digest = keep_scan(db, source)
    with db.writing() as session:
        term = _get(session, assignment_id)
        if term.scan_file and term.scan_file != name:
            refuse_if_held(
                session,
                session.get_one(Account, term.account_id),
                city_today(db, profile_of(city_row(session))),
                "Replacing the signed agreement scan of a term on",
            )
        before = [term.scan_file, term.scan_sha256]
        term.scan_file, term.scan_sha256 = name, digest
        scanned = {f: [was, now] for f, was, now in zip(SCANS, before, (name, digest), strict=True)}
        record(
            session,
            db,
            Change(
                "agreement.scan",
                "assignment",
                str(term.id),
                f"Attached the signed agreement of {_describe(term, session)} "
                f"({Path(source).name})",
                {"file": name, "sha256": digest, TERMS: {key_of_row(session, term): scanned}},
            ),
        )
        return _one(session, term.id)


def scan_path(db: Database, term: AssignmentView) -> Path:
    """The kept scan of a term's agreement, after checking it is the file that was attached."""
    return kept_scan(db, term.scan_file, term.scan_sha256)


def account_assignments(db: Database, account_id: int) -> Sequence[AssignmentView]:
    """Everyone who has held a role on the account, current terms first, newest first."""
    with db.reading() as session:
        rows = session.execute(
            assignment_query().where(Account.id == account_id).order_by(Assignment.starts_at.desc())
        )
        terms = [AssignmentView(*row) for row in rows]
    now = db.clock()
    return sorted(terms, key=lambda t: not t.active_at(now))


def person_assignments(db: Database, person_id: int) -> Sequence[AssignmentView]:
    """The accounts a person holds and held, and in which role."""
    with db.reading() as session:
        rows = session.execute(
            assignment_query().where(Person.id == person_id).order_by(Assignment.starts_at.desc())
        )
        terms = [AssignmentView(*row) for row in rows]
    now = db.clock()
    return sorted(terms, key=lambda t: not t.active_at(now))


def account_warnings(db: Database, account_id: int) -> list[str]:
    now = db.clock()
    with db.reading() as session:
        profile = profile_of(city_row(session))
    roles = [t.role for t in account_assignments(db, account_id) if t.active_at(now)]
    return access_warnings(roles, profile)


def unsigned_assignments(db: Database, department: str | None = None) -> Sequence[AssignmentView]:
    """Current terms whose agreement is not yet signed, of one department or all."""
    now = db.clock()
    query = assignment_query().where(or_(Assignment.ends_at.is_(None), Assignment.ends_at > now))
    if department:
        query = query.where(Department.name == department)
    with db.reading() as session:
        terms = [
            AssignmentView(*row)
            for row in session.execute(query.order_by(Account.url, Person.name))
        ]
    return [t for t in terms if t.active_at(now) and not t.signed]


def get_assignment(db: Database, assignment_id: int) -> AssignmentView:
    with db.reading() as session:
        row = session.execute(assignment_query().where(Assignment.id == assignment_id)).first()
        if row is None:
            raise NotFoundError("that assignment is no longer in the register")
        return AssignmentView(*row)


def assignment_rows(session: Session, tz: ZoneInfo) -> list[tuple[Any, ...]]:
    """The assignments CSV (INTERFACE.md): moments as the city's dates."""
    rows = session.execute(
        assignment_query().order_by(Account.url, Person.employee_id, Assignment.starts_at)
    )
    out = []
    for row in rows:
        term = AssignmentView(*row)
        out.append(
            (
                term.url,
                term.employee_id,
                term.role,
                term.starts_at.astimezone(tz).date(),
                term.ends_at.astimezone(tz).date() if term.ends_at else None,
                term.user_signed_on,
                term.director_signed_on,
                term.office_signed_on,
                term.director_approved_by,
                term.director_approved_on,
                term.office_approved_by,
                term.office_approved_on,
            )
        )
    return out
