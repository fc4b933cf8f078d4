"""The reviews register's tables: access reviews (R6), their lines and notes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base
from ..types import UTCDateTime


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
