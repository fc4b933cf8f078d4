"""The obligations snapshot read in parts, each kept with the tables its statements named, so
that after a write only the parts that read a table it touched are read again (`KeptFacts`).
The tables are those the statements' text names, not a list kept by hand beside them: a part
that comes to read one more table is read again when that table is written, with no one
having to remember to say so."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from ...store.models import Base
from ...store.models.audit import AuditEvent
from ..kernel.registers import tables_written_by

T = TypeVar("T")
Part = tuple[frozenset[str], Any]  # the tables a part read, and what it read
Parts = dict[str, Part]


@cache
def _table_names() -> re.Pattern[str]:
    names = sorted(Base.metadata.tables, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")


class PartReader:
    """Reads the parts of one snapshot in `session`: each as kept in `kept` (those nothing
    written since has touched), else from the database, noting the tables it read."""

    def __init__(self, session: Session, kept: Parts | None = None) -> None:
        self.session = session
        self.kept = kept or {}
        self.parts: Parts = {}

    def __call__(self, name: str, read: Callable[[], T], after: tuple[str, ...] = ()) -> T:
        """The part `name`, as `read` gives it; `after`: the parts it is made from, whose
        tables it counts as its own (read again when they are)."""
        kept = self.kept.get(name)
        if kept is not None:
            self.parts[name] = kept
            return kept[1]  # type: ignore[no-any-return]
        tables: set[str] = set()
        pattern = _table_names()

        def note(_connection: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
            tables.update(pattern.findall(statement))

        connection = self.session.connection()
        event.listen(connection, "before_cursor_execute", note)
        try:
            value = read()
        finally:
            event.remove(connection, "before_cursor_execute", note)
        for before in after:
            tables |= self.parts[before][0]
        self.parts[name] = (frozenset(tables), value)
        return value


def still_true(session: Session, parts: Parts, seq: int | None) -> tuple[Parts, int | None]:
    """Of `parts`, read when the audit log's last event was `seq`, those no event since
    touched; and the last event's number now. The first statement of `session`'s read, so
    that what it finds and the parts it reads again are of one moment. None kept when the
    database changed with no event after `seq` (by hand, or a file put back), when an event
    names no register this version knows, or when the city itself was written (its profile
    says what every rule reads)."""
    last = session.execute(select(func.max(AuditEvent.seq))).scalar()
    if not parts or seq is None or last is None or last <= seq:
        return {}, last
    entities = session.execute(
        select(AuditEvent.entity).where(AuditEvent.seq > seq, AuditEvent.seq <= last).distinct()
    ).scalars()
    touched = tables_written_by(entities)
    if touched is None or "city" in touched:
        return {}, last
    return {name: part for name, part in parts.items() if part[0].isdisjoint(touched)}, last
