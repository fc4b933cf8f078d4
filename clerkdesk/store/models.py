"""The tables. Times are UTC moments; dates a policy counts in days are plain dates."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import NAMING as NAMING
from .base import Base as Base
from .types import UTCDateTime


class City(Base):
    """The one row that says whose register this is and under which policy."""

    __tablename__ = "city"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    profile_key: Mapped[str] = mapped_column(String(40))
    profile_json: Mapped[str] = mapped_column(Text)
    agreement_text: Mapped[str | None] = mapped_column(Text)
    # Names this database's entries in the credential store.
    vault_id: Mapped[str | None] = mapped_column(String(32))
    adopted_on: Mapped[date | None] = mapped_column(Date)
    email_domain: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Department(Base):
    __tablename__ = "department"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    head_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", use_alter=True, ondelete="SET NULL")
    )
    # The department's written social media policy: filed with the coordinating office, and
    # the day its copy went to the IT Director (R1, Madison).
    policy_filed_on: Mapped[date | None] = mapped_column(Date)
    policy_it_copy_on: Mapped[date | None] = mapped_column(Date)


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="RESTRICT"), index=True
    )
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(20), default="employee")
    division: Mapped[str | None] = mapped_column(String(200))
    separated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Account(Base):
    __tablename__ = "account"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(500), unique=True)
    platform: Mapped[str] = mapped_column(String(20))
    handle: Mapped[str | None] = mapped_column(String(200))
    department_id: Mapped[int] = mapped_column(
        ForeignKey("department.id", ondelete="RESTRICT"), index=True
    )
    purpose: Mapped[str | None] = mapped_column(Text)
    city_email: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), index=True)
    discontinued_on: Mapped[date | None] = mapped_column(Date)
    discontinued_reason: Mapped[str | None] = mapped_column(Text)
    # The IT Director's approval of the account's tool for records compliance (R1, Madison).
    tool_approved_by: Mapped[str | None] = mapped_column(String(200))
    tool_approved_on: Mapped[date | None] = mapped_column(Date)
    # Where the account's records are archived (R20), e.g. the city's archiving service.
    archived_in: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Approval(Base):
    """An authority's approval of an account (R1) with the R2 determinations. The latest row
    of an account is its current approval; earlier ones are kept as history."""

    __tablename__ = "approval"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    authority: Mapped[str] = mapped_column(String(40))
    approved_by: Mapped[str] = mapped_column(String(200))
    approved_on: Mapped[date] = mapped_column(Date)
    reference: Mapped[str | None] = mapped_column(String(300))
    can_administer: Mapped[bool | None] = mapped_column(Boolean)
    monitoring: Mapped[str | None] = mapped_column(String(200))
    it_notified: Mapped[bool | None] = mapped_column(Boolean)
    determinations_recorded: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The Authorized User the approval designates, where the authority must (R2: the Council).
    designated_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT")
    )


class LatestApproval(Base):
    """Each approved account's latest approval day, kept by the database itself: triggers on
    `approval` (migration 0011) work it out again at every insert, delete and change of an
    approval's account or day, whoever writes. The obligations read it instead of grouping
    every approval the city has kept."""

    __tablename__ = "latest_approval"
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    approved_on: Mapped[date] = mapped_column(Date)


class Assignment(Base):
    """A person's term on an account as custodian, authorized user or administrator (R3, R4),
    with the Authorized User Agreement that goes with it (R6)."""

    __tablename__ = "assignment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    designated_by: Mapped[str | None] = mapped_column(String(200))
    end_reason: Mapped[str | None] = mapped_column(String(300))
    # Why it ended, as the rules read it: separation, review, succession or ended.
    end_cause: Mapped[str | None] = mapped_column(String(20))
    user_signed_on: Mapped[date | None] = mapped_column(Date)
    director_signed_on: Mapped[date | None] = mapped_column(Date)
    office_signed_on: Mapped[date | None] = mapped_column(Date)
    # The two approvals of the term where the policy has them (R1, R4: Janesville's director,
    # then its City Manager's Office): who and when.
    director_approved_by: Mapped[str | None] = mapped_column(String(200))
    director_approved_on: Mapped[date | None] = mapped_column(Date)
    office_approved_by: Mapped[str | None] = mapped_column(String(200))
    office_approved_on: Mapped[date | None] = mapped_column(Date)
    scan_file: Mapped[str | None] = mapped_column(String(300))
    scan_sha256: Mapped[str | None] = mapped_column(String(64))


class Credential(Base):
    """What is known about an account's login (R8, R11). The password and the recovery codes
    themselves are in the operating system's credential store; here only that they are."""

    __tablename__ = "credential"
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), primary_key=True
    )
    username: Mapped[str | None] = mapped_column(String(200))
    mfa_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    mfa_method: Mapped[str | None] = mapped_column(String(100))
    password_on_file: Mapped[bool] = mapped_column(Boolean, default=False)
    recovery_codes_on_file: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PasswordChange(Base):
    """That an account's password changed, and when: the moment it changed on the platform
    and the moment it was recorded here. Never the password itself."""

    __tablename__ = "password_change"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by: Mapped[str] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(String(300))
    # Whether the new password met the city's rule (None: not known, e.g. marked by hand).
    meets_rule: Mapped[bool | None] = mapped_column(Boolean)


class Review(Base):
    """A department head's review of who still has access to the department's accounts (R7).
    Open while it is on paper; completed once the signed outcome is recorded, then only
    annotated."""

    __tablename__ = "review"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    department_id: Mapped[int] = mapped_column(
        ForeignKey("department.id", ondelete="RESTRICT"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    completed_on: Mapped[date | None] = mapped_column(Date)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    recorded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    recorded_by: Mapped[str | None] = mapped_column(String(100))
    scan_file: Mapped[str | None] = mapped_column(String(300))
    scan_sha256: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (Index("uq_review_department_number", "department_id", "number", unique=True),)


class ReviewLine(Base):
    """One person's role on one account, as the worksheet lists it, and the decision on it."""

    __tablename__ = "review_line"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), index=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignment.id", ondelete="CASCADE"))
    decision: Mapped[str | None] = mapped_column(String(10))
    notes: Mapped[str | None] = mapped_column(Text)
    # When a removal ended the term (and, if the profile says so, started the rotation clock).
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    rotate: Mapped[bool] = mapped_column(Boolean, default=False)


class ReviewNote(Base):
    """A note added to a completed review, which is otherwise never changed."""

    __tablename__ = "review_note"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    by: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text)


class AuditEvent(Base):
    """Append-only. `seq` runs 1, 2, 3… and each `hash` covers the event and the previous
    hash, so `check` notices an event changed or removed."""

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_key: Mapped[str] = mapped_column(String(500))
    summary: Mapped[str] = mapped_column(Text)
    details: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_event_entity_key", "entity", "entity_key"),)


from . import duties_models as duties_models  # noqa: E402  (elections, exceptions, site checks)
from . import integrity_models as integrity_models  # noqa: E402
from . import records_models as records_models  # noqa: E402  (its tables, on the same Base)
