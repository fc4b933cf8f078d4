"""CSV export: the same columns as the import, so an export can be edited and imported back."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.errors import ClerkDeskError
from ...store.models.audit import AuditEvent
from ..integrity.audit import Change, record
from ..kernel.common import city_zone
from ..kernel.database import Database
from ..kernel.files import write_recorded
from .csv_cells import guard
from .csv_format import AUDIT_COLUMNS, EXPORT_KINDS, KINDS
from .rows import Rows

# What an export's message says of its audit event (the chain's head is `check`'s to show).
EXPORT_RECORDED = "The export is recorded in the audit log."


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _audit(session: Session, tz: ZoneInfo) -> Rows:
    events = session.execute(
        select(
            AuditEvent.seq,
            AuditEvent.at,
            AuditEvent.actor,
            AuditEvent.action,
            AuditEvent.entity,
            AuditEvent.entity_key,
            AuditEvent.summary,
            AuditEvent.details,
        ).order_by(AuditEvent.seq)
    ).all()
    return [
        (
            seq,
            at.astimezone(tz).isoformat(timespec="seconds"),
            actor,
            action,
            entity,
            key,
            summary,
            json.dumps(json.loads(details), ensure_ascii=False),
        )
        for seq, at, actor, action, entity, key, summary, details in events
    ]


def _rows(db: Database, kind: str) -> tuple[Sequence[str], Rows]:
    with db.reading() as session:
        tz = city_zone(session)
        columns = AUDIT_COLUMNS if kind == "audit" else KINDS[kind].columns
        return columns, kind_rows(session, tz, kind)


def write_csv(db: Database, kind: str, out: TextIO) -> int:
    """Write `kind` as CSV to `out`; the number of data rows."""
    columns, rows = _table(db, kind)
    return _write(columns, rows, out)


def _table(db: Database, kind: str) -> tuple[Sequence[str], Rows]:
    if kind not in EXPORT_KINDS:
        raise ClerkDeskError(f"cannot export {kind!r}; choose one of: {', '.join(EXPORT_KINDS)}")
    return _rows(db, kind)


def _write(columns: Sequence[str], rows: Rows, out: TextIO) -> int:
    """The rows as CSV; a cell a spreadsheet would run as a formula behind a `'` (csv_cells)."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([guard(_cell(v)) for v in row])
        count += 1
    return count


def export_stream(db: Database, kind: str, out: TextIO, target: str) -> int:
    """Write `kind` to a stream the program cannot take back (standard output): the rows are
    read, the export is recorded, and only then is the first byte written; a database busy
    with another writer is said before any of the records has left."""
    columns, rows = _table(db, kind)
    record_export(db, kind, target, len(rows))
    return _write(columns, rows, out)


def export_csv(db: Database, kind: str, path: Path | str) -> int:
    """Write `kind` to a file (UTF-8 with the byte-order mark Excel looks for); audited."""
    path = Path(path)
    buffer = io.StringIO()
    count = write_csv(db, kind, buffer)
    content = buffer.getvalue()
    write_recorded(
        db,
        path,
        lambda partial: partial.write_text(content, encoding="utf-8-sig", newline=""),
        export_change(kind, str(path), count),
    )
    return count


def export_change(kind: str, target: str, count: int) -> Change:
    return Change("export", kind, target, f"Exported {count} {kind} to {target}", {"rows": count})


def record_export(db: Database, kind: str, target: str, count: int) -> None:
    """Note in the audit log that records left the program (e.g. on standard output)."""
    with db.writing() as session:
        record(session, db, export_change(kind, target, count))


def kind_rows(session: Session, tz: ZoneInfo, kind: str) -> Rows:
    """`kind`'s rows in its columns, read in the caller's session (a workbook reads every kind
    in one, so that its sheets agree with one another)."""
    if kind == "audit":
        return _audit(session, tz)
    exported: Callable[[Session, ZoneInfo], Rows] = KINDS[kind].rows_module().rows
    return exported(session, tz)
