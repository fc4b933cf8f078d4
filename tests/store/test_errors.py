"""Database errors sorted by their code, for both drivers: the sorting never reads the text."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from clerkdesk.core.errors import (
    ConflictError,
    DatabaseBusyError,
    DatabaseDamagedError,
    DatabaseFullError,
    DatabaseReadOnlyError,
    DatabaseUnavailableError,
)
from clerkdesk.store.errors import plain_error

WHERE = "postgresql://clerk:***@db.city.local/clerkdesk"


class PsycopgError(Exception):
    """What psycopg raises: its SQLSTATE in `sqlstate` (psycopg2 calls it `pgcode`)."""

    def __init__(self, sqlstate: str | None, text: str = "a message in any language") -> None:
        super().__init__(text)
        self.sqlstate = sqlstate


def sqlite_error(code: int, name: str, text: str = "a message in any language") -> sqlite3.Error:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    error.sqlite_errorname = name  # type: ignore[attr-defined]
    return error


def wrapped(orig: Exception, kind: type[DBAPIError] = OperationalError) -> DBAPIError:
    return kind("SELECT 1", {}, orig)


@pytest.mark.parametrize(
    ("code", "name", "expected"),
    [
        (5, "SQLITE_BUSY", DatabaseBusyError),
        (517, "SQLITE_BUSY_SNAPSHOT", DatabaseBusyError),
        (6, "SQLITE_LOCKED", DatabaseBusyError),
        (13, "SQLITE_FULL", DatabaseFullError),
        (8, "SQLITE_READONLY", DatabaseReadOnlyError),
        (264, "SQLITE_READONLY_RECOVERY", DatabaseReadOnlyError),
        (11, "SQLITE_CORRUPT", DatabaseDamagedError),
        (26, "SQLITE_NOTADB", DatabaseDamagedError),
        (14, "SQLITE_CANTOPEN", DatabaseUnavailableError),
        (10, "SQLITE_IOERR", DatabaseUnavailableError),
        (3850, "SQLITE_IOERR_LOCK", DatabaseUnavailableError),
        (3, "SQLITE_PERM", DatabaseUnavailableError),
        (2067, "SQLITE_CONSTRAINT_UNIQUE", ConflictError),
        (1555, "SQLITE_CONSTRAINT_PRIMARYKEY", ConflictError),
        (787, "SQLITE_CONSTRAINT_FOREIGNKEY", ConflictError),
    ],
)
def test_sqlite_errors_of_the_surroundings_are_the_users(
    code: int, name: str, expected: type
) -> None:
    # The text says "locked" whatever the code, to show it is not read.
    plain = plain_error(wrapped(sqlite_error(code, name, "database is locked")), "clerkdesk.db")
    assert type(plain) is expected


@pytest.mark.parametrize(
    ("code", "name"),
    [
        (1, "SQLITE_ERROR"),  # no such column, a syntax error …
        (1299, "SQLITE_CONSTRAINT_NOTNULL"),
        (275, "SQLITE_CONSTRAINT_CHECK"),
        (20, "SQLITE_MISMATCH"),
        (21, "SQLITE_MISUSE"),
        (25, "SQLITE_RANGE"),
    ],
)
def test_other_sqlite_errors_are_faults_of_the_program(code: int, name: str) -> None:
    assert (
        plain_error(wrapped(sqlite_error(code, name, "database is busy")), "clerkdesk.db") is None
    )


@pytest.mark.parametrize(
    ("sqlstate", "expected"),
    [
        ("55P03", DatabaseBusyError),  # lock_not_available
        ("40P01", DatabaseBusyError),  # deadlock_detected
        ("57014", DatabaseBusyError),  # query_canceled: a lock or statement timeout
        ("53100", DatabaseFullError),
        ("25006", DatabaseReadOnlyError),
        ("08006", DatabaseUnavailableError),  # connection_failure
        ("08001", DatabaseUnavailableError),
        ("57P01", DatabaseUnavailableError),  # admin_shutdown
        ("42501", DatabaseUnavailableError),  # insufficient_privilege
        ("XX001", DatabaseDamagedError),
        ("23505", ConflictError),  # unique_violation
        ("23503", ConflictError),  # foreign_key_violation
    ],
)
def test_postgresql_errors_of_the_surroundings_are_the_users(sqlstate: str, expected: type) -> None:
    plain = plain_error(wrapped(PsycopgError(sqlstate)), WHERE)
    assert type(plain) is expected


@pytest.mark.parametrize(
    "sqlstate",
    ["42703", "42P01", "42601", "23502", "23514", "22P02", None],
    # undefined_column, undefined_table, syntax_error, not_null, check, invalid text, none
)
def test_other_postgresql_errors_are_faults_of_the_program(sqlstate: str | None) -> None:
    assert plain_error(wrapped(PsycopgError(sqlstate, "could not obtain lock")), WHERE) is None


def test_psycopg2s_pgcode_is_read_too() -> None:
    orig = Exception("deadlock detected")
    orig.pgcode = "40P01"  # type: ignore[attr-defined]
    assert isinstance(plain_error(wrapped(orig), WHERE), DatabaseBusyError)


def test_a_lost_connection_is_the_users_whatever_the_driver() -> None:
    lost = OperationalError("SELECT 1", {}, Exception("server closed the connection"))
    lost.connection_invalidated = True
    assert isinstance(plain_error(lost, WHERE), DatabaseUnavailableError)


def test_a_message_names_the_database_and_keeps_the_drivers_words() -> None:
    orig = sqlite_error(2067, "SQLITE_CONSTRAINT_UNIQUE", "UNIQUE constraint failed: dept.name")
    plain = plain_error(wrapped(orig, IntegrityError), "C:/clerk/clerkdesk.db")
    assert plain is not None
    assert plain.message == (
        "the change conflicts with a record already there (UNIQUE constraint failed: dept.name)"
    )
    full = plain_error(wrapped(sqlite_error(13, "SQLITE_FULL")), "C:/clerk/clerkdesk.db")
    assert full is not None and "C:/clerk/clerkdesk.db" in full.message
