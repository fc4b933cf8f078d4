"""The SQLAlchemy engine: SQLite by default (WAL, foreign keys, busy timeout), PostgreSQL for
offices that share one database (the same wait for a lock), or any URL.

Writes go through `writer(engine)`, whose transactions start with `BEGIN IMMEDIATE` on SQLite:
a second writer waits for the lock (up to the busy timeout) instead of failing half-way.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, DisconnectionError, NoSuchModuleError

from ..core.errors import ClerkDeskError
from .errors import damaged

BUSY_TIMEOUT_MS = 5000
# A read that runs longer than this on a shared server is stopped and said busy, rather than
# freezing the window; the longest read ClerkDesk makes (the 10,000-account snapshot) takes a
# fraction of a second.
READ_TIMEOUT_MS = 30000
# A server's connection left unused in the pool this long is asked whether it still answers
# before it is used (the server restarted, a firewall dropped it); one used more recently is
# not, since the question costs a round trip on every transaction. One that has died meanwhile
# fails its transaction with "the database server cannot be reached", and the pool then makes
# a new one for the next.
PING_AFTER_S = 10.0


def make_engine(url: str) -> Engine:
    try:
        return _engine(url)
    except ModuleNotFoundError as exc:
        raise ClerkDeskError(
            f"the database driver for {url.split(':', 1)[0]} is not installed ({exc.name}); "
            "for PostgreSQL install ClerkDesk with it: pip install 'clerkdesk[postgresql]'"
        ) from exc
    except (NoSuchModuleError, ArgumentError) as exc:
        raise ClerkDeskError(
            f"--db: {url.split(':', 1)[0]!r} is not a database ClerkDesk can use "
            "(give a file path, or a URL such as postgresql+psycopg://user@server/clerkdesk)"
        ) from exc


def _engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine)
        return engine
    if url.startswith("postgresql"):
        # A workstation waiting on another's lock gives up after the same time as on SQLite,
        # and says the database is busy (lock_not_available), instead of waiting on. Reads,
        # most of the transactions, have their timeout from the connection: no statement of
        # their own (a round trip each, which a server down the hall makes felt).
        options = f"-c lock_timeout={BUSY_TIMEOUT_MS} -c statement_timeout={READ_TIMEOUT_MS}"
        engine = create_engine(url, connect_args={"options": options})
        _configure_postgresql(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


def writer(engine: Engine) -> Engine:
    """The same engine, marked so that its transactions take the write lock at once."""
    return engine.execution_options(clerkdesk_write=True)


def reader(engine: Engine) -> Engine:
    """The engine reads go through: each read transaction one moment of the register. SQLite's
    is already (its snapshot is taken at the first read and kept to the end); a server's reads
    are REPEATABLE READ, set on the driver's connection and sent with its BEGIN (no round trip
    of its own), where READ COMMITTED would let each statement of a read see its own moment,
    and Today mix a colleague's write half seen."""
    if engine.dialect.name == "postgresql":
        return engine.execution_options(isolation_level="REPEATABLE READ")
    return engine


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def _configure_postgresql(engine: Engine) -> None:
    @event.listens_for(engine, "checkin")
    def on_checkin(_dbapi_connection: Any, record: Any) -> None:
        record.info["clerkdesk_idle_from"] = (time.monotonic(), time.time())

    @event.listens_for(engine, "checkout")
    def on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        idle_from = record.info.get("clerkdesk_idle_from")
        # By either clock: the monotonic one stands still while the computer sleeps.
        if (
            idle_from is None
            or max(time.monotonic() - idle_from[0], time.time() - idle_from[1]) < PING_AFTER_S
        ):
            return  # new, or used a moment ago
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as exc:
            raise DisconnectionError(str(exc)) from exc  # the pool connects afresh

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        # A write may wait its lock_timeout and then run as long as it needs.
        if connection.get_execution_options().get("clerkdesk_write", False):
            connection.exec_driver_sql("SET LOCAL statement_timeout = 0")


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's begin event, not the driver, start transactions.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            if ":memory:" not in str(engine.url):
                # The first statement that reads the file's schema: a damaged one is found here.
                cursor.execute("PRAGMA journal_mode = WAL")
                cursor.execute("PRAGMA synchronous = NORMAL")
        except UnicodeDecodeError as exc:
            # SQLite's message names a part of the schema whose name is not text, which the
            # driver cannot decode: the file's schema is damaged.
            where = str(Path(engine.url.database or ""))
            raise damaged(where, "its schema names something that is not text") from exc
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get("clerkdesk_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
