"""The calendar export's memory: each event it has published, so that the next export sends an
event whose obligation has ended again as cancelled. Machinery, like the audit log: no register
owns it, and it is written only in the transaction that records the export in the audit log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base
from ..types import UTCDateTime


class CalendarEvent(Base):
    """An event as last published: its UID, what it said, its due date or moment (as
    `obligations --json` gives `due`), the SEQUENCE it was sent with, when it was last sent in
    force, and the export that first found its obligation ended (None while it is in force)."""

    __tablename__ = "calendar_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(80), unique=True)
    summary: Mapped[str] = mapped_column(Text)
    due: Mapped[str] = mapped_column(String(40))
    sequence: Mapped[int] = mapped_column(Integer)
    published_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
