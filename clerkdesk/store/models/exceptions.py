"""The exceptions register's tables: exceptions to the policy (R19) and the accounts they cover."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base


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
