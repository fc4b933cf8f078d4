"""The benchmark city's audit log: an event adding each record the generator wrote straight
into the tables, with the fields the program's own writes give (so that `check` replays the
city clean), then changes of the accounts' purpose up to the log's size, chained and anchored
as every append is."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from clerkdesk.services.integrity.anchor import advance
from clerkdesk.services.integrity.audit import GENESIS, event_hash
from clerkdesk.services.integrity.replay import replayed_tables
from clerkdesk.services.kernel.database import Database
from clerkdesk.services.terms.events import FIELDS, TERMS, added, term_key
from clerkdesk.store.models.accounts import Account
from clerkdesk.store.models.audit import AuditEvent
from clerkdesk.store.models.people import Person
from clerkdesk.store.models.terms import Assignment

Event = tuple[str, str, str, str, str]  # action, entity, key, summary, details
BATCH = 20_000


def write_log(db: Database, count: int) -> int:
    """Events adding every replayed record, then account changes up to `count` events in
    all; returns how many were written."""
    written = 0
    with db.writing() as session:
        last = session.execute(
            select(AuditEvent.seq, AuditEvent.hash, AuditEvent.at)
            .order_by(AuditEvent.seq.desc())
            .limit(1)
        ).first()
        seq, prev, start = (last[0], last[1], last[2]) if last else (0, GENESIS, db.clock())
        urls = list(session.execute(select(Account.url).order_by(Account.id)).scalars())
        events = _creations(session)
        batch: list[dict[str, Any]] = []
        for action, entity, key, summary, details in _filled(events, urls, count - seq):
            seq += 1
            at = start + timedelta(microseconds=seq)  # one after another, never back
            digest = event_hash(seq, at, "bench", action, entity, key, summary, details, prev)
            batch.append(_row(seq, at, action, entity, key, summary, details, prev, digest))
            prev = digest
            written += 1
            if len(batch) == BATCH:
                session.execute(insert(AuditEvent), batch)
                batch = []
        if batch:
            session.execute(insert(AuditEvent), batch)
        advance(session, db, seq, prev)  # the chain's head, anchored as every append does
    return written


def _filled(events: Iterator[Event], urls: list[str], room: int) -> Iterator[Event]:
    """The creations, then changes of an account's purpose, as a clerk's edits would make them
    ("News" back to the purpose the account has), until the log holds `room` more events."""
    made = 0
    for event in events:
        yield event
        made += 1
    for i in range(max(0, room - made)):
        url = urls[i % len(urls)]
        yield (
            "account.update",
            "account",
            url,
            f"Changed {url}",
            '{"purpose": ["News", "News and events"]}',
        )


def _details(values: dict[str, Any]) -> str:
    """As the audit log writes an event's details (services/integrity/audit.record_many)."""
    return json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)


def _creations(session: Session) -> Iterator[Event]:
    for table in replayed_tables():
        if table.single:
            continue  # the city: added through the program
        for key, row in table.rows(session).items():
            given = {field: value for field, value in row.items() if value is not None}
            summary = f"Added {table.noun} {key}"
            yield table.creates[0], table.entity, key, summary, _details(given)
    terms = select(
        Account.url,
        Person.employee_id,
        Assignment.role,
        Assignment.starts_at,
        *(getattr(Assignment, field) for field in FIELDS),
    )
    terms = terms.join(Account, Account.id == Assignment.account_id).join(
        Person, Person.id == Assignment.person_id
    )
    for url, employee_id, role, starts_at, *values in session.execute(terms).tuples():
        key = term_key(url, employee_id, role, starts_at)
        block = {TERMS: {key: added(dict(zip(FIELDS, values, strict=True)))}}
        yield "assignment.create", "account", url, f"Designated {employee_id}", _details(block)


def _row(
    seq: int,
    at: datetime,
    action: str,
    entity: str,
    key: str,
    summary: str,
    details: str,
    prev: str,
    digest: str,
) -> dict[str, Any]:
    return {
        "seq": seq,
        "at": at,
        "actor": "bench",
        "action": action,
        "entity": entity,
        "entity_key": key,
        "summary": summary,
        "details": details,
        "prev_hash": prev,
        "hash": digest,
    }
