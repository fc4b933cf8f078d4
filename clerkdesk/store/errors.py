"""Database errors sorted by the driver's error code: those that come from the database's
surroundings (a lock held by another writer, a full disk, a read-only or damaged file, a server
gone away) become a plain `ClerkDeskError`; every other one is a fault in the program.

The text of an error is never matched: SQLite's result codes (https://sqlite.org/rescode.html)
and PostgreSQL's SQLSTATE say what happened in any language and any driver version.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError

from ..core.errors import (
    ClerkDeskError,
    ConflictError,
    DatabaseBusyError,
    DatabaseDamagedError,
    DatabaseFullError,
    DatabaseReadOnlyError,
    DatabaseRefusedError,
    DatabaseUnavailableError,
)

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_PROTOCOL = 15
SQLITE_NOTADB = 26
# The constraint violations a user's change can cause; the others (NOT NULL, CHECK) mean that
# the program let a wrong value through.
SQLITE_CONSTRAINT_FOREIGNKEY = 787
SQLITE_CONSTRAINT_PRIMARYKEY = 1555
SQLITE_CONSTRAINT_UNIQUE = 2067
# A trigger's RAISE(ABORT, ...): a rule added to the database itself refused the write.
SQLITE_CONSTRAINT_TRIGGER = 1811

# PostgreSQL's SQLSTATE codes.
PG_LOCK_NOT_AVAILABLE = "55P03"
PG_DEADLOCK_DETECTED = "40P01"
PG_QUERY_CANCELED = "57014"  # a lock or statement timeout ran out
PG_DISK_FULL = "53100"
PG_READ_ONLY_TRANSACTION = "25006"
PG_INSUFFICIENT_PRIVILEGE = "42501"
PG_UNIQUE_VIOLATION = "23505"
PG_FOREIGN_KEY_VIOLATION = "23503"
PG_CONNECTION_CLASS = "08"  # connection exceptions
PG_AUTHORIZATION_CLASS = "28"  # the role or its password was refused
PG_OPERATOR_INTERVENTION = ("57P01", "57P02", "57P03")  # server shut down or starting
PG_DATA_CORRUPTED = ("XX001", "XX002")
PG_RAISE_EXCEPTION = "P0001"  # a trigger's (or a rule's) RAISE EXCEPTION

BUSY_MESSAGE = (
    "the database is busy: another ClerkDesk window or command is writing to it. "
    "Try again in a moment."
)


def plain_error(exc: DBAPIError, where: str) -> ClerkDeskError | None:
    """The error the user can act on that `exc` is, naming the database `where` is; or None
    when `exc` is a fault in the program, to be raised as it is."""
    if exc.connection_invalidated:
        return _unavailable(exc, where)
    code = getattr(exc.orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return _sqlite(code, exc, where)
    state = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    if isinstance(state, str):
        return _postgresql(state, exc, where)
    if _no_server(exc):
        return _unavailable(exc, where)
    return None


def _no_server(exc: DBAPIError) -> bool:
    """A PostgreSQL driver's OperationalError without a SQLSTATE: no server answered (refused,
    unknown host, timed out), so there is no code to read."""
    module = type(exc.orig).__module__ or ""
    return module.startswith("psycopg") and type(exc.orig).__name__ == "OperationalError"


def _said(exc: DBAPIError) -> str:
    """What the driver said, on one line."""
    return " ".join(str(exc.orig).split())


def _sqlite(code: int, exc: DBAPIError, where: str) -> ClerkDeskError | None:
    primary = code & 0xFF
    if primary in (SQLITE_BUSY, SQLITE_LOCKED, SQLITE_PROTOCOL):
        return DatabaseBusyError(BUSY_MESSAGE)
    if primary == SQLITE_FULL:
        return _full(where)
    if primary == SQLITE_READONLY:
        return _read_only(where)
    if primary == SQLITE_CORRUPT:
        return damaged(where, _said(exc))
    if primary == SQLITE_NOTADB:
        return DatabaseDamagedError(f"{where} is not a ClerkDesk database ({_said(exc)})")
    if primary in (SQLITE_CANTOPEN, SQLITE_IOERR, SQLITE_PERM):
        return _unavailable(exc, where)
    if code in (
        SQLITE_CONSTRAINT_UNIQUE,
        SQLITE_CONSTRAINT_PRIMARYKEY,
        SQLITE_CONSTRAINT_FOREIGNKEY,
    ):
        return _conflict(exc)
    if code == SQLITE_CONSTRAINT_TRIGGER:
        return _refused(exc, where)
    return None


def _postgresql(state: str, exc: DBAPIError, where: str) -> ClerkDeskError | None:
    if state in (PG_LOCK_NOT_AVAILABLE, PG_DEADLOCK_DETECTED, PG_QUERY_CANCELED):
        return DatabaseBusyError(BUSY_MESSAGE)
    if state == PG_DISK_FULL:
        return _full(where)
    if state == PG_READ_ONLY_TRANSACTION:
        return _read_only(where)
    if state in PG_DATA_CORRUPTED:
        return DatabaseDamagedError(
            f"{where} reports damaged data ({_said(exc)}); ask IT to check the server"
        )
    if (
        state.startswith((PG_CONNECTION_CLASS, PG_AUTHORIZATION_CLASS))
        or state in PG_OPERATOR_INTERVENTION
        or state == PG_INSUFFICIENT_PRIVILEGE
    ):
        return _unavailable(exc, where)
    if state in (PG_UNIQUE_VIOLATION, PG_FOREIGN_KEY_VIOLATION):
        return _conflict(exc)
    if state == PG_RAISE_EXCEPTION:
        return _refused(exc, where)
    return None


def damaged(where: str, said: str) -> DatabaseDamagedError:
    """The database file at `where` is damaged; `said` is what gave it away."""
    return DatabaseDamagedError(
        f"{where} is damaged ({said}); restore the latest copy from the backups folder"
    )


def _full(where: str) -> DatabaseFullError:
    return DatabaseFullError(
        f"the disk holding {where} is full: free some space and try again (nothing was saved)"
    )


def _read_only(where: str) -> DatabaseReadOnlyError:
    return DatabaseReadOnlyError(
        f"{where} is read-only for this user: the register can be read but not changed "
        "(ask IT to check its permissions); nothing was saved"
    )


def _unavailable(exc: DBAPIError, where: str) -> DatabaseUnavailableError:
    return DatabaseUnavailableError(
        f"{where} could not be used ({_said(exc)}); check that it is there and that this user "
        "may open it, then try again"
    )


def _refused(exc: DBAPIError, where: str) -> DatabaseRefusedError:
    # PostgreSQL adds where in the trigger's function it was raised: only the reason is said.
    diag = getattr(exc.orig, "diag", None)
    primary = getattr(diag, "message_primary", None)
    said = " ".join(primary.split()) if isinstance(primary, str) else _said(exc)
    return DatabaseRefusedError(
        f"{where} refused the change ({said}): a rule set in the database itself stopped it "
        "(ask IT); nothing was saved"
    )


def _conflict(exc: DBAPIError) -> ConflictError:
    return ConflictError(f"the change conflicts with a record already there ({_said(exc)})")
