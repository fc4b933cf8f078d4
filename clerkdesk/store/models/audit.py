"""The machinery's tables: the append-only audit log and its anchor."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base
from ..types import UTCDateTime


class AuditEvent(Base):
    """Append-only. `seq` runs 1, 2, 3… and each `hash` covers the event and the previous
    hash, so `check` notices an event changed or removed."""

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_key: Mapped[str] = mapped_column(String(500))
    summary: Mapped[str] = mapped_column(Text)
    details: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_event_entity_key", "entity", "entity_key"),)


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
