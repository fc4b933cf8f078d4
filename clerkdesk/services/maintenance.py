"""Backups and the integrity check."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select, text

from ..core.errors import ClerkDeskError
from ..store import schema
from ..store.backup import backup_sqlite
from ..store.models import Credential
from .audit import Change, verify_chain
from .database import Database
from .files import write_recorded
from .records_files import file_problems


def backup(db: Database, target: Path) -> Path:
    """A consistent copy of the database file, taken while others may be using it."""
    file = db.paths.database_file
    if file is None:
        raise ClerkDeskError(
            "backup copies an SQLite file; back up a server database with its own tools "
            "(e.g. pg_dump)"
        )
    target = Path(target).expanduser().resolve()
    if target == file.resolve():
        raise ClerkDeskError("the backup must not overwrite the database itself")
    return write_recorded(
        db,
        target,
        lambda partial: backup_sqlite(file, partial),
        Change(
            "database.backup", "database", str(target), f"Backed up the database to {target}", {}
        ),
    )


def check(db: Database) -> list[str]:
    """Problems with the database: integrity, schema revision, audit chain. Empty when sound."""
    problems: list[str] = []
    with db.reading() as session:
        if db.engine.dialect.name == "sqlite":
            for (line,) in session.execute(text("PRAGMA integrity_check")):
                if line != "ok":
                    problems.append(f"integrity: {line}")
            for row in session.execute(text("PRAGMA foreign_key_check")):
                problems.append(f"integrity: {row[0]} row {row[1]} refers to a missing {row[2]}")
        revision = schema.stored_revision(db.engine)
        if revision != schema.HEAD:
            problems.append(f"schema: revision {revision}, expected {schema.HEAD}")
        problems.extend(verify_chain(session))
        on_file = session.execute(
            select(func.count()).select_from(Credential).where(Credential.password_on_file)
        ).scalar_one()
    problems.extend(file_problems(db))  # the kept letters and screenshots (R16, R17)
    if on_file:
        from .credentials import vault_status

        status = vault_status(db)
        if not status.available:
            problems.append(
                f"credential store: {status.describe()}; {on_file} password(s) "
                "on file cannot be read here"
            )
    return problems
