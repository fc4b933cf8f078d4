"""The snapshot's facts kept between computations of what is due, while nothing has changed:
read again after any write (this program's own, counted by the database object, or another's —
a window, workstation, script or `sqlite3` — seen by the change token of `store.change_token`),
and on a new day in the city's zone (the records' holds and retention are read by the day).
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

    def snapshot(self, session: Session, now: datetime) -> engine.Snapshot:
        """The snapshot at `now`, read in `session` unless the kept one is still true."""
        return at_moment(self.read(session, now), now)

    def read(self, session: Session, now: datetime) -> Gathered:
        """The facts as read on `now`'s day, in `session` unless the kept ones are still true
        (`at_moment` makes them the snapshot at `now`)."""
        # The key is taken before the facts are read: a write that lands between the two makes
        # the next key differ, never a stale read pass for a fresh one.
        key = self._key_now()
        with self._lock:
            read = self._read if key is not None and key == self._key else None
        if read is None or read.snap.profile.day_at(now) != read.day:
            read = gathered(session, now)
            self.reads += 1
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
