"""Backups and the integrity check."""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from sqlalchemy import func, select, text

from ...collection import paused
from ...core.errors import ClerkDeskError
from ...paths import Paths, private_dir, private_file
from ...store import schema
from ...store.backup import backup_postgres, backup_sqlite
from ...store.models.credentials import Credential
from ..credentials.intents import unfinished_changes
from ..kernel.database import Database
from ..kernel.files import write_recorded
from ..requests.files import file_problems
from .anchor import Head, current_head, head_of, verify_anchor
from .audit import Change, clock_set_notes, verify_chain
from .kept_by_triggers import kept_problems
from .replay import LogReplay, replay_report, replayed_tables
from .term_replay import names_every_term, term_notes

# The note of the latest backup, in the home folder.
LAST_BACKUP = "last-backup.json"


def backup(db: Database, target: Path) -> Path:
    """A consistent copy of the database, taken while others may be using it: SQLite's online
    backup of the file, or pg_dump's custom-format dump of a PostgreSQL database."""
    target = Path(target).expanduser().resolve()
    file = db.paths.database_file
    if file is not None and target == file.resolve():
        raise ClerkDeskError("the backup must not overwrite the database itself")
    produce: Callable[[Path], object]
    if file is not None:
        produce = partial(backup_sqlite, file)
    elif db.engine.dialect.name == "postgresql":
        url = db.engine.url.render_as_string(hide_password=False)
        produce = partial(backup_postgres, url)
    else:
        raise ClerkDeskError(f"backup: a {db.engine.dialect.name} database cannot be backed up")
    head = current_head(db)
    copy = write_recorded(
        db,
        target,
        produce,
        Change(
            "database.backup",
            "database",
            str(target),
            f"Backed up the database to {target}",
            {"audit_head": [head.count, head.hash]},
        ),
    )
    if file is not None:
        _note_backup(db.paths, file, copy)
    return copy


def _note_backup(paths: Paths, file: Path, copy: Path) -> None:
    """Where the latest backup is, outside the database: a damaged database cannot say."""
    note = paths.home / LAST_BACKUP
    try:
        private_dir(paths.home)
        private_file(note).write_text(
            json.dumps(
                {"database": str(file), "path": str(copy), "at": datetime.now(UTC).isoformat()}
            ),
            encoding="utf-8",
        )
    except OSError:
        pass  # the backup is made; only the note of it is missing


def last_backup_said(paths: Paths) -> str:
    """Where the latest backup is: the one `backup` made last, or the newest copy in the
    backups folder (those made before an upgrade)."""
    found: list[tuple[float, Path]] = []
    try:
        noted = json.loads((paths.home / LAST_BACKUP).read_text(encoding="utf-8"))
        copy = Path(noted["path"])
        if copy.is_file() and noted["database"] == str(paths.database_file):
            found.append((copy.stat().st_mtime, copy))
    except (OSError, ValueError, KeyError, TypeError):
        pass
    if paths.backups.is_dir():
        found += [(p.stat().st_mtime, p) for p in paths.backups.glob("*.db") if p.is_file()]
    if not found:
        return "No backup of it is known here: ask IT for the latest copy of the file."
    when, copy = max(found)
    stamp = datetime.fromtimestamp(when).strftime("%Y-%m-%d %H:%M")
    return f"The latest backup is {copy} ({stamp}): restore it in the file's place."


@dataclass(frozen=True)
class CheckReport:
    problems: list[str]
    notes: list[str]
    head: Head


def check(db: Database) -> list[str]:
    """Problems with the database: integrity, schema revision, audit chain. Empty when sound."""
    return check_report(db).problems


def check_report(db: Database) -> CheckReport:
    """The problems `check` finds, what it cannot vouch for here, and the chain's head."""
    problems: list[str] = []
    notes: list[str] = []
    # The checks that are one statement or a few run on a connection of their own, in a
    # thread: the driver lets go of the interpreter while the database works, so they cost
    # no time beside the log's.
    # The pass makes hundreds of thousands of rows and records, kept to its end and in no
    # cycle: the collector would walk them again and again to free nothing.
    with paused(), ThreadPoolExecutor(1) as pool:
        side = pool.submit(_side_checks, db)
        head, on_file = _register_problems(db, problems, notes, side)
    return _finished(db, problems, notes, head, on_file)


@dataclass(frozen=True)
class _Side:
    file: list[str]  # what SQLite finds in the file itself
    clock_set: list[str]  # notes: events written while the clock was set
    kept: list[str]  # counts and latest approvals kept by triggers that differ
    whole: bool  # the log names every term from its start (`names_every_term`)


def _side_checks(db: Database) -> _Side:
    """What SQLite finds in the file itself (damaged pages or indexes, a missing row referred
    to), the events written with the clock set, what the triggers keep, and whether the log
    names every term."""
    file: list[str] = []
    with db.reading() as session:  # a session of its own: the thread's connection
        if db.engine.dialect.name == "sqlite":
            for (line,) in session.execute(text("PRAGMA integrity_check")):
                if line != "ok":
                    file.append(f"integrity: {line}")
            for row in session.execute(text("PRAGMA foreign_key_check")):
                file.append(f"integrity: {row[0]} row {row[1]} refers to a missing {row[2]}")
        return _Side(
            file, clock_set_notes(session), kept_problems(session), names_every_term(session)
        )


def _register_problems(
    db: Database, problems: list[str], notes: list[str], side: Future[_Side]
) -> tuple[Head, int]:
    """The log's and the tables' problems and notes, with the side checks' in their places;
    the chain's head and how many passwords are on file, read in the same transaction."""
    with db.reading() as session:
        revision = schema.stored_revision(db.engine)
        if revision != schema.HEAD:
            problems.append(f"schema: revision {revision}, expected {schema.HEAD}")
        folded = LogReplay(replayed_tables())  # the tables replayed as the chain is read
        problems.extend(verify_chain(session, folded.feed))
        beside = side.result()
        problems[:0] = beside.file
        notes.extend(beside.clock_set)
        anchored, unkeyed = verify_anchor(session, db)
        problems.extend(anchored)
        notes.extend(unkeyed)
        folded.terms.whole = beside.whole
        replayed, replay_notes = replay_report(session, folded)
        problems.extend(replayed)
        notes.extend(replay_notes)
        notes.extend(term_notes(session, beside.whole))
        problems.extend(unfinished_changes(session))
        problems.extend(beside.kept)
        head = head_of(session)
        on_file = session.execute(
            select(func.count()).select_from(Credential).where(Credential.password_on_file)
        ).scalar_one()
    return head, on_file


def _finished(
    db: Database, problems: list[str], notes: list[str], head: Head, on_file: int
) -> CheckReport:
    """The report with the kept files' problems and the credential store's state added."""
    problems.extend(file_problems(db))  # the kept letters and screenshots (R16, R17)
    if on_file:
        from ..credentials.writes import vault_status

        status = vault_status(db)
        if not status.available:
            problems.append(
                f"credential store: {status.describe()}; {on_file} password(s) "
                "on file cannot be read here"
            )
    return CheckReport(problems, notes, head)
