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
from sqlalchemy.orm import Session, aliased

from ...core.dates import zone
from ...core.errors import ClerkDeskError
from ...store.models import Account, Approval, AuditEvent, Department, Person
from ..accounts.writes import account_query
from ..integrity.audit import Change, record
from ..kernel.common import city_row, profile_of
from ..kernel.database import Database
from ..kernel.files import write_recorded
from ..requests.csv_kinds import removal_rows, request_rows
from ..terms.writes import assignment_rows
from .csv_cells import guard
from .csv_format import AUDIT_COLUMNS, EXPORT_KINDS, KINDS
from .duties_kinds import DUTY_EXPORTS


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


Rows = Sequence[Sequence[Any]]


def _departments(session: Session, tz: ZoneInfo) -> Rows:
    head = aliased(Person)
    return session.execute(
        select(
            Department.name,
            head.employee_id,
            Department.policy_filed_on,
            Department.policy_it_copy_on,
        )
        .outerjoin(head, head.id == Department.head_person_id)
        .order_by(Department.name)
    ).all()


def _people(session: Session, tz: ZoneInfo) -> Rows:
    people = session.execute(
        select(
            Person.employee_id,
            Person.name,
            Person.title,
            Department.name,
            Person.email,
            Person.phone,
            Person.kind,
            Person.separated_at,
            Person.division,
        )
        .outerjoin(Department, Department.id == Person.department_id)
        .order_by(Person.employee_id)
    ).all()
    return [(*row[:7], row[7].astimezone(tz).date() if row[7] else None, row[8]) for row in people]


def _accounts(session: Session, tz: ZoneInfo) -> Rows:
    query = (
        account_query()
        .with_only_columns(
            Account.url,
            Account.platform,
            Account.handle,
            Department.name,
            Account.purpose,
            Account.city_email,
            Account.status,
            Approval.authority,
            Approval.approved_by,
            Approval.approved_on,
            Approval.reference,
            Account.tool_approved_by,
            Account.tool_approved_on,
            Account.archived_in,
            Account.discontinued_on,
            Account.discontinued_reason,
        )
        .order_by(Account.url)
    )
    return session.execute(query).all()


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


# Each kind's rows, in the columns of csv_format (the audit log: AUDIT_COLUMNS).
_EXPORTS: dict[str, Callable[[Session, ZoneInfo], Rows]] = {
    "departments": _departments,
    "people": _people,
    "accounts": _accounts,
    "assignments": assignment_rows,
    "requests": request_rows,
    "removals": removal_rows,
    "audit": _audit,
    **DUTY_EXPORTS,
}


def _rows(db: Database, kind: str) -> tuple[Sequence[str], Rows]:
    with db.reading() as session:
        tz = zone(profile_of(city_row(session)).timezone)
        columns = AUDIT_COLUMNS if kind == "audit" else KINDS[kind].columns
        return columns, _EXPORTS[kind](session, tz)


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
    return _EXPORTS[kind](session, tz)
