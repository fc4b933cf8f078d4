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
from clerkdesk.services.kernel.database import Database
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


@pytest.fixture
def url(paths) -> str:  # type: ignore[no-untyped-def]
    """An empty database: an SQLite file, or an emptied PostgreSQL database."""
    if paths.database_file is not None:
        paths.database_file.parent.mkdir(parents=True, exist_ok=True)
    return str(paths.database_url)


def test_upgrade_from_empty_creates_every_table(url: str) -> None:
    engine = make_engine(url)
    assert schema.stored_revision(engine) is None
    schema.upgrade(engine)
    assert schema.stored_revision(engine) == schema.HEAD
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_upgrade_twice_changes_nothing(url: str) -> None:
    engine = make_engine(url)
    schema.upgrade(engine)
    calls: list[str] = []
    schema.upgrade(engine, backup=calls.append)
    assert calls == []
    assert schema.stored_revision(engine) == schema.HEAD
    engine.dispose()


def test_models_match_migrations(url: str) -> None:
    engine = make_engine(url)
    schema.upgrade(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_sqlite_pragmas(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'a.db'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_database_from_a_newer_program_is_refused(paths) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    db = Database.open(paths, create=True)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.close()
    with pytest.raises(SchemaError, match="newer ClerkDesk"):
        Database.open(paths)


def _database_at(paths, revision: str) -> None:  # type: ignore[no-untyped-def]
    """A database file at an older revision, as an older ClerkDesk left it."""
    from alembic import command

    paths.home.mkdir(parents=True, exist_ok=True)
    engine = make_engine(paths.database_url)
    config = Config()
    config.set_main_option("script_location", str(schema.migrations_dir()))
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        conn.commit()
    engine.dispose()


def test_upgrade_from_0001_backs_up_first_and_keeps_separations(tmp_path: Path) -> None:
    paths = resolve_paths(home=str(tmp_path))
    _database_at(paths, "0001")
    with sqlite3.connect(paths.database_file) as conn:
        conn.execute(
            "INSERT INTO city (id, name, profile_key, profile_json, created_at) VALUES "
            "(1, 'Stoughton', 'stoughton', '{\"timezone\": \"America/Chicago\"}', "
            "'2026-01-01 00:00:00')"
        )
        conn.execute(
            "INSERT INTO person (employee_id, name, kind, separated_on) VALUES "
            "('E1', 'Ann Lee', 'employee', '2026-11-02'), ('E2', 'Bo Park', 'employee', NULL)"
        )
        conn.execute("INSERT INTO department (name, head_person_id) VALUES ('Parks', 2)")
    Database.open(paths).close()
    [copy] = paths.backups.glob("clerkdesk-before-upgrade-from-0001-*.db")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT count(*) FROM person").fetchone() == (2,)
    with sqlite3.connect(paths.database_file) as conn:
        rows = conn.execute("SELECT employee_id, separated_at FROM person ORDER BY 1").fetchall()
    # The start of 2 November 2026 in Stoughton (CST, after the change) is 06:00 UTC.
    assert rows == [("E1", "2026-11-02 06:00:00.000000"), ("E2", None)]
    # Rebuilding the person table must not cut the references to it.
    with sqlite3.connect(paths.database_file) as conn:
        assert conn.execute("SELECT name, head_person_id FROM department").fetchall() == [
            ("Parks", 2)
        ]


def test_an_empty_database_needs_no_backup(tmp_path: Path) -> None:
    paths = resolve_paths(home=str(tmp_path))
    Database.open(paths, create=True).close()
    assert not paths.backups.exists()


def test_missing_database_is_a_plain_error(tmp_path: Path) -> None:
    from clerkdesk.core.errors import ClerkDeskError

    with pytest.raises(ClerkDeskError, match="no database at"):
        Database.open(resolve_paths(home=str(tmp_path)))
    assert not (tmp_path / "clerkdesk.db").exists()


def test_a_file_that_is_not_a_database_is_a_plain_error(tmp_path: Path) -> None:
    from clerkdesk.core.errors import ClerkDeskError

    file = tmp_path / "notes.db"
    file.write_text("minutes of the council meeting, not a database" * 20)
    with pytest.raises(ClerkDeskError, match="is not a ClerkDesk database"):
        Database.open(resolve_paths(db=str(file), home=str(tmp_path)))


def test_upgrade_from_0004_says_why_each_ended_term_ended(tmp_path: Path) -> None:
    """The rules read an ended term's cause, not the reason typed beside it."""
    paths = resolve_paths(home=str(tmp_path))
    _database_at(paths, "0004")
    with sqlite3.connect(paths.database_file) as conn:
        conn.execute("INSERT INTO department (id, name) VALUES (1, 'Parks')")
        conn.execute(
            "INSERT INTO person (id, employee_id, name, kind) VALUES (1, 'E1', 'A', 'employee')"
        )
        conn.execute(
            "INSERT INTO account (id, url, platform, department_id, status, created_at, updated_at)"
            " VALUES (1, 'https://x.com/p', 'x', 1, 'approved', '2026-01-01', '2026-01-01')"
        )
        for term_id, ends, reason in (
            (1, "2026-02-01", "separated"),
            (2, "2026-03-01", "removed in access review 3"),
            (3, "2026-04-01", "succeeded by B"),
            (4, "2026-05-01", "moved to another job; separated from the team"),
            (5, None, None),
        ):
            conn.execute(
                "INSERT INTO assignment (id, account_id, person_id, role, starts_at, ends_at, "
                "end_reason) VALUES (?, 1, 1, 'authorized-user', '2026-01-01', ?, ?)",
                (term_id, ends, reason),
            )
    Database.open(paths).close()
    with sqlite3.connect(paths.database_file) as conn:
        causes = conn.execute("SELECT id, end_cause FROM assignment ORDER BY id").fetchall()
    assert causes == [
        (1, "separation"),
        (2, "review"),
        (3, "succession"),
        (4, "ended"),
        (5, None),
    ]


@pytest.mark.parametrize(("reached", "set_back"), [("0006", "0005"), ("0009", "0008")])
def test_a_revision_set_back_below_the_columns_it_has_is_refused_untouched(
    tmp_path: Path, reached: str, set_back: str
) -> None:
    """Revisions 0006 and 0009 add only columns: set back below them, the database is refused
    before any backup or upgrade, the file as it was."""
    paths = resolve_paths(home=str(tmp_path))
    _database_at(paths, reached)
    with sqlite3.connect(paths.database_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (set_back,))
    before = paths.database_file.read_bytes()
    with pytest.raises(SchemaError) as refused:
        Database.open(paths)
    assert str(refused.value) == (
        f"the database says revision {set_back} but has the tables of {reached}: "
        "restore the latest backup"
    )
    assert paths.database_file.read_bytes() == before
    assert not paths.backups.exists() or not any(paths.backups.iterdir())
