import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from clerkdesk.core.errors import SchemaError
from clerkdesk.paths import resolve_paths
from clerkdesk.services.database import Database
from clerkdesk.store import schema
from clerkdesk.store.engine import make_engine
from clerkdesk.store.models import Base


def test_revision_list_matches_the_migration_scripts() -> None:
    config = Config()
    config.set_main_option("script_location", str(schema.migrations_dir()))
    script = ScriptDirectory.from_config(config)
    walked = [rev.revision for rev in script.walk_revisions()][::-1]
    assert tuple(walked) == schema.REVISIONS
    assert script.get_current_head() == schema.HEAD


def test_upgrade_from_empty_creates_every_table(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'a.db'}")
    assert schema.stored_revision(engine) is None
    schema.upgrade(engine)
    assert schema.stored_revision(engine) == schema.HEAD
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())


def test_upgrade_twice_changes_nothing(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'a.db'}")
    schema.upgrade(engine)
    calls: list[str] = []
    schema.upgrade(engine, backup=calls.append)
    assert calls == []
    assert schema.stored_revision(engine) == schema.HEAD


def test_models_match_migrations(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'a.db'}")
    schema.upgrade(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_sqlite_pragmas(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'a.db'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def _set_revision(file: Path, revision: str) -> None:
    with sqlite3.connect(file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))


def test_database_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    paths = resolve_paths(home=str(tmp_path))
    Database.open(paths, create=True).close()
    assert paths.database_file is not None
    _set_revision(paths.database_file, "9999")
    with pytest.raises(SchemaError, match="newer ClerkDesk"):
        Database.open(paths)


def test_a_backup_is_taken_before_migrating_a_database_that_is_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clerkdesk.services.city import init_city

    paths = resolve_paths(home=str(tmp_path))
    db = Database.open(paths, create=True)
    init_city(db, "Stoughton")
    db.close()
    # A program one revision ahead of this file: opening it must copy the file first.
    monkeypatch.setattr(schema, "REVISIONS", (*schema.REVISIONS, "9000"))
    monkeypatch.setattr(schema, "HEAD", "9000")
    Database.open(paths).close()
    [copy] = paths.backups.glob("clerkdesk-before-upgrade-from-0001-*.db")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT name FROM city").fetchone() == ("Stoughton",)


def test_an_empty_database_needs_no_backup(tmp_path: Path) -> None:
    paths = resolve_paths(home=str(tmp_path))
    Database.open(paths, create=True).close()
    assert not paths.backups.exists()


def test_missing_database_is_a_plain_error(tmp_path: Path) -> None:
    from clerkdesk.core.errors import ClerkDeskError

    with pytest.raises(ClerkDeskError, match="no database at"):
        Database.open(resolve_paths(home=str(tmp_path)))
    assert not (tmp_path / "clerkdesk.db").exists()
