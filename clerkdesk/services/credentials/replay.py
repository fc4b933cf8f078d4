"""What `check` replays of the credentials register: what is known of each account's login —
the username, whether MFA is on and which method, and whether a password and recovery codes
are on file — from the events that store, change, remove and hand them over. Never a secret:
the password and the codes are in the operating system's credential store, and no event holds
them or anything made of them. Recovery codes marked removed, or MFA turned off, in the table
without an event are reported.

A credential is known by its account's web address, and follows it when it changes. Each event
that writes one carries a `credentials` block ({url: {field: value}}, the credential as the
event left it): the account's own events and a handover file's import. Credentials written
before the events named them so are noted, and checked from their next change. The password
changes are replayed beside them (password_replay)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ...store.models.accounts import Account
from ...store.models.audit import AuditEvent
from ...store.models.credentials import Credential
from ..kernel.replayed import Follows, Replayed, State, keyed_states, logged
from .password_replay import PASSWORD_CHANGES

BLOCK = "credentials"
FIELDS = ("username", "mfa_enabled", "mfa_method", "password_on_file", "recovery_codes_on_file")
_FLAGS = ("mfa_enabled", "password_on_file", "recovery_codes_on_file")
_WRITES = ("credential.password", "credential.update", "credential.delete")
_HANDOVER = "credential.handover-import"


def said_of(credential: Credential) -> dict[str, Any]:
    """A credential as its events say it: its fields, the flags as true or false."""
    return {
        field: bool(getattr(credential, field)) if field in _FLAGS else getattr(credential, field)
        for field in FIELDS
    }


def credentials_block(said: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The `credentials` block of an event that leaves these credentials (by web address)."""
    return {BLOCK: said}


def _credentials(session: Session) -> dict[str, State]:
    rows = session.execute(
        select(
            Account.url,
            Credential.username,
            Credential.mfa_enabled,
            Credential.mfa_method,
            Credential.password_on_file,
            Credential.recovery_codes_on_file,
        ).join(Account, Account.id == Credential.account_id)
    )
    return keyed_states(rows, str, FIELDS)


def _moved(key: str, old: str, new: str) -> str | None:
    return new if key == old else None


def _written_before_blocks(session: Session) -> set[str]:
    """The credentials written before their events named them so, by their accounts' web
    addresses as they are now."""
    keys: set[str] = set()
    rows = session.execute(
        select(AuditEvent.action, AuditEvent.entity_key, AuditEvent.details)
        .where(
            or_(
                and_(
                    AuditEvent.entity == "account",
                    AuditEvent.action.in_(_WRITES),
                    ~AuditEvent.details.like(f'%"{BLOCK}": {{%'),
                ),
                and_(
                    AuditEvent.entity == "database",
                    AuditEvent.action == _HANDOVER,
                    ~AuditEvent.details.like(f'%"{BLOCK}": {{%'),
                ),
                and_(AuditEvent.entity == "account", AuditEvent.details.like('%"url": [%')),
            )
        )
        .order_by(AuditEvent.seq)
    )
    for action, url, details in logged(rows):
        if action in _WRITES:
            keys.add(url)
        elif action == _HANDOVER:
            keys.update(str(u) for u in details.get("accounts") or () if isinstance(u, str))
        elif isinstance(moved := details.get("url"), list) and len(moved) == 2:
            keys = {str(moved[1]) if k == moved[0] else k for k in keys}
    return keys


REPLAYED = (
    Replayed(
        "credential",
        "credential",
        "credential",  # named by its account's and a handover's events' block
        FIELDS,
        (),
        _credentials,
        follows=(Follows("account", "url", _moved),),
        earlier=_written_before_blocks,
        block=BLOCK,  # carried by account events, most of a city's log: read whole
    ),
    PASSWORD_CHANGES,
)
