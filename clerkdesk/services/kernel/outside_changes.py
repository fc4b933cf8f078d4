"""Whether the database changed underneath the window (another window, workstation or the
command line wrote to it), asked cheaply and often while the window is in use; and what the
write touched, read from the audit events it appended, so that only the pages that show it
read again."""

from __future__ import annotations

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import DBAPIError

from ...store.change_token import change_token, last_event_of, watching_connection
from ...store.models import Base
from ...store.models.audit import AuditEvent
from .changes import Changes
from .database import Database
from .registers import tables_written_by


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
    ) -> tuple[frozenset[str], int | None]:
        """The entities of the events after `seq`, up to the token's, but for the numbers
        `own`; and the last event's number; (∅, None) when the log cannot be read here."""
        if self._connection is None:
            return frozenset(), None
        try:
            last = last_event_of(self._token)  # the token may be it: not read a second time
            if last is None:
                last = self._connection.execute(select(func.max(AuditEvent.seq))).scalar()
            entities: frozenset[str] = frozenset()
            if seq is None or last is None or last <= seq:
                return entities, last
            bounds = (AuditEvent.seq > seq, AuditEvent.seq <= last)
            mine = sum(1 for number in own if seq < number <= last)
            if not own:
                entities = frozenset(
                    self._connection.execute(
                        select(AuditEvent.entity).where(*bounds).distinct()
                    ).scalars()
                )
            elif last - seq > mine:  # the numbers follow one another: some are another's
                found = self._connection.execute(
                    select(AuditEvent.seq, AuditEvent.entity).where(*bounds)
                )
                entities = frozenset(entity for number, entity in found if number not in own)
            return entities, last
        except DBAPIError:
            return frozenset(), None
        finally:
            self._connection.rollback()

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
        entities, last = self._events_since(self._seq)
        moved = last is not None and self._seq is not None and last > self._seq
        self._seq = last
        tables = tables_written_by(entities) if moved else None
        return every_table() if tables is None else Changes(tables)

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
        entities, self._seq = self._events_since(before, own)
        if not entities:
            return Changes()
        tables = tables_written_by(entities)
        return every_table() if tables is None else Changes(tables)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
