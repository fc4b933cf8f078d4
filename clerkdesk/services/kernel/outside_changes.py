"""Whether the database changed underneath the window (another window, workstation or the
command line wrote to it), asked cheaply and often while the window is in use."""

from __future__ import annotations

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from ...store.change_token import change_token
from ...store.models import Base
from .changes import Changes
from .database import Database


def every_table() -> Changes:
    """What a change made elsewhere may have touched: any table of the register."""
    return Changes(frozenset(Base.metadata.tables))


class ChangeWatch:
    """Holds one connection of its own (the token is per connection) and says whether the
    token moved since it last looked. Own writes move it too: `settle()` after them."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._connection: Connection | None = None
        self._token = self._read()

    @property
    def watching(self) -> bool:
        return self._token is not None

    def _read(self) -> object | None:
        try:
            if self._connection is None:
                self._connection = self.db.engine.connect()
            return change_token(self._connection)
        except DBAPIError:  # busy, or gone: look again next time
            self.close()
            return None

    def changed(self) -> bool:
        """Whether another connection committed since the last look (or `settle`)."""
        if self._token is None:
            return False
        token = self._read()
        if token is None or token == self._token:
            return False
        self._token = token
        return True

    def settle(self) -> None:
        """Take the present state as seen (after this program's own writes)."""
        if self._token is not None:
            self._token = self._read() or self._token

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
