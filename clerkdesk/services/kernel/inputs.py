"""What forms and import rows hand to the services. Field names are the CSV column names, so
that a problem reads the same in a dialog and in an import report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...core.vocabulary import AccountStatus, PersonKind

# Which fields an input gives: None for a form (every field), or the columns an import file
# has (a column the file lacks leaves the stored value as it is).
Given = frozenset[str] | None


def gives(given: Given, name: str) -> bool:
    return given is None or name in given


@dataclass(frozen=True)
class DepartmentInput:
    name: str
    head_employee_id: str | None = None
    given: Given = None
    # Its written social media policy: filed with the office, copy to the IT Director (R1).
    policy_filed_on: date | None = None
    policy_it_copy_on: date | None = None
    # The approving authority that policy names (Madison), recorded with the filing.
    policy_approver: str | None = None


@dataclass(frozen=True)
class PersonInput:
    employee_id: str
    name: str
    title: str | None = None
    department: str | None = None
    email: str | None = None
    phone: str | None = None
    kind: str = PersonKind.EMPLOYEE
    separated_on: date | None = None
    division: str | None = None
    given: Given = None


# What an account's archive captures, and its last capture (R17, R20): fields of the account
# form and columns of the accounts file, each optional.
ARCHIVE_FIELDS = (
    "archive_comments",
    "archive_messages",
    "archive_subscribers",
    "archive_captured_on",
)


@dataclass(frozen=True)
class AccountInput:
    url: str
    platform: str
    department: str
    handle: str | None = None
    purpose: str | None = None
    city_email: str | None = None
    status: str = AccountStatus.PROPOSED
    given: Given = None
    # The IT Director's approval of the tool for records compliance (R1).
    tool_approved_by: str | None = None
    tool_approved_on: date | None = None
    # Where the account's records are archived (R20).
    archived_in: str | None = None
    # What the archive captures (None: not recorded) and the day of its last capture.
    archive_comments: bool | None = None
    archive_messages: bool | None = None
    archive_subscribers: bool | None = None
    archive_captured_on: date | None = None
    # A file's discontinued account: its day and reason, where the file gives them.
    discontinued_on: date | None = None
    discontinue_reason: str | None = None


@dataclass(frozen=True)
class ApprovalInput:
    authority: str
    approved_by: str
    approved_on: date | None
    reference: str | None = None
    can_administer: bool = False
    monitoring: str | None = None
    it_notified: bool = False
    # The Authorized User the approval designates, where the authority must (R2).
    designated_employee_id: str | None = None
    # The day the IT Director was notified (R2; None: not known).
    it_notified_on: date | None = None


@dataclass(frozen=True)
class TermApprovalsInput:
    """A term's two approvals (R1, R4): the director's, then the office's; who and when."""

    director_approved_by: str | None = None
    director_approved_on: date | None = None
    office_approved_by: str | None = None
    office_approved_on: date | None = None
