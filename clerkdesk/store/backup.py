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


def pg_dump_program() -> str | None:
    """PostgreSQL's pg_dump: on the PATH, or (Windows) where its installer puts it."""
    import shutil

    found = shutil.which("pg_dump")
    if found:
        return found
    import glob
    import os

    if os.name == "nt":
        roots = [os.environ.get("PROGRAMFILES", r"C:\Program Files")]
        candidates = sorted(
            (p for root in roots for p in glob.glob(rf"{root}\PostgreSQL\*\bin\pg_dump.exe")),
            reverse=True,
        )
        return candidates[0] if candidates else None
    return None


def backup_postgres(url: str, target: Path, *, timeout_s: float = 3600) -> Path:
    """Dump a PostgreSQL database to `target` with pg_dump (custom format, so pg_restore can
    bring back all of it or one table). The password never goes on a command line: pg_dump
    reads it from the environment of its own process, or from the user's pgpass file."""
    import os
    import subprocess

    from sqlalchemy.engine import make_url

    program = pg_dump_program()
    if program is None:
        raise ClerkDeskError(
            "backup of a PostgreSQL database needs pg_dump, which is not installed here: "
            "install PostgreSQL's client tools (on Windows, the PostgreSQL installer's "
            '"Command Line Tools"), or back up the server with its own tools'
        )
    parsed = make_url(url)
    target.parent.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    arguments = [program, "--format=custom", "--no-owner", f"--file={target}"]
    if parsed.host:
        arguments.append(f"--host={parsed.host}")
    if parsed.port:
        arguments.append(f"--port={parsed.port}")
    if parsed.username:
        arguments.append(f"--username={parsed.username}")
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    for key, value in parsed.query.items():  # e.g. sslmode=require
        if key in {"sslmode", "sslrootcert", "sslcert", "sslkey", "passfile"}:
            env[f"PG{key.upper()}"] = str(value if isinstance(value, str) else value[0])
    arguments += ["--no-password", "--dbname", parsed.database or "postgres"]
    try:
        done = subprocess.run(
            arguments, env=env, capture_output=True, text=True, timeout=timeout_s, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ClerkDeskError(f"backup failed: pg_dump did not finish ({exc})") from exc
    if done.returncode != 0:
        lines = (done.stderr or "").strip().splitlines()
        said = lines[-1].removeprefix("pg_dump: ").removeprefix("error: ") if lines else ""
        raise ClerkDeskError(f"backup failed: pg_dump said {said or f'exit {done.returncode}'}")
    return target
