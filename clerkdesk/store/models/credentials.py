"""The credentials register's tables: each account's credential (never the password itself, which
the operating system's credential store keeps), its changes, and changes not yet finished."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base
from ..types import UTCDateTime


class Credential(Base):
    """What is known about an account's login (R8, R11). The password and the recovery codes
    themselves are in the operating system's credential store; here only that they are."""

    __tablename__ = "credential"
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), primary_key=True
    )
    username: Mapped[str | None] = mapped_column(String(200))
    mfa_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    mfa_method: Mapped[str | None] = mapped_column(String(100))
    password_on_file: Mapped[bool] = mapped_column(Boolean, default=False)
    recovery_codes_on_file: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PasswordChange(Base):
    """That an account's password changed, and when: the moment it changed on the platform
    and the moment it was recorded here. Never the password itself."""

    __tablename__ = "password_change"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by: Mapped[str] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(String(300))
    # Whether the new password met the city's rule (None: not known, e.g. marked by hand).
    meets_rule: Mapped[bool | None] = mapped_column(Boolean)


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
