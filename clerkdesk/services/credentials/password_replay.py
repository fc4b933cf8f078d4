"""What `check` replays of the password changes (the R9 and R10 clocks read them): when each
change was recorded and by whom, its note, and whether the password met the city's rule, from
the events that record them. A change added in the table without an event (a rotation made to
look done), or one whose recording was moved earlier (a late one made to look on time), is
reported.

A change is known by its account's web address and the moment, in UTC, the password changed
(`change_key`), and follows the account's address when it changes. Each event that records one
carries a `password_changes` block ({key: {field: value, "added": true}}). Changes recorded
before the events named them so are noted (found by those events' own `changed_at`), and
checked from their next change."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ...store.models.accounts import Account
from ...store.models.audit import AuditEvent
from ...store.models.credentials import PasswordChange
from ..kernel.replayed import Follows, Replayed, State, logged, url_moved

BLOCK = "password_changes"
FIELDS = ("recorded_at", "recorded_by", "note", "meets_rule")
# The events that record a change: the Credentials dialog's (a new password stored) and a
# change recorded without storing the password.
_RECORDS = ("credential.password", "password.changed")


def change_key(url: str, changed_at: datetime) -> str:
    """A change's key in the audit log: its account's web address and the moment in UTC."""
    return f"{url} {changed_at.astimezone(UTC)}"


def password_changes_block(url: str, change: PasswordChange) -> dict[str, Any]:
    """The block of the event that records `change` of the account at `url`."""
    said = {
        "added": True,
        "recorded_at": change.recorded_at.astimezone(UTC),
        "recorded_by": change.recorded_by,
        "note": change.note,
        "meets_rule": change.meets_rule,
    }
    return {BLOCK: {change_key(url, change.changed_at): said}}


def _changes(session: Session) -> dict[str, State]:
    rows = session.execute(
        select(
            Account.url,
            PasswordChange.changed_at,
            PasswordChange.recorded_at,
            PasswordChange.recorded_by,
            PasswordChange.note,
            PasswordChange.meets_rule,
        ).join(Account, Account.id == PasswordChange.account_id)
    )
    return {
        change_key(url, changed): dict(zip(FIELDS, (recorded.astimezone(UTC), *said), strict=True))
        for url, changed, recorded, *said in rows
    }


def _moment(value: object) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _recorded_before_blocks(session: Session) -> set[str]:
    """The changes recorded before their events named them so, by their accounts' web
    addresses as they are now."""
    keys: set[str] = set()
    rows = session.execute(
        select(AuditEvent.action, AuditEvent.entity_key, AuditEvent.details)
        .where(
            AuditEvent.entity == "account",
            or_(
                and_(
                    AuditEvent.action.in_(_RECORDS),
                    ~AuditEvent.details.like(f'%"{BLOCK}": {{%'),
                ),
                AuditEvent.details.like('%"url": [%'),
            ),
        )
        .order_by(AuditEvent.seq)
    )
    for action, url, details in logged(rows):
        if action in _RECORDS and BLOCK not in details:
            moment = _moment(details.get("changed_at"))
            if moment is not None:
                keys.add(change_key(url, moment))
        elif isinstance(moved := details.get("url"), list) and len(moved) == 2:
            keys = {url_moved(k, str(moved[0]), str(moved[1])) or k for k in keys}
    return keys


PASSWORD_CHANGES = Replayed(
    "password_change",
    "password change",
    "password_change",  # named by its account's events' block
    FIELDS,
    (),
    _changes,
    follows=(Follows("account", "url", url_moved),),
    earlier=_recorded_before_blocks,
    block=BLOCK,
    block_of=("account",),
)
