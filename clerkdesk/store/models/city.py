"""The city: the one row that says whose register this is and under which policy."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base
from ..types import UTCDateTime


class City(Base):
    """The one row that says whose register this is and under which policy."""

    __tablename__ = "city"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    profile_key: Mapped[str] = mapped_column(String(40))
    profile_json: Mapped[str] = mapped_column(Text)
    agreement_text: Mapped[str | None] = mapped_column(Text)
    # The city's own texts of a records request's letters, as JSON {kind: text}; a kind not in
    # it prints ClerkDesk's.
    letter_texts: Mapped[str | None] = mapped_column(Text)
    # Names this database's entries in the credential store.
    vault_id: Mapped[str | None] = mapped_column(String(32))
    adopted_on: Mapped[date | None] = mapped_column(Date)
    email_domain: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The office's public notice (Wis. Stat. 19.34): when the office is open to the public, and
    # where and how to ask for records (NULL: not yet entered).
    office_hours: Mapped[str | None] = mapped_column(Text)
    records_contact: Mapped[str | None] = mapped_column(Text)
    # The day of the latest retention directive to departments (R17, Wausau's CCITC Director).
    retention_directive_on: Mapped[date | None] = mapped_column(Date)
