"""The snapshot's facts kept between computations of what is due, while nothing has changed:
read again after any write (this program's own, counted by the database object, or another's —
a window, workstation, script or `sqlite3` — seen by the change token of `store.change_token`),
and on a new day in the city's zone (the records' holds and retention are read by the day).
After a write, only the parts of the facts that read a table it touched are read again: the
audit events since say which registers it wrote (`parts.still_true`); a change with no event
(made by hand on the file), or one to the city's own settings, has every part read again.
What depends on the moment (whose terms are current, for the access reviews) is worked out
from the kept rows at each computation; the items of the rules that say when they change are
kept with the facts (`Gathered.kept`, `engine.compute`'s `kept`) until another day or a term's
start or end. Where the database gives no token, nothing is kept."""

from __future__ import annotations

import threading
from contextlib import suppress
from datetime import datetime

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ...core import obligations as engine
from ...store.change_token import change_token
from ..kernel.database import Database
from .parts import still_true
from .snapshot import Gathered, at_moment, gathered

_NAME = "obligations"


class KeptFacts:
    """One database's kept snapshot, and the connection of its own that reads the token (a
    token means something only compared with one read on the same connection)."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._connection: Connection | None = None
        self._key: tuple[int, object] | None = None
        self._read: Gathered | None = None
        self.reads = 0  # how many times the facts were read from the database (tests count)
        self.parts_read = 0  # and how many of their parts were read (not kept)

    def snapshot(self, session: Session, now: datetime) -> engine.Snapshot:
        """The snapshot at `now`, read in `session` unless the kept one is still true."""
        return at_moment(self.read(session, now), now)

    def read(self, session: Session, now: datetime) -> Gathered:
        """The facts as read on `now`'s day, in `session` unless the kept ones are still true
        (`at_moment` makes them the snapshot at `now`)."""
        # The key is taken before the facts are read: a write that lands between the two makes
        # the next key differ, never a stale read pass for a fresh one. So `session` must not
        # have read anything yet: a read transaction's moment is that of its first statement.
        key = self._key_now()
        with self._lock:  # the facts and their key, as one pair
            before, before_key = self._read, self._key
        if before is not None and before.snap.profile.day_at(now) != before.day:
            before = None  # another day: the holds and retention of that day
        if before is not None and key is not None and key == before_key:
            return before
        # Written since (or never read): what no write since has touched is kept, the rest read
        # again in `session`, the same moment as what says which is which.
        if before is None or key is None:
            kept, seq = still_true(session, {}, None)
        else:
            kept, seq = still_true(session, before.parts, before.seq)
        # What the rules made of the facts, kept with them: a rule that read only facts kept
        # as they were is not run again (`engine.compute`, `watched`).
        made = before.kept if before is not None and kept else None
        read = gathered(session, now, kept, seq, made)
        self.reads += 1
        self.parts_read += len(read.parts) - len(kept)
        with self._lock:
            self._key, self._read = key, read
        return read

    def still_true(self, now: datetime) -> engine.Snapshot | None:
        """The kept snapshot's facts, read on `now`'s day, when nothing has changed since they
        were read; else None, and nothing is read (the access reviews are not worked out to
        the moment: a page that reads only the other facts takes them from here)."""
        key = self._key_now()
        with self._lock:
            read = self._read if key is not None and key == self._key else None
        if read is None or read.snap.profile.day_at(now) != read.day:
            return None
        return read.snap

    def _key_now(self) -> tuple[int, object] | None:
        with self._lock:
            generation = self._db.generation
            try:
                if self._connection is None:
                    self._connection = self._db.engine.connect()
                token = change_token(self._connection)
            except DBAPIError:  # busy, or the server away: read afresh, keep nothing
                self._close()
                return None
            return None if token is None else (generation, token)

    def close(self) -> None:
        """Keep nothing: the next computation reads every fact again (View > Refresh)."""
        with self._lock:
            self._close()
            self._key, self._read = None, None

    def _close(self) -> None:
        if self._connection is not None:
            with suppress(DBAPIError):
                self._connection.close()
            self._connection = None


def kept_facts(db: Database) -> KeptFacts:
    """The database's kept snapshot, made on first use."""
    found = db.kept.get(_NAME)
    if not isinstance(found, KeptFacts):
        found = db.kept[_NAME] = KeptFacts(db)
    return found
