"""A token that changes whenever another connection commits to the database: how a window
learns that another window, workstation or the command line wrote (SQLite's `PRAGMA
data_version`). Databases without such a counter give None, and are not watched (PostgreSQL
can give one from a change counter table later)."""

from __future__ import annotations

from sqlalchemy import Connection

from .engine import is_sqlite


def change_token(connection: Connection) -> object | None:
    """The token as `connection` sees it now. Its value means something only compared with an
    earlier one read on the same connection. Ends the read at once: no snapshot is held."""
    if not is_sqlite(connection.engine):
        return None
    try:
        return connection.exec_driver_sql("PRAGMA data_version").scalar()
    finally:
        connection.rollback()
