"""The retention register's tables (Wis. Stat. 19.21): the city's retention series, the accounts
each covers, and the dispositions of their records (the Historical Society's notice and the
destruction)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base


class RetentionSeries(Base):
    """A series of the city's retention schedule, as the city entered it: code, title, the
    period its records are kept (years), and the schedule it comes from."""

    __tablename__ = "retention_series"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    years: Mapped[int] = mapped_column(Integer)
    schedule: Mapped[str] = mapped_column(String(300))
    # The kinds of record ClerkDesk keeps that it covers (core.retention.RECORD_KINDS keys),
    # space-separated; each kind in one series at most.
    covers: Mapped[str | None] = mapped_column(String(100))


class RetentionAccount(Base):
    """The series an account's records are kept under (one per account)."""

    __tablename__ = "retention_account"
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), primary_key=True
    )
    series_id: Mapped[int] = mapped_column(
        ForeignKey("retention_series.id", ondelete="CASCADE"), index=True
    )


class Disposition(Base):
    """A disposition of a series' records: those whose retention ended by `through`, the day
    notice went to the Wisconsin Historical Society (or it waived notice), and the destruction
    recorded (the certificate of destruction)."""

    __tablename__ = "disposition"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    series_id: Mapped[int] = mapped_column(
        ForeignKey("retention_series.id", ondelete="RESTRICT"), index=True
    )
    through: Mapped[date] = mapped_column(Date)
    notice_on: Mapped[date | None] = mapped_column(Date)
    waived_on: Mapped[date | None] = mapped_column(Date)
    destroyed_on: Mapped[date | None] = mapped_column(Date)
    destroyed_by: Mapped[str | None] = mapped_column(String(200))
    method: Mapped[str | None] = mapped_column(String(200))
