"""What `check` replays of the removals register: each removal's fields, from the events that
add and change it. A removal's poster, content or staff member changed by hand is reported.

A removal is known by its account's web address and the moment, in UTC, it was removed
(`removal_key`): its events are kept under that key, and a correction that moves it to another
account or moment carries the key as [old, new]. An account's new web address moves the keys
of its removals with it."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...store.models.accounts import Account
from ...store.models.people import Person
from ...store.models.removals import Removal
from ..kernel.replayed import Follows, Replayed, State

FIELDS = (
    "poster",
    "content",
    "category",
    "action",
    "action_reason",
    "staff_employee_id",
    "evidence",
    "evidence_sha256",
)


def removal_key(url: str, moment: datetime) -> str:
    """A removal's key in the audit log: its account's web address and the moment in UTC."""
    return f"{url} {moment.astimezone(UTC)}"


def _moved_account(key: str, old: str, new: str) -> str | None:
    url, _, moment = key.partition(" ")
    return f"{new} {moment}" if url == old else None


def _removals(session: Session) -> dict[str, State]:
    rows = session.execute(
        select(
            Account.url,
            Removal.removed_at,
            Removal.poster,
            Removal.content,
            Removal.category,
            Removal.action,
            Removal.action_reason,
            Person.employee_id,
            Removal.evidence,
            Removal.evidence_sha256,
        )
        .join(Account, Account.id == Removal.account_id)
        .outerjoin(Person, Person.id == Removal.staff_person_id)
    ).all()
    return {removal_key(row[0], row[1]): dict(zip(FIELDS, row[2:], strict=True)) for row in rows}


REPLAYED = (
    Replayed(
        "removal",
        "removal",
        "removal",
        FIELDS,
        ("removal.create",),
        _removals,
        follows=(Follows("account", "url", _moved_account),),
    ),
)
