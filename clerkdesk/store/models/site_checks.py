"""The site checks register's table (R11, R13-R15, R21)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base
from ..types import UTCDateTime


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
    # What the posts since the city's accessibility date meet (R21), keys space-separated;
    # None: not recorded.
    accessible: Mapped[str | None] = mapped_column(String(100))
    # The upkeep the city's policy asks (R14, Janesville): monitored each work day, citizens
    # answered within 48 hours when practical; "yes" or "no", None: not recorded.
    monitored_daily: Mapped[str | None] = mapped_column(String(3))
    answered_48h: Mapped[str | None] = mapped_column(String(3))
    # Monitored as the approving Department Head directed (R14, Stoughton; migration 0024).
    monitored_as_directed: Mapped[str | None] = mapped_column(String(3))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        Index("uq_site_check_account_checked_on", "account_id", "checked_on", unique=True),
    )
