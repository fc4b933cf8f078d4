"""`backup` on either database: SQLite's online copy of the file, pg_dump's custom-format dump
of a PostgreSQL database; both recorded in the audit log, and a plain refusal without pg_dump."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess

import pytest
from sqlalchemy import select

from clerkdesk.core.errors import ClerkDeskError
from clerkdesk.services.departments.writes import create_department
from clerkdesk.services.integrity import maintenance
from clerkdesk.services.kernel.inputs import DepartmentInput
from clerkdesk.store.models.audit import AuditEvent


def _backup_events(db) -> list[str]:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return list(
            session.scalars(
                select(AuditEvent.entity_key).where(AuditEvent.action == "database.backup")
            )
        )


def test_backup_holds_the_register_and_is_recorded(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    create_department(db, DepartmentInput("Parks and Recreation"))
    target = tmp_path / "out" / "register.backup"
    copy = maintenance.backup(db, target)
    assert copy == target.resolve() and copy.is_file()
    assert not list(copy.parent.glob("*.partial"))
    if db.engine.dialect.name == "sqlite":
        with sqlite3.connect(copy) as conn:
            names = [r[0] for r in conn.execute("SELECT name FROM department")]
        assert names == ["Parks and Recreation"]
    else:
        assert copy.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
        script = subprocess.run(
            ["pg_restore", "--data-only", "--table=department", "-f", "-", str(copy)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "Parks and Recreation" in script
    assert _backup_events(db) == [str(target.resolve())]


def test_a_postgresql_backup_without_pg_dump_says_what_to_install(  # type: ignore[no-untyped-def]
    db, tmp_path, monkeypatch
) -> None:
    if db.engine.dialect.name != "postgresql":
        pytest.skip("pg_dump is for PostgreSQL databases")
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    with pytest.raises(ClerkDeskError, match=r"needs pg_dump.*client tools"):
        maintenance.backup(db, tmp_path / "register.backup")
    assert not (tmp_path / "register.backup").exists()
    assert _backup_events(db) == []


def test_a_failing_pg_dump_leaves_no_file_and_no_event(db, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    if db.engine.dialect.name != "postgresql":
        pytest.skip("pg_dump is for PostgreSQL databases")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-pgpass"))
    with pytest.raises(ClerkDeskError, match="backup failed: pg_dump said"):
        maintenance.backup(db, tmp_path / "register.backup")
    assert not list(tmp_path.glob("register.backup*"))
    assert _backup_events(db) == []
