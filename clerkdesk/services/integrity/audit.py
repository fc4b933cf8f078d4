"""The audit log: every write appends an event, chained by hashes so that `check` notices an
event changed or removed."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from json.encoder import encode_basestring as _quoted
from typing import Any

from sqlalchemy import Select, String, func, insert, literal, select, text, type_coerce
from sqlalchemy.orm import Session

from ...core.search import fold, search_words
from ...store.models.audit import AuditEvent
from ..kernel.changes import note_events
from ..kernel.database import Database
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
    payload = _payload(seq, at.isoformat(), actor, action, entity, key, summary, details, prev_hash)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _payload(seq: int, *texts: str) -> str:
    """What an event's hash covers: its fields as a compact JSON list, exactly as
    `json.dumps([...], ensure_ascii=False, separators=(",", ":"))` writes it; spelled out
    here because `check` makes it for every event in the log."""
    try:
        return f"[{seq:d},{','.join(map(_quoted, texts))}]"
    except (TypeError, ValueError):  # a field emptied or changed in type by hand
        return _ENCODER.encode([seq, *texts])


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
    at = db.clock().astimezone(UTC)  # as the hash spells it, and as it is read back
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
        note_events(session, range(seq - len(rows) + 1, seq + 1))
        from .anchor import advance

        advance(session, db, seq, prev)


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """The fields that changed, as {field: [before, after]}."""
    return {k: [before.get(k), after.get(k)] for k in after if before.get(k) != after.get(k)}


CHAIN_BATCH = 20_000


def verify_chain(
    session: Session, tap: Callable[[Sequence[Any]], object] | None = None
) -> list[str]:
    """Problems with the audit chain: gaps, altered events, broken links, a clock set back.
    `tap` is given each batch of rows (`chain_query`'s) once checked (replay folds the log in
    the same pass).

    The log is read in batches straight from the driver (on PostgreSQL through a cursor on the
    server), never whole: SQLAlchemy's rows and date parsing for a million events cost more
    than the hashing."""
    problems: list[str] = []
    prev = GENESIS
    before: Any = None
    expected = 1
    sha256, q = hashlib.sha256, _quoted
    last: Any = None  # the moment of the event before, as read and as `_moment_of` orders it
    with read_in_batches(session, chain_query(session)) as batches:
        for batch in batches:
            for seq, at, actor, action, entity, key, summary, details, prev_hash, stored in batch:
                if seq != expected:
                    problems.append(f"audit log: event {expected} is missing (next is {seq})")
                    expected = seq
                if prev_hash != prev:
                    problems.append(f"audit log: event {seq} does not follow the one before it")
                if type(at) is str and len(at) == 26 and at[10] == " " and at[19] == ".":
                    # _moment_of's common case, spelled out as the payload is
                    fraction = "" if at.endswith("000000") else at[19:]
                    moment, order = f"{at[:10]}T{at[11:19]}{fraction}+00:00", at
                else:
                    moment, order = _moment_of(at)
                try:  # _payload, spelled out in the loop that runs it a million times
                    payload = (
                        f"[{seq:d},{q(moment)},{q(actor)},{q(action)},{q(entity)},{q(key)},"
                        f"{q(summary)},{q(details)},{q(prev_hash)}]"
                    )
                except (TypeError, ValueError):
                    payload = _payload(
                        seq, moment, actor, action, entity, key, summary, details, prev_hash
                    )
                if sha256(payload.encode()).hexdigest() != stored:
                    problems.append(f"audit log: event {seq} was altered after it was written")
                if order is not None:
                    if before is not None and order < before:
                        problems.append(
                            f"audit log: event {seq} is dated {_utc(at)} UTC, before the event "
                            f"it follows ({_utc(last)} UTC): a clock was set back"
                        )
                    before, last = order, at
                prev = stored
                expected += 1
            if tap is not None:
                tap(batch)
    return problems


def chain_query(session: Session) -> Select[Any]:
    """The log as verify_chain reads it, in order: seq, at (on SQLite its stored text), actor,
    action, entity, entity_key, summary, details, prev_hash, hash."""
    return select(
        AuditEvent.seq,
        type_coerce(AuditEvent.at, String) if _is_sqlite(session) else AuditEvent.at,
        AuditEvent.actor,
        AuditEvent.action,
        AuditEvent.entity,
        AuditEvent.entity_key,
        AuditEvent.summary,
        type_coerce(AuditEvent.details, String),
        AuditEvent.prev_hash,
        AuditEvent.hash,
    ).order_by(AuditEvent.seq)


@contextmanager
def read_in_batches(session: Session, query: Select[Any]) -> Iterator[Iterator[Sequence[Any]]]:
    """The query's rows in batches, never all at once: on SQLite straight from the driver's
    cursor, which reads as it goes; on PostgreSQL from a cursor on the server."""
    if _is_sqlite(session):
        result = session.connection().execute(query)
        cursor = result.cursor
        try:
            yield iter(lambda: cursor.fetchmany(CHAIN_BATCH), [])
        finally:
            result.close()
        return
    streamed = session.connection().execute(
        query.execution_options(stream_results=True, max_row_buffer=CHAIN_BATCH)
    )
    try:
        yield streamed.partitions(CHAIN_BATCH)
    finally:
        streamed.close()


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _moment_of(at: object) -> tuple[str, Any]:
    """An event's moment as its hash spells it (`datetime.isoformat()` of the aware UTC
    moment), and a value that orders moments: as SQLite stores them
    ("2026-12-06 08:52:33.084101", read as text, the common case spelled out without parsing),
    or the server's naive UTC datetime. (\"\", None) for a moment that is no moment."""
    if isinstance(at, str) and len(at) == 26 and at[10] == " " and at[19] == ".":
        fraction = "" if at.endswith("000000") else at[19:]
        return f"{at[:10]}T{at[11:19]}{fraction}+00:00", at
    try:
        moment = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
    except ValueError:
        return "", None
    aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    naive = aware.replace(tzinfo=None)
    order = naive if isinstance(at, datetime) else f"{naive:%Y-%m-%d %H:%M:%S.%f}"
    return aware.isoformat(), order


def _utc(at: object) -> str:
    moment = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
    return f"{moment:%Y-%m-%d %H:%M:%S}"


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
        # The driver's own rows: SQLAlchemy's Row for each of thousands costs more than the
        # rest of the reading.
        rows: list[Any] = []
        for q in queries:
            rows += session.connection().execute(q).cursor.fetchall()
    # Who, the action, the entity and its record recur down the log, each kept once; a batch
    # of events shares one moment, parsed once.
    kept: dict[Any, Any] = {}
    one = kept.setdefault
    moments: dict[Any, datetime] = {}
    views: list[AuditView] = []
    add = views.append
    for seq, at, actor, action, entity, key, summary, recorded in rows:
        moment = moments.get(at)
        if moment is None:
            moment = moments[at] = _moment(at)
        add(
            AuditView(
                seq,
                moment,
                one(actor, actor),
                one(action, action),
                one(entity, entity),
                one(key, key),
                summary,
                recorded,
            )
        )
    return views


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
