"""The accounts register's tables: each official account and its approvals (R1, R2)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base
from ..types import UTCDateTime


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
    # The Account Request Form and Strategy Plan completed before approval (R1, Milwaukee): its
    # day and its scan, kept under scans/ by its SHA-256 (migration 0017).
    request_form_on: Mapped[date | None] = mapped_column(Date)
    request_form_file: Mapped[str | None] = mapped_column(String(300))
    request_form_sha256: Mapped[str | None] = mapped_column(String(64))
    # What the archive captures (None: not recorded) and its last capture (R17, R20).
    archive_comments: Mapped[bool | None] = mapped_column(Boolean)
    archive_messages: Mapped[bool | None] = mapped_column(Boolean)
    archive_subscribers: Mapped[bool | None] = mapped_column(Boolean)
    archive_captured_on: Mapped[date | None] = mapped_column(Date)
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
    # The day the IT Director was notified (R2, a Department Head's third finding; 0017).
    it_notified_on: Mapped[date | None] = mapped_column(Date)
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


class ToolDetermination(Base):
    """The IT Director's determination, per tool (platform) and on a Department Head's
    request, whether it lets the City meet the public records law (R1, Madison; migration
    0023): one row per platform, city-wide. `permits` None: requested, not yet determined."""

    __tablename__ = "tool_determination"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(20), unique=True)
    requested_by_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL")
    )
    requested_on: Mapped[date | None] = mapped_column(Date)
    determined_by: Mapped[str | None] = mapped_column(String(200))
    determined_on: Mapped[date | None] = mapped_column(Date)
    permits: Mapped[bool | None] = mapped_column(Boolean)
