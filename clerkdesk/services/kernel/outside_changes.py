"""Whether the database changed underneath the window (another window, workstation or the
command line wrote to it), asked cheaply and often while the window is in use; and what the
write touched, read from the audit events it appended, so that only the pages that show it
read again, and of a list only the rows its events name by their keys (a person's employee
ID), where a register says they do."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import DBAPIError

from ...store.change_token import change_token, last_event_of, watching_connection
from ...store.models import Base
from ...store.models.audit import AuditEvent
from .changes import FEW, Changes
from .database import Database
from .registers import rows_named_by, tables_written_by


def every_table() -> Changes:
    """What a change made elsewhere may have touched: any table of the register."""
    return Changes(frozenset(Base.metadata.tables))


class ChangeWatch:
    """Holds one connection of its own (the token is per connection) and says whether the
    token moved since it last looked, and what the events since then touched. Own writes move
    it too: `settle()` after them."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._connection: Connection | None = None
        self._token = self._read()
        self._seq = self._last_event()  # the last event seen, where the token is

    @property
    def watching(self) -> bool:
        return self._token is not None

    def _read(self) -> object | None:
        try:
            if self._connection is None:
                self._connection = watching_connection(self.db.engine.connect())
            return change_token(self._connection)
        except DBAPIError:  # busy, or gone: look again next time
            self.close()
            return None

    def _last_event(self) -> int | None:
        return self._events_since(None)[1]

    def _events_since(
        self, seq: int | None, own: frozenset[int] = frozenset()
    ) -> tuple[Changes | None, int | None]:
        """What the events after `seq`, up to the token's, but for the numbers `own`, touched
        (None when there are none); and the last event's number; (None, None) when the log
        cannot be read here."""
        if self._connection is None:
            return None, None
        try:
            last = last_event_of(self._token)  # the token may be it: not read a second time
            if last is None:
                last = self._connection.execute(select(func.max(AuditEvent.seq))).scalar()
            if seq is None or last is None or last <= seq:
                return None, last
            bounds = (AuditEvent.seq > seq, AuditEvent.seq <= last)
            mine = sum(1 for number in own if seq < number <= last)
            named = (AuditEvent.entity, AuditEvent.entity_key)
            if not own:
                # At most a few records' keys (a file's thousands name no rows: their pages
                # are read whole), else the entities alone.
                pairs = self._connection.execute(
                    select(*named).where(*bounds).distinct().limit(FEW + 1)
                ).all()
                if len(pairs) > FEW:
                    return self._unnamed(bounds), last
                events = frozenset((entity, key) for entity, key in pairs)
            elif last - seq > mine:  # the numbers follow one another: some are another's
                found = self._connection.execute(select(AuditEvent.seq, *named).where(*bounds))
                events = frozenset((e, key) for number, e, key in found if number not in own)
            else:
                return None, last
            return self._touched(events), last
        except DBAPIError:
            return None, None
        finally:
            self._connection.rollback()

    def _unnamed(self, bounds: tuple[Any, ...]) -> Changes:
        """What the events within `bounds` touched, no row named."""
        assert self._connection is not None
        entities = self._connection.execute(select(AuditEvent.entity).where(*bounds).distinct())
        tables = tables_written_by(entities.scalars())
        return every_table() if tables is None else Changes(tables)

    def _touched(self, events: frozenset[tuple[str, str]]) -> Changes | None:
        """What events, each (entity, key), touched: the tables of the registers their
        entities name, and the rows their keys name where they name them all
        (`rows_named_by`); every table for an entity no register knows."""
        if not events:
            return None
        entities = frozenset(entity for entity, _key in events)
        tables = tables_written_by(entities)
        if tables is None:
            return every_table()
        named: set[str] = set()
        rows: set[tuple[str, int]] = set()
        assert self._connection is not None
        for entity, table, column in rows_named_by(entities):
            keys = {key for e, key in events if e == entity}
            if len(keys) > FEW:
                continue  # a file's rows: the whole list is read again anyway
            t = Base.metadata.tables[table]
            found = self._connection.execute(
                select(t.c.id, t.c[column]).where(t.c[column].in_(sorted(keys)))
            ).all()
            # each key one row (one that is gone, or was renamed since, names none)
            if len(found) == len(keys) == len({key for _id, key in found}):
                named.add(table)
                rows.update((table, row_id) for row_id, _key in found)
        return Changes(tables, frozenset(named), frozenset(rows))

    def changes(self) -> Changes:
        """What another connection committed since the last look (or `settle`): the tables of
        the registers its events name; every table when an event names no register (a later
        version's) or the commits came with no event at all (written outside ClerkDesk).
        Empty when nothing did. Every write ClerkDesk commits carries its events; an edit
        outside it committed beside one of ClerkDesk's, within the same look, is read with
        that write's pages only (F5 reads everything, and `check` reports the edit)."""
        if self._token is None:
            return Changes()
        token = self._read()  # before the events: a commit after it is seen next time
        if token is None or token == self._token:
            return Changes()
        self._token = token
        touched, last = self._events_since(self._seq)
        moved = last is not None and self._seq is not None and last > self._seq
        self._seq = last
        if not moved:
            return every_table()  # committed with no event: written outside ClerkDesk
        return touched or every_table()

    def changed(self) -> bool:
        """Whether another connection committed since the last look (or `settle`)."""
        return bool(self.changes())

    def settle(self, own: frozenset[int] = frozenset()) -> Changes:
        """Take the present state as seen, after this program's own write, which appended the
        events numbered `own`: what another program wrote since the last look (the events
        not among them) is returned, to be read again, not taken as seen."""
        if self._token is None:
            return Changes()
        before = self._seq
        self._token = self._read() or self._token
        touched, self._seq = self._events_since(before, own)
        return touched or Changes()

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
