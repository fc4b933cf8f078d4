"""A thread's reads shared as one transaction (`Database.one_read`): a page's several reads as
it is shown, each of which would otherwise begin and end its own (on a server, a BEGIN and a
ROLLBACK each, a round trip apiece)."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from time import monotonic
from typing import NoReturn

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

# A shared read begun longer ago than this is not taken up again: a read after it (while a
# dialog an error opened stayed on screen, say) begins afresh, never on an old moment.
SHARED_FOR_S = 0.5


_EVERY: weakref.WeakSet[SharedRead] = weakref.WeakSet()  # each database's, for `end_idle`


class SharedRead(threading.local):
    """This thread's shared read, when it is within `one_read` (`depth`)."""

    depth = 0
    session: Session | None = None
    users = 0  # the `reading` blocks using it now
    stale = False  # a write (or a failed statement) since it began
    began = 0.0

    def __init__(self) -> None:
        _EVERY.add(self)

    def read(
        self,
        make: Callable[[], AbstractContextManager[Session]],
        raise_plain: Callable[[DBAPIError], NoReturn],
    ) -> Iterator[Session]:
        """The shared session for a `reading` block, begun afresh when the last one saw a write
        since, failed, or has been idle a while; a block opened within another after a write
        has a session of its own, which sees it."""
        idle = self.session is not None and not self.users
        if idle and (self.stale or monotonic() - self.began > SHARED_FOR_S):
            self.end()
        if self.session is not None and self.stale:
            yield from _alone(make, raise_plain)
            return
        if self.session is None:
            self.session = make()  # type: ignore[assignment]
            self.stale, self.began = False, monotonic()
        session = self.session
        assert session is not None
        self.users += 1
        try:
            yield session
        except DBAPIError as exc:
            self.stale = True  # a failed statement: the next read begins afresh
            raise_plain(exc)
        finally:
            self.users -= 1

    def end(self) -> None:
        """Its transaction ended, when no `reading` block uses it (else left to them)."""
        if self.users:
            return
        session, self.session = self.session, None
        if session is not None:
            session.close()


def end_idle() -> None:
    """This thread's shared reads, of every database, ended where no read is using them: a
    dialog about to wait on the clerk (the crash dialog, raised from a slot within a
    `one_read`) leaves no transaction open behind it (a server's snapshot held, SQLite's log
    kept from its checkpoint), and nothing read after it is of the moment before it."""
    for shared in list(_EVERY):
        shared.end()


def _alone(
    make: Callable[[], AbstractContextManager[Session]],
    raise_plain: Callable[[DBAPIError], NoReturn],
) -> Iterator[Session]:
    try:
        with make() as session:
            yield session
    except DBAPIError as exc:
        raise_plain(exc)
