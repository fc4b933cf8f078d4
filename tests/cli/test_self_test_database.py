"""`--self-test --db URL`: IT checks that a workstation reaches the city's database and that its
schema is this version's, and nothing is written to it."""

from __future__ import annotations

import pytest

from tests.cli.conftest import Run


def _export(clerkdesk: Run) -> str:
    done = clerkdesk("export", "departments")
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_self_test_reaches_the_database_and_writes_nothing(  # type: ignore[no-untyped-def]
    clerkdesk: Run, home, database_url
) -> None:
    assert clerkdesk("init", "--city", "Stoughton").returncode == 0
    where = database_url or str(home / "clerkdesk.db")
    before = clerkdesk("check")
    done = clerkdesk("--self-test", "--db", where)
    assert done.returncode == 0, done.stdout + done.stderr
    line = next(x for x in done.stdout.splitlines() if "your database:" in x)
    assert line.startswith("ok    your database: ")
    assert "(Stoughton, 0 account(s)); nothing written" in line
    assert "password" not in line  # the URL is shown without a password
    after = clerkdesk("check")
    assert before.stdout == after.stdout  # no event was added: the chain's length is unchanged


@pytest.mark.sqlite_only  # CLERKDESK_DB, set machine-wide, counts as --db
def test_self_test_without_db_does_not_look_at_the_users_database(clerkdesk: Run, home) -> None:  # type: ignore[no-untyped-def]
    done = clerkdesk("--self-test")
    assert "your database" not in done.stdout


@pytest.mark.sqlite_only
def test_self_test_says_when_the_database_is_not_there(clerkdesk: Run, home, tmp_path) -> None:  # type: ignore[no-untyped-def]
    done = clerkdesk("--self-test", "--db", str(tmp_path / "none.db"))
    assert done.returncode == 1
    assert f"FAIL  your database: no database at {tmp_path / 'none.db'}" in done.stdout
    assert not (tmp_path / "none.db").exists()
