"""The tables of public-records requests (R17) and removed content (R16)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base
from .types import UTCDateTime


class RecordsRequest(Base):
    """A request for public records (Wis. Stat. 19.35): when it came, what it asks, who
    answers it, and how it ended. While open, and for 60 days after a denial, it holds the
    records of the accounts it names."""

    __tablename__ = "records_request"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    received_on: Mapped[date] = mapped_column(Date)
    requester: Mapped[str | None] = mapped_column(String(200))  # blank: anonymous
    summary: Mapped[str] = mapped_column(Text)
    custodian_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT")
    )
    status: Mapped[str] = mapped_column(String(20), index=True)
    closed_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)


class RequestAccount(Base):
    """An account a request concerns."""

    __tablename__ = "request_account"
    request_id: Mapped[int] = mapped_column(
        ForeignKey("records_request.id", ondelete="CASCADE"), primary_key=True
    )
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Removal(Base):
    """Content removed from an account, kept as the policy asks (R16): when, whose, what, why
    (a category of the policy), what was done, and by whom."""

    __tablename__ = "removal"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    removed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    poster: Mapped[str] = mapped_column(String(200))
    content: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(20))
    # Why the content was deleted rather than hidden (the policies prefer hiding).
    action_reason: Mapped[str | None] = mapped_column(Text)
    staff_person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    evidence: Mapped[str | None] = mapped_column(String(300))  # a screenshot's file name
    # The screenshot kept under scans/ by its SHA-256, when it was attached (not only named).
    evidence_sha256: Mapped[str | None] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        Index("uq_removal_account_id_removed_at", "account_id", "removed_at", unique=True),
        Index("ix_removal_account_id_poster", "account_id", "poster"),
    )


class PosterRemovals(Base):
    """How many removals of each poster's content one account has, kept by the database
    itself: triggers on `removal` (migration 0011) count every insert, delete and change of
    account or poster, whoever writes. The repeat violators of R16 are read from it instead of
    by grouping every removal the city has kept."""

    __tablename__ = "poster_removals"
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), primary_key=True
    )
    poster: Mapped[str] = mapped_column(String(200), primary_key=True)
    removals: Mapped[int] = mapped_column(Integer, index=True)


class RepeatDecision(Base):
    """The clerk's decision on a repeat violator (R16): a poster whose content was removed
    twice from one account is blocked, or not, and why."""

    __tablename__ = "repeat_decision"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    poster: Mapped[str] = mapped_column(String(200))
    block: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(Text)
    decided_on: Mapped[date] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(100))

    __table_args__ = (
        Index("uq_repeat_decision_account_id_poster", "account_id", "poster", unique=True),
    )


class RequestFile(Base):
    """A letter of a request (the request itself, the answer) or the records released, kept
    under scans/ by its SHA-256 so that a changed or missing file is noticed."""

    __tablename__ = "request_file"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("records_request.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    original_name: Mapped[str] = mapped_column(String(300))
    scan_file: Mapped[str] = mapped_column(String(300))
    scan_sha256: Mapped[str] = mapped_column(String(64))
    kept_at: Mapped[datetime] = mapped_column(UTCDateTime)
