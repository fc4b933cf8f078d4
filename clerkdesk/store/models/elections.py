"""The elections register's tables: elections and their candidates (R18), the staff who act for a
candidate, and the suspension of a candidate's terms during a blackout."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base
from ..types import UTCDateTime


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
    # The day the links on the official's pages were removed for the blackout (Milwaukee).
    links_removed_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        Index("uq_candidate_election_person", "election_id", "person_id", unique=True),
    )


class CandidateStaff(Base):
    """A person who acts for the candidate: where the policy says so (Milwaukee), their
    posting access is suspended with the candidate's (R18)."""

    __tablename__ = "candidate_staff"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)

    __table_args__ = (
        Index("uq_candidate_staff_candidate_person", "candidate_id", "person_id", unique=True),
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
