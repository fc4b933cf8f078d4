"""The tables of the clerk's other duties: elections and their candidates (R18), the suspension
of a candidate's terms during a blackout, exceptions to the policy (R19) and site checks (R11,
R13-R15)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base
from .types import UTCDateTime


class Election(Base):
    __tablename__ = "election"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    # The first day nomination papers may circulate: the blackout's first day.
    papers_from: Mapped[date] = mapped_column(Date)
    election_on: Mapped[date] = mapped_column(Date)


class Candidate(Base):
    """An elected official running in an election; `until_on` is the day they stopped being a
    candidate (None: through the election day)."""

    __tablename__ = "candidate"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    election_id: Mapped[int] = mapped_column(
        ForeignKey("election.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    until_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        Index("uq_candidate_election_person", "election_id", "person_id", unique=True),
    )


class Suspension(Base):
    """A term's posting access suspended, and later restored: a recorded act on the term, not
    its end. `candidate_id` names the candidacy that called for it."""

    __tablename__ = "suspension"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("assignment.id", ondelete="CASCADE"), index=True
    )
    candidate_id: Mapped[int | None] = mapped_column(
        ForeignKey("candidate.id", ondelete="SET NULL"), index=True
    )
    suspended_from: Mapped[date] = mapped_column(Date)
    suspended_to: Mapped[date | None] = mapped_column(Date)  # the day access came back
    reason: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by: Mapped[str] = mapped_column(String(100))


class PolicyException(Base):
    """An exception to the policy, filed with and approved by the office the profile names."""

    __tablename__ = "policy_exception"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    summary: Mapped[str] = mapped_column(Text)
    office: Mapped[str] = mapped_column(String(40))
    filed_on: Mapped[date] = mapped_column(Date)
    approved_by: Mapped[str | None] = mapped_column(String(200))
    approved_on: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    # What a site check does not flag while it is in force (core.duties.FINDINGS keys).
    allows: Mapped[str | None] = mapped_column(String(500))


class ExceptionAccount(Base):
    __tablename__ = "exception_account"
    exception_id: Mapped[int] = mapped_column(
        ForeignKey("policy_exception.id", ondelete="CASCADE"), primary_key=True
    )
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class SiteCheck(Base):
    """What a person found when they looked at an account's site on a day."""

    __tablename__ = "site_check"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    checked_on: Mapped[date] = mapped_column(Date)
    checked_by_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    notices: Mapped[str] = mapped_column(String(500), default="")  # keys, space-separated
    direct_messages: Mapped[str] = mapped_column(String(10))
    mfa: Mapped[str] = mapped_column(String(12))
    last_post_on: Mapped[date | None] = mapped_column(Date)
    archived_in: Mapped[str | None] = mapped_column(String(300))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        Index("uq_site_check_account_checked_on", "account_id", "checked_on", unique=True),
    )
