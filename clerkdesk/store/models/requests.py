"""The public-records requests register's tables (R17): each request, the accounts it names and
the files released."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base
from ..types import UTCDateTime


class RecordsRequest(Base):
    """A request for public records (Wis. Stat. 19.35): when it came, what it asks, who
    answers it, and how it ended. While open, for 60 days after a denial (90 for a requester
    committed or incarcerated), and while an action under 19.37 over it lasts, it holds the
    records of the accounts it names (`core.records.hold_of`)."""

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
    # Why it was denied or partly granted (19.35(4)(b): a written denial gives its reasons).
    reasons: Mapped[str | None] = mapped_column(Text)
    acknowledged_on: Mapped[date | None] = mapped_column(Date)
    # A new target the requester was told of (the answer's first target is kept as computed).
    extended_to: Mapped[date | None] = mapped_column(Date)
    # A requester committed or incarcerated: a denial holds the records 90 days, not 60.
    requester_confined: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Written notice of an action under 19.37, and the day its order and any appeal ended: the
    # records are held between the two.
    action_notice_on: Mapped[date | None] = mapped_column(Date)
    action_ended_on: Mapped[date | None] = mapped_column(Date)


class RequestAccount(Base):
    """An account a request concerns."""

    __tablename__ = "request_account"
    request_id: Mapped[int] = mapped_column(
        ForeignKey("records_request.id", ondelete="CASCADE"), primary_key=True
    )
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), primary_key=True, index=True
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
