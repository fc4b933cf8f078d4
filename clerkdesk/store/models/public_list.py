"""What the city has published of its accounts: each publication of the public list (its
"official accounts" page, R20), so that the list is verified and published again in time.
Machinery, like the calendar export's memory: written only in the transaction that records the
publication in the audit log."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base
from ..types import UTCDateTime


class PublicListPublication(Base):
    """One publication: when (the moment, and the city's day), how many accounts it listed,
    and the folder it was written to."""

    __tablename__ = "public_list_publication"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    published_at: Mapped[datetime] = mapped_column(UTCDateTime)
    published_on: Mapped[date] = mapped_column(Date, index=True)
    accounts: Mapped[int] = mapped_column(Integer)
    folder: Mapped[str] = mapped_column(String(1000))
