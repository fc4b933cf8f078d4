"""The plain data the obligations engine reads, and what it returns."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, tzinfo
from functools import cached_property
from typing import Any, NamedTuple

from ..deadlines import applies_from
from ..duties import DutyFacts
from ..profile import PolicyProfile
from ..records import Hold, hold_of
from ..vocabulary import AccountStatus

OVERDUE = "overdue"
DUE_SOON = "due-soon"
UPCOMING = "upcoming"
# The states, most pressing first, with the words people read.
STATES: dict[str, str] = {OVERDUE: "Overdue", DUE_SOON: "Due soon", UPCOMING: "Upcoming"}


class AccountFacts(NamedTuple):
    id: int
    url: str
    department: str
    status: str
    approved_on: date | None
    city_email: str | None = None
    # The IT Director's approval of the account's tool (R1, where the profile asks for it).
    tool_approved_on: date | None = None
    # The day its Account Request Form and Strategy Plan was completed (R1, Milwaukee).
    request_form_on: date | None = None
    # Where its records are archived off the platform (R20); None: kept only on the platform.
    archived_in: str | None = None
    # Its tool (R1, Madison: the IT Director determines per platform).
    platform: str = ""


class UseFacts(NamedTuple):
    """A proposed account and the first day each sign of its use is known (R1): a term on it
    starts, its credential is on file (the day it was last recorded: on file by then at the
    latest), a check of the site saw a post. None: no such sign."""

    account: AccountFacts
    term_on: date | None = None
    credential_on: date | None = None
    posted_on: date | None = None

    @property
    def in_use_on(self) -> date | None:
        """The first day the account is known to be in use; None while nothing shows it."""
        days = [d for d in (self.term_on, self.credential_on, self.posted_on) if d is not None]
        return min(days) if days else None


class FindingsFacts(NamedTuple):
    """An approved account whose latest approval has not had what R2 asks of its authority
    recorded (an imported approval: "determinations not recorded")."""

    account_id: int
    url: str
    department: str
    authority: str
    approved_on: date


class ApproverFacts(NamedTuple):
    """An approved account's latest approval where approvals follow the department's filed
    policy (R1, Madison): who approved it, and the approver that policy names."""

    account_id: int
    url: str
    department: str
    approved_by: str
    approved_on: date
    named: str


class AssignmentFacts(NamedTuple):
    """A person's term on an account; `signed` when the agreement has all its signatures."""

    id: int
    account_id: int
    url: str
    department: str
    person_id: int
    person: str
    role: str
    starts_at: datetime
    ends_at: datetime | None
    signed: bool
    employee_id: str = ""
    # The term's two approvals (R1, R4, where the profile asks for them).
    director_approved_on: date | None = None
    office_approved_on: date | None = None
    # Who has signed the agreement: the user, the director, the office (None: not known, read
    # as nobody).
    signed_by: tuple[bool, bool, bool] | None = None
    # Whether the person is an elected official (a policy may not apply to them: Madison's).
    elected: bool = False

    def active_at(self, moment: datetime) -> bool:
        return self.starts_at <= moment and (self.ends_at is None or self.ends_at > moment)


class PasswordChangeFacts(NamedTuple):
    account_id: int
    url: str
    department: str
    changed_at: datetime
    recorded_at: datetime


class DepartmentReviewFacts(NamedTuple):
    """A department whose accounts someone can use, and when its access was last reviewed."""

    department: str
    first_assignment_on: date
    last_review_on: date | None


class RemovalFacts(NamedTuple):
    """Access that ended so that the account's password must change (R10): a term ended by
    the person's separation (`reason` "left"), or removed in an access review when the profile
    has such removals rotate passwords ("review"). Taken from the ended terms themselves, so
    that reinstating a person later does not erase what was owed."""

    account_id: int
    url: str
    department: str
    person_id: int
    person: str
    at: datetime
    reason: str = "left"
    employee_id: str = ""


class DepartmentHeadFacts(NamedTuple):
    """A department whose head has left the city: it needs a new head, who signs its
    agreements and reviews its access."""

    department: str
    head: str
    left_at: datetime


class DepartmentPolicyFacts(NamedTuple):
    """A department's written social media policy: the day it was filed with the office, and
    the day its copy went to the IT Director (None: not yet)."""

    department: str
    filed_on: date
    it_copy_on: date | None


class ToolDeterminationFacts(NamedTuple):
    """The IT Director's determination on a tool (platform), asked for by a Department Head
    (R1, Madison): `permits` True when the tool lets the City meet the public records law,
    False when not, None while not yet determined."""

    platform: str
    requested_on: date | None
    determined_on: date | None
    permits: bool | None


class RequestFacts(NamedTuple):
    """A public-records request (R17) and the accounts it names: (id, URL, department)."""

    number: str
    received_on: date
    status: str
    closed_on: date | None
    accounts: tuple[tuple[int, str, str], ...] = ()
    reasons: str | None = None
    extended_to: date | None = None
    confined: bool = False
    action_notice_on: date | None = None
    action_ended_on: date | None = None

    def hold_on(self, day: date) -> Hold | None:
        """Whether it holds its accounts' records on `day` (`core.records.hold_of`)."""
        return hold_of(
            self.number,
            self.status,
            self.received_on,
            self.closed_on,
            day,
            confined=self.confined,
            action_notice_on=self.action_notice_on,
            action_ended_on=self.action_ended_on,
        )


class RepeatFacts(NamedTuple):
    """A poster whose content was removed from one account twice or more (R16): the moment
    of the second removal, and whether the clerk has recorded a decision."""

    account_id: int
    url: str
    department: str
    poster: str
    second_at: datetime
    decided: bool


@dataclass(frozen=True)
class Snapshot:
    """Everything the rules look at, as plain values; built by the services from the database.
    Moments are aware."""

    profile: PolicyProfile
    adopted_on: date | None
    accounts: tuple[AccountFacts, ...] = ()
    assignments: tuple[AssignmentFacts, ...] = ()
    # The latest moment each account's password changed on the platform, by account id.
    password_changed: dict[int, datetime] = field(default_factory=dict)
    # Accounts whose password is in the credential store (R8).
    credentials_on_file: frozenset[int] = frozenset()
    password_changes: tuple[PasswordChangeFacts, ...] = ()
    reviews: tuple[DepartmentReviewFacts, ...] = ()
    removals: tuple[RemovalFacts, ...] = ()
    heads_left: tuple[DepartmentHeadFacts, ...] = ()
    # Departments whose written social media policy is on file (R1, where the profile asks).
    department_policies: tuple[DepartmentPolicyFacts, ...] = ()
    # The IT Director's determinations, per platform (R1, where the profile asks).
    tool_determinations: tuple[ToolDeterminationFacts, ...] = ()
    # Proposed accounts with a sign of use (R1), and approvals without their findings (R2).
    proposed_in_use: tuple[UseFacts, ...] = ()
    findings_missing: tuple[FindingsFacts, ...] = ()
    # The latest approvals where the department's filed policy names the approver (R1, Madison).
    approvers: tuple[ApproverFacts, ...] = ()
    # Candidates, exceptions and site checks (R18, R19, R11, R13-R15).
    duties: DutyFacts = field(default_factory=DutyFacts)
    # The facts of the registers that gather their own, by the register's noun: what the
    # `facts(session, profile, as_of)` of the module its declaration names (`declare(facts=)`)
    # returns, read by its rules through `facts_of` ("requests": its RequestFacts, "removals":
    # its RepeatFacts). A new register's facts need no field here.
    facts: Mapping[str, Any] = field(default_factory=dict)
    # The day of the latest retention directive to departments (R17, Wausau), if recorded.
    retention_directive_on: date | None = None

    def facts_of(self, noun: str) -> Any:
        """The facts register `noun` gathered for its rules; none (an empty tuple) when it
        gathered nothing, as in a snapshot made for one rule."""
        return self.facts.get(noun, ())

    @cached_property
    def approved_accounts(self) -> tuple[tuple[date, AccountFacts], ...]:
        """The accounts approved, each with the day the duties of an approved account (a
        custodian, the password on file, a city address) are owed from: its latest approval,
        or the policy's adoption when that is later. Worked out once for the rules that each
        go through them."""
        adopted = self.adopted_on
        return tuple(
            (applies_from(a.approved_on, adopted), a)
            for a in self.accounts
            if a.status == AccountStatus.APPROVED and a.approved_on
        )


class Due(NamedTuple):
    """What a rule says is owed; the engine adds its kind, rule and state. A rule that makes
    one for each of a city's thousands of accounts makes it with `new_tuple` and all nine
    fields in order, which skips the keyword handling of `Due(...)`. `record` is the key of
    the record it is about in its register (a request's or an exception's number, a repeat
    violator's poster), so that Today opens it without reading the item's words."""

    due: date | datetime
    text: str
    account: str | None = None
    department: str | None = None
    person: str | None = None
    account_id: int | None = None
    person_id: int | None = None
    employee_id: str | None = None
    record: str | None = None


# new_tuple(Due, (all nine fields in order)): a tuple of the class, made in one step. It does
# not count the fields: each rule's tests read every field of what it makes.
new_tuple = tuple.__new__


# A moment in UTC as `2026-11-21T22:30:00Z`, the one form jq's `fromdateiso8601` reads.
UTC_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def due_moment(due: date | datetime, zone: tzinfo) -> datetime:
    """The moment an item is due, in UTC: a moment as it is; a date at the end of that day in
    the city's zone (`zone`), since a date is due through the whole of it. The engine sorts
    items by this moment too."""
    if isinstance(due, datetime):
        return due.astimezone(UTC)
    return datetime.combine(due, time.max, tzinfo=zone).astimezone(UTC)


class Obligation(NamedTuple):
    """One thing owed, as Today, the command line and the calendar show it. A tuple (a city
    has thousands, made afresh whenever something changes), so never changed once made."""

    kind: str
    rule: str
    state: str
    basis: str
    # Then the fields of the rule's `Due`, in its order: the engine makes an obligation by
    # joining its four to the rule's tuple.
    due: date | datetime
    text: str
    account: str | None = None
    department: str | None = None
    person: str | None = None
    account_id: int | None = None
    person_id: int | None = None
    employee_id: str | None = None
    record: str | None = None  # the record's key in the register its kind opens

    @property
    def due_text(self) -> str:
        """A date as `YYYY-MM-DD`; a moment as `YYYY-MM-DDTHH:MM` with its offset."""
        if isinstance(self.due, datetime):
            return self.due.isoformat(timespec="minutes")
        return self.due.isoformat()

    def to_json(self, zone: tzinfo) -> dict[str, Any]:
        """The item of `clerkdesk obligations --json` (INTERFACE.md); `zone` is the city's,
        where a date ends."""
        return {
            "kind": self.kind,
            "rule": self.rule,
            "basis": str(self.basis),
            "state": self.state,
            "due": self.due_text,
            "due_utc": due_moment(self.due, zone).strftime(UTC_FORMAT),
            "account": self.account,
            "person": self.person,
            "employee_id": self.employee_id,
            "department": self.department,
            "text": self.text,
        }
