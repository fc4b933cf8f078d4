"""The open database a session of ClerkDesk works on, and its transactions."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, NoReturn

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ...core.dates import utc_now
from ...core.errors import ClerkDeskError
from ...paths import Paths, private_dir, private_file
from ...store import schema
from ...store.backup import pre_migration_backup
from ...store.engine import make_engine, reader, writer
from ...store.errors import plain_error
from .changes import Changes, taken, track
from .shared_read import SharedRead


def os_user() -> str:
    """The operating system's account running the program, as the system knows it: never an
    environment variable (`USER=mayor` must not make the mayor the actor of an event)."""
    try:
        if os.name == "nt":
            return _windows_user()
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except Exception:  # noqa: BLE001  (an account without a name in the system's tables)
        return "unknown"


def _windows_user() -> str:
    """The Windows account's name (GetUserNameW), which USERNAME only echoes."""
    import ctypes
    from ctypes import wintypes

    size = wintypes.DWORD(257)
    buffer = ctypes.create_unicode_buffer(size.value)
    if not ctypes.windll.advapi32.GetUserNameW(buffer, ctypes.byref(size)):  # type: ignore[attr-defined]
        raise OSError("GetUserNameW failed")
    return buffer.value


def clock_setting() -> str | None:
    """`CLERKDESK_NOW=…` when the environment sets the clock, else None: every event written
    then says so, and `check` lists them."""
    text = os.environ.get("CLERKDESK_NOW", "").strip()
    return f"CLERKDESK_NOW={text}" if text else None


def environment_clock() -> Callable[[], datetime]:
    """The system clock, or the fixed moment `CLERKDESK_NOW` names (with its offset, e.g.
    `2026-11-20T15:00-06:00`): acceptance scripts and tests run the program on a known day."""
    text = os.environ.get("CLERKDESK_NOW", "").strip()
    if not text:
        return utc_now
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise ClerkDeskError(
            f"CLERKDESK_NOW={text!r} is not a moment with an offset (use YYYY-MM-DDTHH:MM+HH:MM)"
        )
    fixed = moment.astimezone(UTC)
    return lambda: fixed


class Database:
    """An engine with ClerkDesk's habits: reads in plain transactions, writes that take the lock
    at once, the OS user as the actor of every audit event, and an injectable clock."""

    def __init__(
        self,
        paths: Paths,
        *,
        actor: str | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.paths = paths
        self.actor = actor or os_user()
        # The machine's clock (or the fixed one a test or CLERKDESK_NOW gives); `clock()` is
        # the register's, which never runs back past its latest event.
        self.machine_clock = clock or environment_clock()
        self.clock_set = clock_setting() if clock is None else None
        self._latest: datetime | None = None
        self._latest_read = False
        self.engine: Engine = make_engine(paths.database_url)
        self._read = sessionmaker(reader(self.engine), expire_on_commit=False)
        self._write = sessionmaker(writer(self.engine), expire_on_commit=False)
        track(self._write)
        # Called with what each committed write changed (the window reloads its pages).
        self.listeners: list[Callable[[Changes], None]] = []
        # How many write transactions this program ended: what it read and kept before one
        # (`kept`) is read again after it.
        self.generation = 0
        # What the services keep between reads, by name (each closed with the database).
        self.kept: dict[str, Any] = {}
        self._shared = SharedRead()  # this thread's `one_read`, if it is in one

    @classmethod
    def open(cls, paths: Paths, *, create: bool = False, **kwargs: object) -> Database:
        """Open (and, with `create`, make) the database, migrating it after a backup."""
        file = paths.database_file
        if file is not None and not file.exists():
            if not create:
                raise ClerkDeskError(
                    f"no database at {file}; create one with `clerkdesk init --city NAME`"
                )
            private_dir(file.parent)
        if file is not None:
            # SQLite gives its -wal and -shm files the database file's mode.
            private_file(file)
        db = cls(paths, **kwargs)  # type: ignore[arg-type]
        try:
            db.migrate()
        except DBAPIError as exc:
            db.close()
            db._raise_plain(exc)
        except BaseException:
            db.close()
            raise
        return db

    def clock(self) -> datetime:
        """Now, for the register: the machine's clock, but never earlier than the latest event
        in its log. A clock set back (the machine's, or CLERKDESK_NOW) cannot lift a records
        hold, reopen a deadline, or date an event before the one it follows."""
        now = self.machine_clock()
        latest = self.latest_event()
        return latest if latest is not None and latest > now else now

    def latest_event(self) -> datetime | None:
        """When the log's latest event was written (read once, then kept as events are)."""
        if not self._latest_read:
            from ...store.models.audit import AuditEvent

            try:
                with self._read() as session:
                    latest = session.execute(
                        select(AuditEvent.at).order_by(AuditEvent.seq.desc()).limit(1)
                    ).scalar_one_or_none()
            except DBAPIError:  # not readable now (not yet made, or the server away): next time
                return self._latest
            if latest is not None:
                self.saw_event(latest)
            self._latest_read = True
        return self._latest

    def saw_event(self, at: datetime) -> None:
        """An event written at `at` (by this program or, read in the log, by another)."""
        if self._latest is None or at > self._latest:
            self._latest = at
        self._latest_read = True

    def migrate(self) -> None:
        file = self.paths.database_file

        def backup(revision: str) -> None:
            if file is not None:
                pre_migration_backup(file, self.paths.backups, revision)

        schema.upgrade(self.engine, backup)

    def close(self) -> None:
        for kept in self.kept.values():
            if hasattr(kept, "close"):
                kept.close()
        self.kept.clear()
        self.engine.dispose()

    @contextmanager
    def reading(self, alone: bool = False) -> Iterator[Session]:
        """A read transaction; within `one_read` on this thread, the block's shared one, unless
        `alone`: a read whose first statement must be its own (what is due reads the key of
        the facts it keeps before it, and must read nothing older)."""
        if self._shared.depth and not alone:
            yield from self._shared.read(self._read, self._raise_plain)
            return
        try:
            with self._read() as session:
                yield session
        except DBAPIError as exc:
            self._raise_plain(exc)

    @contextmanager
    def one_read(self) -> Iterator[None]:
        """The reads this thread begins within the block are one transaction: one moment, and
        a row read twice (the city, by each part of a page) read once. On a server that is one
        BEGIN and ROLLBACK for a page shown, not one for each of its reads. A write within the
        block ends it for the reads after, which see what was written; a block within another
        (a refresh while a dialog is open) begins afresh and ends its own."""
        shared = self._shared
        shared.end()  # within another: afresh (not while a read of the outer one is open)
        shared.depth += 1
        try:
            yield
        finally:
            shared.depth -= 1
            shared.end()  # nor left to the outer one, or open under a dialog it opens next

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One write transaction: committed whole when the block ends, rolled back whole on
        any error."""
        try:
            with self._write() as session:
                try:
                    with session.begin():
                        yield session
                finally:
                    self.generation += 1  # committed or not: what was kept is read again
                changes = taken(session)
        except DBAPIError as exc:
            self._raise_plain(exc)
        finally:
            self._shared.stale = True  # a `one_read` the write fell in reads afresh after it
        if changes:
            for listener in list(self.listeners):
                listener(changes)

    @property
    def where(self) -> str:
        """The database as messages name it: its file, or its URL without the password."""
        file = self.paths.database_file
        return str(file) if file is not None else self.engine.url.render_as_string()

    def _raise_plain(self, exc: DBAPIError) -> NoReturn:
        """Raise the error the user can act on that `exc` is, or `exc` itself: a fault in the
        program, which the command line and the window log with its traceback."""
        plain = plain_error(exc, self.where)
        if plain is None:
            raise exc
        raise plain from exc
