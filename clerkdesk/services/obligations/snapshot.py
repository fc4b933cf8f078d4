"""The obligations engine's snapshot: the plain facts its rules read, gathered from the database
in the caller's session. Moments come back aware in UTC: every moment column, and the max() of
one, is read through `store.types.UTCDateTime`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from functools import cache, partial
from typing import Any, NamedTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ...core import obligations as engine
from ...core.obligations.model import DepartmentPolicyFacts, ToolDeterminationFacts
from ...core.obligations.site_check import site_checks_read
from ...core.profile import PolicyProfile
from ...core.vocabulary import AccountStatus, PersonKind
from ...store.models.accounts import Account, LatestApproval, ToolDetermination
from ...store.models.credentials import Credential, PasswordChange
from ...store.models.departments import Department
from ...store.models.people import Person
from ...store.models.reviews import Review, ReviewLine
from ...store.models.terms import Assignment
from ..kernel.common import city_row, profile_of, rows_of
from ..kernel.registers import Register, registers
from ..terms.planning import SEPARATION
from .approval_facts import findings_missing, policy_approvers, proposed_in_use
from .duties_facts import duty_facts
from .parts import PartReader, Parts

# The accounts whose obligations count: every one not discontinued.
_IN_USE = Account.status != AccountStatus.DISCONTINUED


class Gathered(NamedTuple):
    """The snapshot as read, before the moment is applied: everything but the access reviews,
    which are worked out from `review_rows` at each moment (`at_moment`). What it reads by the
    day (the records' holds and retention) is of `day`, in the city's zone. `kept`: what the
    engine keeps of its computations on these facts (`engine.compute`'s `kept`). `parts`: the
    facts by part, each with the tables it read; `seq`: the audit log's last event then."""

    snap: engine.Snapshot
    review_rows: ReviewRows
    day: date
    kept: dict[Any, Any]
    parts: Parts
    seq: int | None


def snapshot(session: Session, now: datetime) -> engine.Snapshot:
    """Everything the rules look at, for the whole city."""
    return at_moment(gathered(session, now), now)


def at_moment(read: Gathered, now: datetime) -> engine.Snapshot:
    """The snapshot at `now`, of facts read on its day."""
    return replace(read.snap, reviews=reviews_at(read.review_rows, now))


def gathered(
    session: Session,
    now: datetime,
    kept: Parts | None = None,
    seq: int | None = None,
    made: dict[Any, Any] | None = None,
) -> Gathered:
    """Everything the rules look at, for the whole city, as read at `now`; the parts in
    `kept` (still true: `parts.still_true`) as they are, with `seq` the log's last event;
    `made`, what the engine kept of its computations on facts read before (`Gathered.kept`)."""
    city = city_row(session)
    profile = profile_of(city)
    part = PartReader(session, kept)
    accounts, terms, changes, on_file, history = (
        part(name, partial(_made_of, make, session, statement))
        for (name, make), statement in zip(_STATEMENTS, _statements(), strict=True)
    )
    snap = engine.Snapshot(
        profile=profile,
        adopted_on=city.adopted_on,
        accounts=accounts,
        assignments=terms,
        credentials_on_file=on_file,
        password_changes=history,
        removals=part("removals", lambda: _removals(session)),
        heads_left=part("heads_left", lambda: _heads_left(session)),
        password_changed=changes,
        department_policies=part("policies", lambda: _policies(session)),
        tool_determinations=part("tools", lambda: _tool_determinations(session, profile)),
        proposed_in_use=part("proposed", lambda: proposed_in_use(session, profile)),
        findings_missing=part("findings", lambda: findings_missing(session, profile)),
        approvers=part("approvers", lambda: policy_approvers(session, profile)),
        facts={
            register.noun: part(f"facts:{register.noun}", partial(read, session, profile, now))
            for register, read in register_facts_modules()
        },
        retention_directive_on=city.retention_directive_on,
    )
    # The site checks where a rule reads them; the accounts never checked only where the
    # periodic check is asked for (R15): elsewhere only a check's findings count.
    sites, unchecked = site_checks_read(profile), profile.applies("R15")
    duties = part(
        "duties",
        lambda: duty_facts(session, snap.accounts, sites, unchecked),
        after=("accounts",),
    )
    reviews = part("reviews", lambda: review_rows(session, profile))
    day = profile.day_at(now)
    made = {} if made is None else made
    return Gathered(replace(snap, duties=duties), reviews, day, made, part.parts, seq)


def register_facts_modules() -> list[tuple[Register, Callable[..., Any]]]:
    """Each register that gathers its own facts, with its `facts(session, profile, as_of)`."""
    return [
        (register, module.facts)
        for register in registers()
        if (module := register.facts_module()) is not None
    ]


def _made_of(make: Callable[[Any], Any], session: Session, statement: Select[Any]) -> Any:
    return make(rows_of(session, statement))


# The parts `_statements` read, in their order: each its name, and what it makes of its rows
# (the snapshot's own objects, kept as they are).
_STATEMENTS: tuple[tuple[str, Callable[[Any], Any]], ...] = (
    ("accounts", lambda rows: tuple(map(engine.AccountFacts._make, rows))),
    ("terms", lambda rows: tuple(_term(row) for row in rows)),
    ("password_changed", lambda rows: {row[0]: row[1] for row in rows}),
    ("on_file", lambda rows: frozenset(row[0] for row in rows)),
    ("history", lambda rows: tuple(map(engine.PasswordChangeFacts._make, rows))),
)


@cache
def _statements() -> tuple[Select[Any], ...]:
    """The snapshot's main statements, made once: SQLAlchemy then knows each again by its
    cache key without working it out afresh (accounts, terms, password changes, credentials on
    file, password change history)."""
    # Each account's latest approval, as the database keeps it (`LatestApproval`).
    accounts = (
        select(
            Account.id,
            Account.url,
            Department.name,
            Account.status,
            LatestApproval.approved_on,
            Account.city_email,
            Account.tool_approved_on,
            Account.request_form_on,
            Account.archived_in,
            Account.platform,
        )
        .join(Department, Department.id == Account.department_id)
        .outerjoin(LatestApproval, LatestApproval.account_id == Account.id)
        .where(Account.status.in_((AccountStatus.PRE_EXISTING, AccountStatus.APPROVED)))
    )
    terms = (
        select(
            Assignment.id,
            Account.id,
            Account.url,
            Department.name,
            Person.id,
            Person.name,
            Assignment.role,
            Assignment.starts_at,
            Assignment.ends_at,
            Assignment.user_signed_on.is_not(None)
            & Assignment.director_signed_on.is_not(None)
            & Assignment.office_signed_on.is_not(None),
            Person.employee_id,
            Assignment.director_approved_on,
            Assignment.office_approved_on,
            Assignment.user_signed_on.is_not(None),
            Assignment.director_signed_on.is_not(None),
            Assignment.office_signed_on.is_not(None),
            Person.kind == PersonKind.ELECTED,
        )
        .join(Account, Account.id == Assignment.account_id)
        .join(Department, Department.id == Account.department_id)
        .join(Person, Person.id == Assignment.person_id)
        .where(_IN_USE)
    )
    changes = select(PasswordChange.account_id, func.max(PasswordChange.changed_at)).group_by(
        PasswordChange.account_id
    )
    on_file = select(Credential.account_id).where(Credential.password_on_file.is_(True))
    history = (
        select(
            PasswordChange.account_id,
            Account.url,
            Department.name,
            PasswordChange.changed_at,
            PasswordChange.recorded_at,
        )
        .join(Account, Account.id == PasswordChange.account_id)
        .join(Department, Department.id == Account.department_id)
        .where(_IN_USE)
    )
    return accounts, terms, changes, on_file, history


def review_facts(
    session: Session, profile: PolicyProfile, now: datetime, department_id: int | None = None
) -> tuple[engine.DepartmentReviewFacts, ...]:
    """Each department whose accounts someone can use at `now` (or only `department_id`), the
    day its first assignment ever started and the day of its last completed review (R7)."""
    return reviews_at(review_rows(session, profile, department_id), now)


class DepartmentTerms(NamedTuple):
    """A department's terms on its accounts in use, as the access review reads them."""

    name: str
    first_day: date  # the day its first assignment ever started, in the city's zone
    spans: tuple[tuple[datetime, datetime | None], ...]  # each term's start and end
    last_review_on: date | None


ReviewRows = dict[int, DepartmentTerms]


def review_rows(
    session: Session, profile: PolicyProfile, department_id: int | None = None
) -> ReviewRows:
    """Each department with a term on an account in use (or only `department_id`), by id: what
    `reviews_at` reads at any moment."""
    tz = profile.zone
    query = (
        select(Department.id, Department.name, Assignment.starts_at, Assignment.ends_at)
        .join(Account, Account.department_id == Department.id)
        .join(Assignment, Assignment.account_id == Account.id)
        .where(_IN_USE)
    )
    completed = (
        select(Review.department_id, func.max(Review.completed_on))
        .where(Review.completed_on.is_not(None))
        .group_by(Review.department_id)
    )
    if profile.elected_excluded:  # the policy does not apply to elected officials (Madison)
        query = query.join(Person, Person.id == Assignment.person_id).where(
            Person.kind != PersonKind.ELECTED
        )
    if department_id is not None:
        query = query.where(Department.id == department_id)
        completed = completed.where(Review.department_id == department_id)
    first: dict[int, tuple[str, date]] = {}
    spans: dict[int, list[tuple[datetime, datetime | None]]] = {}
    for dep_id, name, starts_at, ends_at in rows_of(session, query):
        spans.setdefault(dep_id, []).append((starts_at, ends_at))
        day = starts_at.astimezone(tz).date()
        if dep_id not in first or day < first[dep_id][1]:
            first[dep_id] = (name, day)
    last = {row[0]: row[1] for row in rows_of(session, completed)}
    return {
        d: DepartmentTerms(first[d][0], first[d][1], tuple(spans[d]), last.get(d))
        for d in sorted(first)
    }


def reviews_at(rows: ReviewRows, now: datetime) -> tuple[engine.DepartmentReviewFacts, ...]:
    """Of `rows`, each department whose accounts someone can use at `now` (a term started and
    not ended), as the access review rule reads it."""
    return tuple(
        engine.DepartmentReviewFacts(d.name, d.first_day, d.last_review_on)
        for d in rows.values()
        if any(start <= now and (end is None or end > now) for start, end in d.spans)
    )


def _removals(session: Session) -> tuple[engine.RemovalFacts, ...]:
    """Terms whose end owes a password change: ended by a separation, or removed in a review
    whose profile had removals rotate passwords."""
    columns = (Account.id, Account.url, Department.name, Person.id, Person.name, Person.employee_id)
    base = (
        select(*columns, Assignment.ends_at)
        .join(Account, Account.id == Assignment.account_id)
        .join(Department, Department.id == Account.department_id)
        .join(Person, Person.id == Assignment.person_id)
        .where(_IN_USE)
    )
    left = rows_of(
        session, base.where(Assignment.end_cause == SEPARATION, Assignment.ends_at.is_not(None))
    )
    reviewed = rows_of(
        session,
        select(*columns, ReviewLine.removed_at)
        .select_from(ReviewLine)
        .join(Assignment, Assignment.id == ReviewLine.assignment_id)
        .join(Account, Account.id == Assignment.account_id)
        .join(Department, Department.id == Account.department_id)
        .join(Person, Person.id == Assignment.person_id)
        .where(ReviewLine.rotate.is_(True), ReviewLine.removed_at.is_not(None))
        .where(_IN_USE),
    )
    return tuple(_removal(row, "left") for row in left) + tuple(
        _removal(row, "review") for row in reviewed
    )


def _removal(row: Any, reason: str) -> engine.RemovalFacts:
    account_id, url, department, person_id, person, employee_id, at = row
    return engine.RemovalFacts(
        account_id, url, department, person_id, person, at, reason, employee_id
    )


def _term(row: Any) -> engine.AssignmentFacts:
    return engine.AssignmentFacts(
        id=row[0],
        account_id=row[1],
        url=row[2],
        department=row[3],
        person_id=row[4],
        person=row[5],
        role=row[6],
        starts_at=row[7],
        ends_at=row[8],
        signed=bool(row[9]),
        employee_id=row[10],
        director_approved_on=row[11],
        office_approved_on=row[12],
        signed_by=(bool(row[13]), bool(row[14]), bool(row[15])),
        elected=bool(row[16]),
    )


def _heads_left(session: Session) -> tuple[engine.DepartmentHeadFacts, ...]:
    """Departments whose recorded head has left the city."""
    rows = rows_of(
        session,
        select(Department.name, Person.name, Person.separated_at)
        .join(Person, Person.id == Department.head_person_id)
        .where(Person.separated_at.is_not(None))
        .order_by(Department.name),
    )
    return tuple(engine.DepartmentHeadFacts(*row) for row in rows)


def _policies(session: Session) -> tuple[DepartmentPolicyFacts, ...]:
    """Departments whose written social media policy is on file (R1)."""
    rows = rows_of(
        session,
        select(Department.name, Department.policy_filed_on, Department.policy_it_copy_on).where(
            Department.policy_filed_on.is_not(None)
        ),
    )
    return tuple(DepartmentPolicyFacts(*row) for row in rows)


def _tool_determinations(
    session: Session, profile: PolicyProfile
) -> tuple[ToolDeterminationFacts, ...]:
    """The IT Director's determinations per platform (R1), where the profile asks for them."""
    if not profile.tool_approval:
        return ()
    t = ToolDetermination
    rows = rows_of(session, select(t.platform, t.requested_on, t.determined_on, t.permits))
    return tuple(ToolDeterminationFacts(*row) for row in rows)
