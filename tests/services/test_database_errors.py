"""Database errors are sorted by the driver's error code: what the user can act on becomes a
plain message, a fault in the program stays what it is (and so reaches the log with its
traceback)."""

from __future__ import annotations

import os
import sys

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError

from clerkdesk.core.errors import (
    ClerkDeskError,
    ConflictError,
    DatabaseReadOnlyError,
    DatabaseUnavailableError,
)
from clerkdesk.paths import Paths
from clerkdesk.services.kernel.database import Database


def _insert(db: Database, name: str | None) -> None:
    with db.writing() as session:
        session.execute(text("INSERT INTO department (name) VALUES (:name)"), {"name": name})


def _read(db: Database, statement: str) -> list[object]:
    with db.reading() as session:
        return list(session.execute(text(statement)).scalars())


def test_a_typo_in_a_statement_is_a_bug_not_a_message(db) -> None:  # type: ignore[no-untyped-def]
    # SQLite says "no such column", PostgreSQL 'column "nmae" ... does not exist'.
    with pytest.raises(DBAPIError, match="nmae") as caught, db.writing() as s:
        s.execute(text("UPDATE department SET nmae = 'Parks'"))
    assert not isinstance(caught.value, ClerkDeskError)
    with pytest.raises(DBAPIError, match="departmnet") as read:
        _read(db, "SELECT * FROM departmnet")
    assert not isinstance(read.value, ClerkDeskError)


def test_a_duplicate_is_a_conflict_but_a_missing_value_is_a_bug(db) -> None:  # type: ignore[no-untyped-def]
    _insert(db, "Parks")
    with pytest.raises(ConflictError, match="conflicts with a record already there"):
        _insert(db, "Parks")
    with pytest.raises(IntegrityError, match=r"(?i)not[ -]null") as caught:
        _insert(db, None)
    assert not isinstance(caught.value, ClerkDeskError)


@pytest.mark.sqlite_only
def test_a_read_only_database_is_said_plainly_and_keeps_its_records(db) -> None:  # type: ignore[no-untyped-def]
    _insert(db, "Parks")
    db.engine.dispose()
    file = db.paths.database_file
    assert file is not None
    read_only = Database(
        Paths(db.paths.home, f"sqlite:///file:{file}?mode=ro&uri=true"), clock=db.clock
    )
    try:
        with pytest.raises(DatabaseReadOnlyError, match="read-only") as caught:
            _insert(read_only, "Library")
        assert "Traceback" not in caught.value.message
        assert _read(read_only, "SELECT name FROM department") == ["Parks"]
    finally:
        read_only.close()


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="file permissions bind only non-root"
)
@pytest.mark.sqlite_only
def test_a_file_without_write_permission_is_said_plainly(db) -> None:  # type: ignore[no-untyped-def]
    db.engine.dispose()
    file = db.paths.database_file
    assert file is not None
    for path in file.parent.glob(file.name + "*"):
        path.chmod(0o444)
    try:
        with pytest.raises(DatabaseReadOnlyError, match="read-only"):
            _insert(db, "Library")
    finally:
        for path in file.parent.glob(file.name + "*"):
            path.chmod(0o644)


def test_a_folder_that_cannot_hold_a_database_is_said_plainly(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "taken").write_text("a file where the folder should be")
    paths = Paths(tmp_path, f"sqlite:///{tmp_path / 'taken' / 'clerkdesk.db'}")
    db = Database(paths)
    try:
        with pytest.raises(DatabaseUnavailableError, match="could not be used"):
            _read(db, "SELECT 1")
    finally:
        db.close()
