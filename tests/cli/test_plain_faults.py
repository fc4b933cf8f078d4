"""The faults the README names, said as it promises and never as an internal error: a damaged
database file, a database whose revision was set back, a write the database itself refuses."""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, make_url, text

from clerkdesk.store import schema

URL = "https://facebook.com/maplefallsfire"
FIRST = "Correct-Horse-Battery-9!"
SECOND = "Staple-Lantern-Orbit-42?"


def _no_fault(result) -> None:  # type: ignore[no-untyped-def]
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr


def _schema_name_not_text(data: bytearray) -> None:
    """A table's name in the schema overwritten with bytes that are not UTF-8."""
    at = data.find(b"tabledepartmentdepartment") + len(b"table")
    data[at : at + 4] = b"\xff\xfe\xfd\xfc"


def _random_bytes(data: bytearray) -> None:
    data[:] = random.Random(27).randbytes(len(data))


def _middle_page(data: bytearray) -> None:
    """The header kept, a page in the middle of the file overwritten."""
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle : middle + page] = random.Random(27).randbytes(page)


@pytest.mark.sqlite_only  # the SQLite file itself is damaged
@pytest.mark.parametrize(
    ("damage", "said"),
    [
        (
            _schema_name_not_text,
            "is damaged (its schema names something that is not text); "
            "restore the latest copy from the backups folder",
        ),
        (_random_bytes, "is not a ClerkDesk database (file is not a database)"),
        (_middle_page, None),
    ],
)
def test_a_damaged_file_is_a_problem_check_finds_with_the_latest_backup(  # type: ignore[no-untyped-def]
    clerkdesk, home: Path, tmp_path: Path, damage, said
) -> None:
    assert clerkdesk("init", "--city", "Stoughton").returncode == 0
    copy = tmp_path / "copy.db"
    assert clerkdesk("backup", "-o", str(copy)).returncode == 0
    file = home / "clerkdesk.db"
    data = bytearray(file.read_bytes())
    damage(data)
    file.write_bytes(data)
    stamp = datetime.fromtimestamp(copy.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    backup_line = f"The latest backup is {copy} ({stamp}): restore it in the file's place."

    result = clerkdesk("check")
    _no_fault(result)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    if said is not None:
        assert lines == [f"{file} {said}", backup_line]
    else:  # where the page lies decides what SQLite says of it
        assert lines[0].startswith(f"{file} ") and "damaged" in result.stdout
        assert lines[-1] == backup_line
    assert result.stderr == "1 problem(s) found\n"

    if said is not None:  # any other command refuses plainly, naming the file
        other = clerkdesk("obligations")
        _no_fault(other)
        assert other.returncode == 2, (other.stdout, other.stderr)
        assert other.stderr == f"clerkdesk: error: {file} {said}\n"


def test_a_revision_set_back_is_refused_and_nothing_touched(  # type: ignore[no-untyped-def]
    clerkdesk, home: Path, database_url
) -> None:
    assert clerkdesk("init", "--city", "Stoughton").returncode == 0
    engine = create_engine(database_url or f"sqlite:///{home / 'clerkdesk.db'}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0003'"))
        tables = sorted(inspect(conn).get_table_names())
    engine.dispose()  # the last connection closed writes the change into the file itself
    file = home / "clerkdesk.db"
    before = file.read_bytes() if database_url is None else None

    result = clerkdesk("check")
    _no_fault(result)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"clerkdesk: error: the database says revision 0003 but has the tables of "
        f"{schema.HEAD}: restore the latest backup\n"
    )
    assert clerkdesk("obligations").stderr == result.stderr

    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0003"
        assert sorted(inspect(conn).get_table_names()) == tables
    engine.dispose()
    if before is not None:
        assert file.read_bytes() == before
    assert not (home / "backups").exists() or not any((home / "backups").iterdir())


_REFUSE = {
    "sqlite": (
        "CREATE TRIGGER frozen BEFORE INSERT ON password_change "
        "BEGIN SELECT RAISE(ABORT, 'records are frozen'); END",
    ),
    "postgresql": (
        "CREATE FUNCTION frozen() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN RAISE EXCEPTION 'records are frozen'; END $$",
        "CREATE TRIGGER frozen BEFORE INSERT ON password_change "
        "FOR EACH ROW EXECUTE FUNCTION frozen()",
    ),
}


def test_a_write_the_database_refuses_is_said_plainly_and_the_store_put_back(  # type: ignore[no-untyped-def]
    clerkdesk, home: Path, database_url
) -> None:
    assert clerkdesk("demo").returncode == 0
    assert clerkdesk("credential", "set", "--account", URL, stdin=FIRST).returncode == 0
    engine = create_engine(database_url or f"sqlite:///{home / 'clerkdesk.db'}")
    with engine.begin() as conn:
        for statement in _REFUSE[engine.dialect.name]:
            conn.exec_driver_sql(statement)
    engine.dispose()
    where = (
        make_url(database_url).render_as_string() if database_url else str(home / "clerkdesk.db")
    )

    result = clerkdesk("credential", "set", "--account", URL, stdin=SECOND)
    _no_fault(result)
    assert result.returncode == 2
    assert result.stderr == (
        f"clerkdesk: error: {where} refused the change (records are frozen): a rule set in the "
        "database itself stopped it (ask IT); nothing was saved\n"
    )
    # The credential store has the password it had, and no change is left half-done.
    assert clerkdesk("credential", "reveal", "--account", URL).stdout == f"{FIRST}\n"
    check = clerkdesk("check")
    assert check.returncode == 0, check.stdout
