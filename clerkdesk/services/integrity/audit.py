"""The audit log: every write appends an event, chained by hashes so that `check` notices an
event changed or removed."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String, func, insert, literal, select, text, type_coerce
from sqlalchemy.orm import Session

from ...core.search import fold, search_words
from ...store.models.audit import AuditEvent
from ..kernel.database import Database
from ..kernel.shared_values import sharing
from ..kernel.views import AuditView

GENESIS = "0" * 64


@dataclass(frozen=True)
class Change:
    action: str
    entity: str
    key: str
    summary: str
    details: dict[str, Any]


def event_hash(
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    key: str,
    summary: str,
    details: str,
    prev_hash: str,
) -> str:
    payload = json.dumps(
        [seq, at.isoformat(), actor, action, entity, key, summary, details, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(session: Session, db: Database, change: Change) -> None:
    record_many(session, db, [change])


def record_many(session: Session, db: Database, changes: Iterable[Change]) -> None:
    """Append events in this transaction; they commit or vanish with the change they describe."""
    if session.get_bind().dialect.name == "postgresql":
        # SQLite writers already queue (BEGIN IMMEDIATE); on a shared server database two
        # workstations must not both take the next number, so appends queue here.
        session.execute(text("LOCK TABLE audit_event IN SHARE ROW EXCLUSIVE MODE"))
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash, AuditEvent.at)
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    ).first()
    seq, prev = (last[0], last[1]) if last else (0, GENESIS)
    at = db.clock()
    if last is not None and last[2] is not None and last[2] > at:
        at = last[2]  # another workstation's clock ran ahead: the log never runs backwards
    db.saw_event(at)
    rows = []
    for change in changes:
        seq += 1
        recorded = change.details
        if db.clock_set:
            recorded = {**recorded, "clock_set": db.clock_set}
        details = json.dumps(recorded, ensure_ascii=False, sort_keys=True, default=str)
        digest = event_hash(
            seq,
            at,
            db.actor,
            change.action,
            change.entity,
            change.key,
            change.summary,
            details,
            prev,
        )
        rows.append(
            {
                "seq": seq,
                "at": at,
                "actor": db.actor,
                "action": change.action,
                "entity": change.entity,
                "entity_key": change.key,
                "summary": change.summary,
                "details": details,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    if rows:
        session.execute(insert(AuditEvent), rows)
        from .anchor import advance

        advance(session, db, seq, prev)


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """The fields that changed, as {field: [before, after]}."""
    return {k: [before.get(k), after.get(k)] for k in after if before.get(k) != after.get(k)}


def verify_chain(session: Session) -> list[str]:
    """Problems with the audit chain: gaps, altered events, broken links."""
    problems: list[str] = []
    prev = GENESIS
    before: datetime | None = None
    expected = 1
    # Plain rows, read in batches: the ORM's objects of 200,000 events cost seconds and memory.
    rows = session.execute(
        select(
            AuditEvent.seq,
            AuditEvent.at,
            AuditEvent.actor,
            AuditEvent.action,
            AuditEvent.entity,
            AuditEvent.entity_key,
            AuditEvent.summary,
            AuditEvent.details,
            AuditEvent.prev_hash,
            AuditEvent.hash,
        )
        .order_by(AuditEvent.seq)
        .execution_options(yield_per=10_000)
    ).tuples()
    for seq, at, actor, action, entity, key, summary, details, prev_hash, stored in rows:
        if seq != expected:
            problems.append(f"audit log: event {expected} is missing (next is {seq})")
            expected = seq
        if prev_hash != prev:
            problems.append(f"audit log: event {seq} does not follow the one before it")
        digest = event_hash(seq, at, actor, action, entity, key, summary, details, prev_hash)
        if digest != stored:
            problems.append(f"audit log: event {seq} was altered after it was written")
        if before is not None and at < before:
            problems.append(
                f"audit log: event {seq} is dated {at:%Y-%m-%d %H:%M:%S} UTC, before the event "
                f"it follows ({before:%Y-%m-%d %H:%M:%S} UTC): a clock was set back"
            )
        prev, before = stored, at
        expected += 1
    return problems


def clock_set_notes(session: Session) -> list[str]:
    """The events written while CLERKDESK_NOW set the clock, which their details record."""
    seqs = list(
        session.execute(
            select(AuditEvent.seq)
            .where(AuditEvent.details.like('%"clock_set": %'))
            .order_by(AuditEvent.seq)
        ).scalars()
    )
    if not seqs:
        return []
    shown = ", ".join(str(s) for s in seqs[:10]) + (", …" if len(seqs) > 10 else "")
    return [
        f"audit log: {len(seqs):,} event(s) were written while CLERKDESK_NOW set the clock "
        f"(events {shown}); their moments are the set clock's, not the computer's"
    ]


def count_events(db: Database) -> int:
    """How many events the log holds."""
    with db.reading() as session:
        return int(session.execute(select(func.count()).select_from(AuditEvent)).scalar_one())


SEARCH_BATCH = 5_000


def _found(session: Session, words: Sequence[str], limit: int | None) -> list[int]:
    """The events, newest first, that recorded every word in their summary, record, action or
    who, compared as every page's filter compares (case and accents aside: `nunez` finds
    Ñúñez; a handle's `@` aside). Folded here rather than in SQL, which neither SQLite nor a
    plain PostgreSQL can do; read in batches, and only the four short columns."""
    wanted = search_words(" ".join(words))
    if not wanted:  # nothing to look for ("@" alone): as the pages' filters, nothing left out
        return list(
            session.execute(
                select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(limit)
            ).scalars()
        )
    query = select(
        AuditEvent.seq,
        AuditEvent.summary,
        AuditEvent.entity_key,
        AuditEvent.action,
        AuditEvent.actor,
    ).order_by(AuditEvent.seq.desc())
    found: list[int] = []
    # The driver's own rows: SQLAlchemy's Row for each of 200,000 events costs more than
    # the folding.
    cursor = session.connection().execute(query).cursor
    while batch := cursor.fetchmany(SEARCH_BATCH):
        for seq, *values in batch:
            seen = fold("\x1f".join(v or "" for v in values))
            if all(word in seen for word in wanted):
                found.append(seq)
                if limit and len(found) >= limit:
                    cursor.close()
                    return found
    return found


def list_events(
    db: Database,
    *,
    limit: int | None = None,
    details: bool = True,
    words: Sequence[str] = (),
) -> Sequence[AuditView]:
    """The audit log, newest first; with `words`, only the events that recorded every one.
    Without `details` each event's details are left empty (`event_details` reads one): a
    list of a city's whole log holds far less that way."""
    # The moment is read as stored and parsed here: SQLAlchemy's SQLite date parsing costs
    # several times more, which shows at 200,000 events.
    query = select(
        AuditEvent.seq,
        type_coerce(AuditEvent.at, String),
        AuditEvent.actor,
        AuditEvent.action,
        AuditEvent.entity,
        AuditEvent.entity_key,
        AuditEvent.summary,
        AuditEvent.details if details else literal(""),
    ).order_by(AuditEvent.seq.desc())
    with db.reading() as session:
        if words:
            found = _found(session, words, limit)
            batches = [found[i : i + SEARCH_BATCH] for i in range(0, len(found), SEARCH_BATCH)]
            queries = [query.where(AuditEvent.seq.in_(batch)) for batch in batches]
        else:
            queries = [query.limit(limit) if limit else query]
        # who, the action, the entity and its record recur down the log
        rows = [row for q in queries for row in sharing(session.execute(q).tuples(), (2, 3, 4, 5))]
    return [AuditView(seq, _moment(at), *rest) for seq, at, *rest in rows]


def event_details(db: Database, seq: int) -> str:
    """One event's details, as stored ("" for an event no longer in the log)."""
    with db.reading() as session:
        text = session.execute(
            select(AuditEvent.details).where(AuditEvent.seq == seq)
        ).scalar_one_or_none()
    return text or ""


def _moment(value: object) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
