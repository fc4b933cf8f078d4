"""What `check` replays of the removals register: each removal's fields, from the events that
add and change it. A removal's poster, content or staff member changed by hand is reported.

A removal is known by its account's web address and the moment, in UTC, it was removed
(`removal_key`): its events are kept under that key, and a correction that moves it to another
account or moment carries the key as [old, new]. An account's new web address moves the keys
of its removals with it. The clerk's decisions on repeat violators are replayed from their
account's events (decision_replay)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import String, or_, select, type_coerce
from sqlalchemy.orm import Session

from ...store.models.accounts import Account
from ...store.models.audit import AuditEvent
from ...store.models.people import Person
from ...store.models.removals import Removal
from ...store.types import utc_moment
from ..kernel.common import driver_rows
from ..kernel.replayed import (
    Follows,
    Replayed,
    State,
    logged,
    person_named_in,
    url_moved,
)
from .decision_replay import REPEAT_DECISIONS

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


def _stored_key(url: str, at: object) -> str:
    """`removal_key` of a moment as the driver gives it read without its column's type: on
    SQLite the stored text ("2024-04-22 09:13:11.000000", UTC), spelled as the key spells it
    without parsing; otherwise parsed."""
    if type(at) is str and len(at) == 26 and at[10] == " " and at[19] == ".":
        return f"{url} {at[:19] if at.endswith('.000000') else at}+00:00"
    return removal_key(url, utc_moment(at))  # type: ignore[arg-type]


# A removal's own columns as its list and `check` read them, after its account and moment.
COLUMNS = (
    Removal.poster,
    Removal.content,
    Removal.category,
    Removal.action,
    Removal.action_reason,
    Removal.staff_person_id,
    Removal.evidence,
)


def _removals(session: Session) -> dict[str, State]:
    """Every removal's replayed fields, read as the driver gives them (50,000 removals cost
    more in SQLAlchemy's rows and date parsing than in the reading); every field but the
    moment is text. The accounts' addresses and the staff's employee IDs are looked up here
    rather than joined: a look-up in the database for each of 50,000 rows costs more."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    urls = dict(driver_rows(session, select(Account.id, Account.url)))
    staff = dict(driver_rows(session, select(Person.id, Person.employee_id)))
    query = select(
        Removal.account_id,
        type_coerce(Removal.removed_at, String) if sqlite else Removal.removed_at,
        *COLUMNS,
        Removal.evidence_sha256,
    )
    states: dict[str, State] = {}
    for (
        account_id,
        at,
        poster,
        content,
        category,
        action,
        reason,
        person_id,
        evidence,
        sha,
    ) in driver_rows(session, query):
        url = urls.get(account_id)
        if url is None:
            continue  # its account is gone: the database's own check names the row
        states[_stored_key(url, at)] = {
            "poster": poster,
            "content": content,
            "category": category,
            "action": action,
            "action_reason": reason,
            "staff_employee_id": None if person_id is None else staff.get(person_id),
            "evidence": evidence,
            "evidence_sha256": sha,
        }
    return states


def _moment(value: object) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _recorded_under_accounts(session: Session) -> set[str]:
    """The removals recorded before removals were named in the log on their own (their events
    are under their account), as they are now: added by their first event, then moved by a
    correction of the time (or account and time) and by a new address of their account."""
    keys: set[str] = set()
    rows = session.execute(
        select(AuditEvent.action, AuditEvent.entity_key, AuditEvent.details)
        .where(
            AuditEvent.entity == "account",
            or_(
                AuditEvent.action.in_(("removal.create", "removal.update")),
                AuditEvent.details.like('%"url": [%'),
            ),
        )
        .order_by(AuditEvent.seq)
    )
    for action, url, details in logged(rows):
        if action == "removal.create":
            if (moment := _moment(details.get("removed_at"))) is not None:
                keys.add(removal_key(url, moment))
        elif action == "removal.update":
            when, where = details.get("removed_at"), details.get("account_url")
            if not (isinstance(when, list) and len(when) == 2):
                continue  # not moved in time: its key stands (a move of account alone is lost)
            before, after = _moment(when[0]), _moment(when[1])
            was = where[0] if isinstance(where, list) and len(where) == 2 else url
            if before is not None and after is not None:
                keys.discard(removal_key(str(was), before))
                keys.add(removal_key(url, after))
        elif isinstance(moved := details.get("url"), list) and len(moved) == 2:
            keys = {url_moved(k, str(moved[0]), str(moved[1])) or k for k in keys}
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
    REPEAT_DECISIONS,
)
