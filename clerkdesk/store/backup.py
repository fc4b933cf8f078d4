"""Consistent copies of a SQLite database, even while another window writes to it."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from ..core.errors import ClerkDeskError
from ..paths import private_dir, private_file


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy `source` to `target` with SQLite's online backup (the WAL included)."""
    if not source.is_file():
        raise ClerkDeskError(f"no database at {source}")
    target = target.expanduser().resolve()
    if target == source.resolve():
        raise ClerkDeskError("the backup must not overwrite the database itself")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = private_file(target.with_name(target.name + ".partial"))
    # A file: URI escapes characters such as # and % that would otherwise cut the path short.
    src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True, timeout=5)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise ClerkDeskError(f"backup failed: {exc}") from exc
    finally:
        src.close()
    partial.replace(target)
    return target


def pre_migration_backup(source: Path, folder: Path, revision: str) -> Path:
    private_dir(folder)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_sqlite(
        source, folder / f"{source.stem}-before-upgrade-from-{revision}-{stamp}.db"
    )
