"""That an account's password changed (R9, R10): the moment it changed on the platform and the
moment it was recorded. The password itself never comes here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from ...core.errors import NotFoundError, ValidationError
from ...core.profile import PolicyProfile
from ...store.models.accounts import Account
from ...store.models.credentials import PasswordChange
from ..integrity.audit import Change, record
from ..kernel.common import city_row, clean, profile_of
from ..kernel.database import Database
from .password_replay import password_changes_block


@dataclass(frozen=True, slots=True)
class PasswordChangeView:
    """A password change on the platform, and when it was recorded here (R9: `late` when that
    was more than the profile's hours after it)."""

    id: int
    account_id: int
    changed_at: datetime
    recorded_at: datetime
    recorded_by: str
    note: str | None
    meets_rule: bool | None
    late: bool


def record_password_change(
    db: Database, account_id: int, changed_at: datetime, note: str | None = None
) -> PasswordChangeView:
    """Record that the password changed at `changed_at` (an aware moment, not in the future)."""
    if changed_at.tzinfo is None:
        raise ValueError("changed_at must be aware")
    with db.writing() as session:
        account = session.get(Account, account_id)
        if account is None:
            raise NotFoundError("that account is no longer in the register")
        now = db.clock()
        if changed_at > now:
            raise ValidationError({"changed_at": "cannot be in the future"})
        change = PasswordChange(
            account_id=account.id,
            changed_at=changed_at,
            recorded_at=now,
            recorded_by=db.actor,
            note=clean(note),
        )
        session.add(change)
        session.flush()
        record(
            session,
            db,
            Change(
                "password.changed",
                "account",
                account.url,
                f"Recorded a password change of {account.url} at "
                f"{changed_at.isoformat(timespec='minutes')}",
                {
                    "changed_at": changed_at,
                    "note": change.note,
                    **password_changes_block(account.url, change),
                },
            ),
        )
        return password_change_view(change, profile_of(city_row(session)))


def password_change_view(change: PasswordChange, profile: PolicyProfile) -> PasswordChangeView:
    limit = timedelta(hours=profile.credential_record_hours)
    return PasswordChangeView(
        change.id,
        change.account_id,
        change.changed_at,
        change.recorded_at,
        change.recorded_by,
        change.note,
        change.meets_rule,
        change.recorded_at - change.changed_at > limit,
    )


def password_changes(db: Database, account_id: int) -> Sequence[PasswordChangeView]:
    """An account's password changes, newest first."""
    with db.reading() as session:
        profile = profile_of(city_row(session))
        rows = session.execute(
            select(PasswordChange)
            .where(PasswordChange.account_id == account_id)
            .order_by(PasswordChange.changed_at.desc())
        ).scalars()
        return [password_change_view(change, profile) for change in rows]
