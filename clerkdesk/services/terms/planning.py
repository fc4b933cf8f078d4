"""Who holds which role on which account, and the plan of a new or changed assignment (R3, R4)
against the terms already held: a person holds a role on an account in terms that never
overlap, an account has one custodian at a time (a new one ends the term of the one serving at
that moment), and no term stays open past its holder's separation. A term's agreement
signatures (R6) and, where the policy has them, its two approvals (R1, R4: the director's,
then the office's) are planned here too. The window's Designate and Approvals and an
assignments file all plan here."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from ...core.access import agreement_signed_on
from ...core.errors import ClerkDeskError
from ...core.vocabulary import ROLES, AccountStatus, Role
from ...store.models.accounts import Account
from ...store.models.people import Person
from ...store.models.terms import Assignment
from ..integrity.audit import Change
from ..kernel.common import clean
from ..kernel.field_checks import check_term_approvals
from ..kernel.inputs import TermApprovalsInput
from ..kernel.lookups import no_account
from ..kernel.plans import ADDED, UNCHANGED, UPDATED, Plan, Planning, failed
from .events import APPROVALS, SIGNATURES, TERMS, added, changed
from .succession import HeldTerm, end_problem, span

# Why a term ended, as the rules read it (the end reason beside it is for people).
SEPARATION, REVIEW, SUCCESSION, ENDED = "separation", "review", "succession", "ended"


@dataclass(frozen=True)
class AssignmentInput:
    """A person in a role on an account from a moment (None: now), until a moment (None:
    open). `signed` and `approvals` are the signature dates and approvals given, by column (a
    column not given is kept as it is); with `match`, the input is a file's row and names an
    existing term to change, if there is one: the one that starts the same day, or, without a
    start, the one still open. `signed_as_one` marks a file written before the director's and
    the office's signatures had columns of their own: its one date, the user's signature,
    changes nothing where it says what such a file said of the term (the day the last of the
    three was signed, or blank while one is missing)."""

    account_url: str
    employee_id: str
    role: str
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    signed: Mapping[str, date | None] | None = None
    designated_by: str | None = None
    match: bool = False
    approvals: Mapping[str, Any] | None = None
    signed_as_one: bool = False
    ends_given: bool = True  # False: a file without ends_on leaves a term's end as it is


class HeldTerms:
    """The terms of the accounts being planned, as they stand with the plans made so far."""

    def __init__(self, planning: Planning, account_ids: list[int] | None = None) -> None:
        self.planning = planning
        session = planning.session
        query = select(Account)
        if account_ids is not None:
            query = query.where(Account.id.in_(account_ids))
        self.accounts = {a.url: a for a in session.execute(query).scalars()}
        ids = [a.id for a in self.accounts.values()]
        terms = (
            select(Assignment, Person.employee_id)
            .join(Person, Person.id == Assignment.person_id)
            .order_by(Assignment.starts_at)
        )
        if account_ids is not None:
            terms = terms.where(Assignment.account_id.in_(ids))
        self.terms: dict[int, list[HeldTerm]] = {}
        for t, employee_id in session.execute(terms).tuples():
            signed = (t.user_signed_on, t.director_signed_on, t.office_signed_on)
            approvals = {name: getattr(t, name) for name in APPROVALS}
            self.terms.setdefault(t.account_id, []).append(
                HeldTerm(
                    t.id,
                    t.account_id,
                    t.person_id,
                    t.role,
                    t.starts_at,
                    t.ends_at,
                    signed,
                    approvals=approvals,
                    employee_id=employee_id,
                    ended=(t.end_reason, t.end_cause),
                )
            )
        self._people: dict[str, Person] | None = None
        self._few = account_ids is not None  # a form: look people up one by one

    def person(self, employee_id: str) -> Person | None:
        session = self.planning.session
        if self._few:
            return session.execute(
                select(Person).where(Person.employee_id == employee_id)
            ).scalar_one_or_none()
        if self._people is None:
            self._people = {p.employee_id: p for p in session.execute(select(Person)).scalars()}
        return self._people.get(employee_id)

    def name(self, person_id: int) -> str:
        person = self.planning.session.get(Person, person_id)
        return person.name if person is not None else "someone"


def plan_assignment(held_terms: HeldTerms, data: AssignmentInput) -> Plan:
    planning = held_terms.planning
    tz, now, via = planning.tz, planning.now, planning.via
    problems: dict[str, str] = {}
    account = None
    try:
        url = planning.lookups.account_at(data.account_url)[1]
        account = held_terms.accounts.get(url)
        if account is None:  # not among the accounts being planned
            problems["account_url"] = no_account(url)
    except ClerkDeskError as exc:
        url, problems["account_url"] = "", exc.message
    person = held_terms.person((data.employee_id or "").strip())
    if not (data.employee_id or "").strip():
        problems["employee_id"] = "required: choose the person"
    elif person is None:
        problems["employee_id"] = f"no person with employee ID {data.employee_id!r}"
    role = (data.role or "").lower()
    if role not in ROLES:
        problems["role"] = f"must be one of: {', '.join(ROLES)}"
    start = data.starts_at or now
    end = data.ends_at
    if start > now:
        problems["starts_at"] = "cannot be in the future"
    # (A file's row without a start names the open term: its end is checked against that.)
    if end is not None and end < start and not (data.match and data.starts_at is None):
        problems["ends_at"] = "is before starts_on"
    for name, day in (data.signed or {}).items():
        if day and day > planning.today:
            problems[name] = "cannot be in the future"
    if person is not None and person.separated_at is not None:
        left = person.separated_at
        if start >= left:
            problems.setdefault(
                "employee_id" if not data.match else "starts_at",
                f"{person.name} left the city on {left.astimezone(tz).date()}",
            )
    if account is not None and account.status == AccountStatus.DISCONTINUED and end is None:
        problems.setdefault(
            "account_url", f"{account.url} is discontinued; nobody can be given access"
        )
    if problems:
        return failed(problems, url)
    assert account is not None and person is not None
    if person.separated_at is not None and (end is None or end > person.separated_at):
        end = person.separated_at
    held = held_terms.terms.setdefault(account.id, [])
    same = [t for t in held if (t.person_id, t.role) == (person.id, role)]
    if data.match:
        if data.starts_at is not None:
            day = start.astimezone(tz).date()
            match = next((t for t in same if t.starts_at.astimezone(tz).date() == day), None)
        else:
            match = next((t for t in same if t.ends_at is None or t.ends_at > now), None)
        if match is not None:
            return _change(held_terms, match, account.url, person.name, role, end, data)
    if end is not None and end < start:
        return failed({"ends_at": "is before starts_on"}, url)
    clash = next((t for t in same if t.overlaps(start, end)), None)
    if clash is not None:
        if data.match:
            message = (
                f"overlaps {person.name}'s term as {role} from {span(clash, planning)}; "
                "give that term an ends_on first"
            )
        else:
            message = f"{person.name} already holds this role"
        return failed({"starts_at" if data.match else "employee_id": message}, url)
    approvals = _approvals({name: None for name in APPROVALS}, data)
    if found := check_term_approvals(
        TermApprovalsInput(**approvals), planning.today, planning.profile
    ):
        return failed(found, url)
    plan = Plan(key=url, outcome=ADDED)
    if role == Role.CUSTODIAN and (
        problem := _succeed(held_terms, plan, held, account.url, person, start, end, data.match)
    ):
        return failed({"starts_at": problem}, url)
    given = dict(data.signed or {})
    signed = (given.get(SIGNATURES[0]), given.get(SIGNATURES[1]), given.get(SIGNATURES[2]))
    row = {
        "account_id": account.id,
        "person_id": person.id,
        "role": role,
        "starts_at": start,
        "ends_at": end,
        "end_reason": "separated" if end is not None and end == person.separated_at else None,
        "end_cause": SEPARATION if end is not None and end == person.separated_at else None,
        "designated_by": "import" if data.match else clean(data.designated_by),
        "user_signed_on": signed[0],
        "director_signed_on": signed[1],
        "office_signed_on": signed[2],
        **approvals,
    }
    plan.insert = row
    term = HeldTerm(None, account.id, person.id, role, start, end, signed, row, approvals)
    term.employee_id, term.ended = person.employee_id, (row["end_reason"], row["end_cause"])
    held.append(term)
    details: dict[str, Any] = {"employee_id": person.employee_id, "role": role}
    details.update((k, v) for k, v in (given | approvals).items() if v is not None)
    if data.match:
        details["starts_on"] = start.astimezone(tz).date().isoformat()
    else:
        details.update(starts_at=start, designated_by=row["designated_by"])
    details[TERMS] = {term.key(account.url): added(row)}
    said = f"Designated {person.name} as {ROLES[role].lower()} of {account.url}{via}"
    if row["end_reason"] == "separated" and end is not None:
        said += f"; the term ended when {person.name} left the city on {end.astimezone(tz).date()}"
    plan.changes.append(
        Change(
            "assignment.create",
            "account",
            account.url,
            said,
            details,
        )
    )
    return plan


def _succeed(
    held_terms: HeldTerms,
    plan: Plan,
    held: list[HeldTerm],
    url: str,
    person: Person,
    start: datetime,
    end: datetime | None,
    strict: bool,
) -> str | None:
    """End the term of the custodian serving at `start` (on a form, one who started that very
    moment keeps a term that was never in force); what is wrong, if a term cannot end there."""
    others = [
        t
        for t in held
        if t.role == Role.CUSTODIAN and t.person_id != person.id and t.overlaps(start, end)
    ]
    for t in others:
        # A file states its terms as they were: it may end an open term where its successor
        # starts, but never cut short an end it gives, nor start two custodians at once.
        stated = strict and (t.starts_at == start or t.ends_at is not None)
        if (
            stated
            or t.starts_at > start
            or (t.ends_at is not None and end is not None and t.ends_at > end)
        ):
            return (
                f"{held_terms.name(t.person_id)} is custodian from {span(t, held_terms.planning)}; "
                "a successor cannot start before that ends (an account has one custodian at a "
                "time)"
            )
    reason = f"succeeded by {person.name}"
    for t in others:
        before = t.fields()
        t.ends_at, t.ended = start, (reason, SUCCESSION)
        columns = {"ends_at": start, "end_reason": reason, "end_cause": SUCCESSION}
        if t.row is not None:
            t.row.update(columns)  # planned in this same transaction
        else:
            assert t.id is not None
            plan.also.append({"id": t.id, **columns})
        plan.changes.append(
            Change(
                "assignment.end",
                "account",
                url,
                f"Ended the term of {held_terms.name(t.person_id)} as custodian: {reason}"
                f"{held_terms.planning.via}",
                {"ends_at": start, TERMS: {t.key(url): changed(before, columns)}},
            )
        )
    return None


def plan_term_approvals(
    held_terms: HeldTerms, assignment_id: int, data: TermApprovalsInput
) -> Plan:
    """The window's write of a term's two approvals: planned as a file's row for that term."""
    term = next(t for held in held_terms.terms.values() for t in held if t.id == assignment_id)
    url = next(a.url for a in held_terms.accounts.values() if a.id == term.account_id)
    given = AssignmentInput(url, "", term.role, approvals=vars(data))
    return _change(
        held_terms, term, url, held_terms.name(term.person_id), term.role, term.ends_at, given
    )


def _change(
    held_terms: HeldTerms,
    term: HeldTerm,
    url: str,
    name: str,
    role: str,
    end: datetime | None,
    data: AssignmentInput,
) -> Plan:
    """A term already held, as a file's row or the window gives it: its end, signatures and
    approvals."""
    planning = held_terms.planning
    tz = planning.tz
    plan = Plan(key=url, outcome=UNCHANGED, row_id=term.id)
    before = term.fields()
    said: dict[str, Any] = {}
    columns: dict[str, Any] = {}
    old_end = term.ends_at.astimezone(tz).date() if term.ends_at else None
    new_end = end.astimezone(tz).date() if end else None
    if data.ends_given and old_end != new_end:
        held = held_terms.terms.get(term.account_id, [])
        if end is not None and end < term.starts_at:
            return failed({"ends_at": "is before starts_on"}, url)
        if problem := end_problem(held, term, end, planning, held_terms.name):
            return failed({"ends_at": problem}, url)
        said["ends_on"] = [old_end, new_end]
        columns.update(
            ends_at=end,
            end_reason="ended (import)" if end else None,
            end_cause=ENDED if end else None,
        )
        term.ends_at, term.ended = end, (columns["end_reason"], columns["end_cause"])
    approvals = _approvals(term.approvals, data)
    if found := check_term_approvals(
        TermApprovalsInput(**approvals), planning.today, planning.profile
    ):
        return failed(found, url)
    signed = dict(zip(SIGNATURES, term.signed, strict=True))
    if not (data.signed_as_one and _as_before(term.signed, (data.signed or {}).get(SIGNATURES[0]))):
        signed |= dict(data.signed or {})
    for column, value in (signed | approvals).items():
        was = term.approvals[column] if column in APPROVALS else _signed_of(term, column)
        if value != was:
            said[column] = [was, value]
            columns[column] = value
    if said:
        term.signed = (signed[SIGNATURES[0]], signed[SIGNATURES[1]], signed[SIGNATURES[2]])
        term.approvals = approvals
        if term.row is not None:
            term.row.update(columns)  # a term an earlier line of the same file adds
        else:
            plan.update = {"id": term.id, **columns}
        plan.outcome = UPDATED
        plan.changes.append(
            Change(
                "assignment.update",
                "account",
                url,
                f"Changed the term of {name} as {role}{planning.via}",
                {**said, TERMS: {term.key(url): changed(before, columns)}},
            )
        )
    return plan


def _approvals(held: dict[str, Any], data: AssignmentInput) -> dict[str, Any]:
    """The term's approvals as the input leaves them: those it gives over those it has."""
    given = {
        name: clean(value) if name.endswith("_by") else value
        for name, value in (data.approvals or {}).items()
    }
    return held | given


def _signed_of(term: HeldTerm, column: str) -> date | None:
    return term.signed[SIGNATURES.index(column)]


def _as_before(signed: tuple[date | None, ...], day: date | None) -> bool:
    """Whether a file's one signature column says of the term what it said before the
    director's and the office's dates had columns: the day all three were signed, or blank."""
    return day == agreement_signed_on(*signed)
