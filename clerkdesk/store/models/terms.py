"""The terms register's table: who held which role on which account, and when."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base
from ..types import UTCDateTime


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
