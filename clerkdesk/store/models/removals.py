"""The removals register's tables: content removed and kept (R10), counts by poster, and
decisions on repeat violators."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base
from ..types import UTCDateTime


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
