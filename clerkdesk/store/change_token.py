"""A token that changes whenever another connection commits to the database: how a window
learns that another window, workstation or the command line wrote. SQLite counts commits by
other connections (`PRAGMA data_version`); on PostgreSQL the audit log is the counter, since
every write ClerkDesk commits appends its event in the same transaction (the last event's
number, read through the unique index on it). Other databases give None, and are not watched."""

from __future__ import annotations

from sqlalchemy import Connection, text

from .engine import is_sqlite

_LAST_EVENT = text("SELECT max(seq) FROM audit_event")


def watching_connection(connection: Connection) -> Connection:
    """`connection` made fit to read the token often: on PostgreSQL each read is its own
    statement, with no transaction begun and ended around it (two round trips more)."""
    if connection.engine.dialect.name == "postgresql":
        return connection.execution_options(isolation_level="AUTOCOMMIT")
    return connection


def last_event_of(token: object | None) -> int | None:
    """The last event's number, where the token is it (PostgreSQL's); else None."""
    if isinstance(token, tuple) and token[0] == "audit" and isinstance(token[1], int):
        return token[1]
    return None


def change_token(connection: Connection) -> object | None:
    """The token as `connection` sees it now. Its value means something only compared with an
    earlier one read on the same connection. Ends the read at once: no snapshot is held."""
    dialect = connection.engine.dialect.name
    if not is_sqlite(connection.engine) and dialect != "postgresql":
        return None
    try:
        if dialect == "postgresql":
            return ("audit", connection.execute(_LAST_EVENT).scalar())
        return connection.exec_driver_sql("PRAGMA data_version").scalar()
    finally:
        connection.rollback()
