"""What services return: plain frozen values, safe to hand to any thread or widget."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ...core.profile import PolicyProfile


@dataclass(frozen=True, slots=True)
class CityView:
    name: str
    profile_key: str
    profile: PolicyProfile
    adopted_on: date | None
    email_domain: str | None

    @property
    def grandfather_deadline(self) -> date | None:
        """The last day a pre-existing account may be approved (R5), where the policy says."""
        from ...core.obligations import grandfather_deadline

        if self.adopted_on is None or not self.profile.applies("R5"):
            return None  # no grandfathering in this city's policy
        return grandfather_deadline(self.adopted_on, self.profile.grandfather_days)


@dataclass(frozen=True, slots=True)
class DepartmentView:
    id: int
    name: str
    head_employee_id: str | None
    head_name: str | None
    people: int
    accounts: int
    policy_filed_on: date | None = None
    policy_it_copy_on: date | None = None
    policy_approver: str | None = None


@dataclass(frozen=True, slots=True)
class PersonView:
    id: int
    employee_id: str
    name: str
    title: str | None
    department: str | None
    email: str | None
    phone: str | None
    kind: str
    separated_on: date | None
    division: str | None = None
    separated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ApprovalView:
    authority: str
    approved_by: str
    approved_on: date
    reference: str | None
    can_administer: bool | None
    monitoring: str | None
    it_notified: bool | None
    determinations_recorded: bool
    # The Authorized User the approval designated (R2: the Council's), as "Name (ID)".
    designated: str | None = None
    it_notified_on: date | None = None  # the day the IT Director was notified (R2)


@dataclass(frozen=True, slots=True)
class AccountView:
    id: int
    url: str
    platform: str
    handle: str | None
    department: str
    purpose: str | None
    city_email: str | None
    status: str
    approval: ApprovalView | None
    discontinued_on: date | None
    discontinued_reason: str | None
    tool_approved_by: str | None = None
    tool_approved_on: date | None = None
    archived_in: str | None = None  # where the account's records are archived (R20)
    # The Account Request Form and Strategy Plan (R1, Milwaukee): its day and its kept scan.
    request_form_on: date | None = None
    request_form_file: str | None = None
    request_form_sha256: str | None = None
    # Whether the archive captures comments, direct messages, the subscriber list (None: not
    # recorded), and the day of its last capture.
    archive_comments: bool | None = None
    archive_messages: bool | None = None
    archive_subscribers: bool | None = None
    archive_captured_on: date | None = None


@dataclass(frozen=True, slots=True)
class AuditView:
    seq: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_key: str
    summary: str
    details: str
