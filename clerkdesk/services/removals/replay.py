"""What `check` replays of the removals register: each removal's fields, from the events that
add and change it. A removal's poster, content or staff member changed by hand is reported.

A removal is known by its account's web address and the moment, in UTC, it was removed
(`removal_key`): its events are kept under that key, and a correction that moves it to another
account or moment carries the key as [old, new]. An account's new web address moves the keys
of its removals with it."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...store.models.accounts import Account
from ...store.models.audit import AuditEvent
from ...store.models.people import Person
from ...store.models.removals import Removal
from ..kernel.replayed import Follows, Replayed, State, person_named_in, url_moved

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


def _recorded_under_accounts(session: Session) -> set[str]:
    """The removals whose events were kept under their account (before removals were named in
    the log on their own): known by the moment their first event gives."""
    keys = set()
    rows = session.execute(
        select(AuditEvent.entity_key, AuditEvent.details).where(
            AuditEvent.entity == "account", AuditEvent.action == "removal.create"
        )
    )
    for url, details in rows:
        try:
            moment = datetime.fromisoformat(str(json.loads(details)["removed_at"]))
        except (ValueError, KeyError, TypeError):
            continue
        keys.add(removal_key(url, moment if moment.tzinfo else moment.replace(tzinfo=UTC)))
    return keys


REPLAYED = (
    Replayed(
        "removal",
        "removal",
        "removal",
        FIELDS,
        ("removal.create",),
        _removals,
        follows=(Follows("account", "url", url_moved), person_named_in("staff_employee_id")),
        earlier=_recorded_under_accounts,
    ),
)
