"""The tables that let the register prove itself: the audit chain's head, and the credential
changes begun and not yet recorded."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base
from .types import UTCDateTime


class AuditAnchor(Base):
    """The audit chain's head (a row per key), written in the transaction of every append: how many
    events there are and the last one's hash, keyed (HMAC) with a secret kept in the credential
    store where there is one. A truncated, extended or recomputed chain no longer matches it."""

    __tablename__ = "audit_anchor"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # One row per key (a workstation's, or "" where none was at hand): see
    # services/integrity/anchor.py.
    key_id: Mapped[str] = mapped_column(String(16), unique=True)
    count: Mapped[int] = mapped_column(Integer)
    head: Mapped[str] = mapped_column(String(64))
    # HMAC-SHA-256 of count and head with the audit key; None where no key was at hand.
    mac: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class PendingChange(Base):
    """A change to the credential store begun before its record in the database (the two
    cannot commit together): removed when the record commits, so one left behind is a change
    that may be in the store and is not in the register. Never a secret, nor anything of one."""

    __tablename__ = "pending_change"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_url: Mapped[str] = mapped_column(String(2048))
    what: Mapped[str] = mapped_column(String(40))  # "password", "removal", "handover"
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(100))
