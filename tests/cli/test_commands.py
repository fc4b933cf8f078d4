import json
import sqlite3
from pathlib import Path

import pytest

ERROR = "clerkdesk: error: "


def one_error_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith(ERROR)
    return lines[0]


@pytest.mark.sqlite_only
def test_a_command_on_a_missing_database_fails_plainly_and_creates_nothing(clerkdesk, home) -> None:  # type: ignore[no-untyped-def]
    result = clerkdesk("obligations")
    assert result.returncode == 2
    assert "no database at" in one_error_line(result.stderr)
    assert not (home / "clerkdesk.db").exists()


def test_init_then_obligations_as_json(clerkdesk, home, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = clerkdesk("init", "--city", "Stoughton", "--adopted", "2019-06-25")
    assert result.returncode == 0, result.stderr
    assert "2019-08-09" in result.stdout
    (tmp_path / "d.csv").write_text("name\nParks\n")
    (tmp_path / "a.csv").write_text(
        "url,platform,department,status\n"
        "https://facebook.com/stoughtonparks,facebook,Parks,pre-existing\n"
    )
    assert clerkdesk("import", "departments", str(tmp_path / "d.csv")).returncode == 0
    assert clerkdesk("import", "accounts", str(tmp_path / "a.csv")).returncode == 0
    result = clerkdesk("obligations", "--as-of", "2019-08-09", "--json")
    assert result.returncode == 0
    items = json.loads(result.stdout)
    # A year after the city began to use ClerkDesk, its public list of accounts (R20).
    assert [(o["kind"], o["due"]) for o in items if o["account"] is None] == [
        ("public-list", "2027-11-20")
    ]
    assert [o for o in items if o["kind"] != "public-list"] == [
        {
            "kind": "grandfather-approval",
            "rule": "R5",
            "basis": "policy",
            "state": "due-soon",
            "due": "2019-08-09",
            # the last second of that day in Stoughton (CDT), in UTC
            "due_utc": "2019-08-10T04:59:59Z",
            "account": "https://facebook.com/stoughtonparks",
            "person": None,
            "employee_id": None,
            "department": "Parks",
            "text": "Approve or discontinue by 2019-08-09",
        }
    ]
    late = json.loads(clerkdesk("obligations", "--as-of", "2019-08-10T00:00", "--json").stdout)
    assert late[0]["state"] == "overdue"
    table = clerkdesk("obligations", "--as-of", "2019-08-10").stdout
    assert table.splitlines()[0].split() == [
        "Due",
        "State",
        "Rule",
        "What",
        "Account",
        "/",
        "person",
        "Department",
    ]
    assert "OVERDUE" in table


def test_init_with_a_profile_that_needs_a_date(clerkdesk, home) -> None:  # type: ignore[no-untyped-def]
    result = clerkdesk("init", "--city", "Madison", "--profile", "madison")
    assert result.returncode == 2
    assert "--adopted" in one_error_line(result.stderr)
    assert not (home / "clerkdesk.db").exists()
    assert (
        clerkdesk(
            "init", "--city", "Madison", "--profile", "madison", "--adopted", "3/1/2024"
        ).returncode
        == 0
    )


def test_bad_arguments_give_one_line_and_status_2(clerkdesk) -> None:  # type: ignore[no-untyped-def]
    for args in (
        ("frobnicate",),
        ("init",),
        ("import", "gizmos", "x.csv"),
        ("init", "--city", "X", "--adopted", "2019-13-01"),
    ):
        result = clerkdesk(*args)
        assert result.returncode == 2, args
        one_error_line(result.stderr)


def test_import_problems_are_listed_and_nothing_is_written(clerkdesk, home, tmp_path) -> None:  # type: ignore[no-untyped-def]
    clerkdesk("init", "--city", "Stoughton")
    bad = tmp_path / "people.csv"
    bad.write_text("employee_id,name,kind\nE1,Ann,employee\nE2,,wizard\n")
    result = clerkdesk("import", "people", str(bad))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines[:2] == [
        "people.csv:3: name: required",
        "people.csv:3: kind: must be one of: employee, contractor, vendor, agent, elected",
    ]
    assert lines[-1].startswith(ERROR)
    assert clerkdesk("export", "people").stdout.strip() == (
        "employee_id,name,title,department,email,phone,kind,separated_on,division"
    )


@pytest.mark.sqlite_only  # a server database is backed up with pg_dump
def test_demo_export_backup_and_check(clerkdesk, home, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = clerkdesk("demo")
    assert result.returncode == 0, result.stderr
    out = tmp_path / "accounts.csv"
    assert clerkdesk("export", "accounts", "-o", str(out)).returncode == 0
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 13
    assert clerkdesk("export", "audit").stdout.startswith("seq,at,actor,action")
    copy = tmp_path / "copy.db"
    assert clerkdesk("backup", "-o", str(copy)).returncode == 0
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM account").fetchone() == (12,)
    # The audit export lists every event before its own, which it records as it starts: its
    # lines (the header among them) count the events after it.
    events = len(clerkdesk("export", "audit").stdout.splitlines())
    result = clerkdesk("check")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[:2] == [
        "Database is sound: integrity, schema and audit log all check out.",
        "Credential store: available (tests.support.keyrings.FileKeyring)",
    ]
    # The tests set the clock (CLERKDESK_NOW) for every command: each event says so.
    assert len(lines) == 4 and "were written while CLERKDESK_NOW set the clock" in lines[2]
    assert lines[3].startswith(f"audit log head: {events} event(s), last hash ")
    assert clerkdesk("demo").returncode == 2


def test_check_exits_1_on_a_tampered_audit_log(clerkdesk, home: Path, database_url) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine, text

    clerkdesk("demo")
    engine = create_engine(database_url or f"sqlite:///{home / 'clerkdesk.db'}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET actor = 'nobody' WHERE seq = 3"))
    engine.dispose()
    result = clerkdesk("check")
    assert result.returncode == 1
    assert "audit log: event 3 was altered after it was written" in result.stdout


def test_db_option_takes_a_plain_path(clerkdesk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    file = tmp_path / "elsewhere" / "city.db"
    file.parent.mkdir()
    assert clerkdesk("--db", str(file), "init", "--city", "Stoughton").returncode == 0
    assert file.exists()


def test_a_failed_init_never_removes_a_database_it_did_not_create(
    clerkdesk, home, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.paths import resolve_paths
    from clerkdesk.services.kernel.database import Database

    Database.open(resolve_paths(home=str(home)), create=True).close()  # as a first start does
    (home / "marker").write_text("kept")
    result = clerkdesk("init", "--city", "Madison", "--profile", "madison")
    assert result.returncode == 2
    assert (home / "clerkdesk.db").exists()


def test_the_clock_can_be_fixed_for_scripts_and_a_bad_moment_is_refused(  # type: ignore[no-untyped-def]
    clerkdesk, monkeypatch, tmp_path
) -> None:
    # The register is written on 2019-08-01; its clock then only moves forward (it never
    # runs back past its latest event).
    monkeypatch.setenv("CLERKDESK_NOW", "2019-08-01T09:00-05:00")
    assert clerkdesk("init", "--city", "Stoughton", "--adopted", "2019-06-25").returncode == 0
    (tmp_path / "d.csv").write_text("name\nParks\n")
    (tmp_path / "a.csv").write_text(
        "url,platform,department,status\n"
        "https://facebook.com/stoughtonparks,facebook,Parks,pre-existing\n"
    )
    assert clerkdesk("import", "departments", str(tmp_path / "d.csv")).returncode == 0
    assert clerkdesk("import", "accounts", str(tmp_path / "a.csv")).returncode == 0

    def state_at(now: str) -> str:
        monkeypatch.setenv("CLERKDESK_NOW", now)
        result = clerkdesk("obligations", "--json")
        assert result.returncode == 0, result.stderr
        return str(json.loads(result.stdout)[0]["state"])

    # The deadline is the end of 2019-08-09 in Stoughton (CDT, UTC-5).
    assert state_at("2019-08-09T23:59-05:00") == "due-soon"
    assert state_at("2019-08-10T00:00-05:00") == "overdue"
    monkeypatch.setenv("CLERKDESK_NOW", "2019-08-09T12:00")
    result = clerkdesk("obligations")
    assert result.returncode == 2
    assert "CLERKDESK_NOW" in one_error_line(result.stderr)


@pytest.mark.sqlite_only  # each names its own --db
@pytest.mark.parametrize(
    "url, said",
    [
        ("nosuchdb://x/y", "'nosuchdb' is not a database ClerkDesk can use"),
        ("postgresql+pg8000://clerk@127.0.0.1/city", "pip install 'clerkdesk[postgresql]'"),
        ("postgresql+psycopg://clerk:secret@127.0.0.1:1/city", "could not be used"),
    ],
)
def test_a_database_that_cannot_be_used_is_said_on_one_line(clerkdesk, url, said) -> None:  # type: ignore[no-untyped-def]
    result = clerkdesk("--db", url, "obligations")
    assert result.returncode == 2
    line = one_error_line(result.stderr)
    assert said in line
    assert "secret" not in line  # a password in the URL is never shown
