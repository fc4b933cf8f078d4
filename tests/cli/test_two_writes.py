"""Two writes that can part, parted by a process killed between them: the register always
tells. And what ClerkDesk writes stays the user's own (0700 / 0600), and a damaged file is a
problem `check` finds, with the latest backup."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, Run

URL = "https://facebook.com/maplefallsfire"
SECRET = "Maple-Falls#2026-fire-dept"

# A ClerkDesk process that dies (as kill -9 would kill it) at the moment named.
DIE_AT = """
import os, sys
from pathlib import Path
from clerkdesk.paths import resolve_paths
from clerkdesk.services.kernel.database import Database
from clerkdesk.services.credentials import writes as credentials
from clerkdesk.services.kernel import files
from clerkdesk.services.transfer import csv_export
from clerkdesk.services.accounts.writes import find_account

db = Database.open(resolve_paths(home=sys.argv[1]))
where = sys.argv[2]
if where == "password":
    # The store has the new password; the transaction that records it never commits.
    credentials.record = lambda *a, **k: os._exit(9)
    account = find_account(db, sys.argv[3])
    credentials.set_credential(db, account.id, credentials.CredentialInput(password=sys.argv[4]))
elif where == "export":
    # The export's event has committed; the file is never moved into place.
    Path.replace = lambda *a, **k: os._exit(9)
    csv_export.export_csv(db, "people", Path(sys.argv[3]))
"""


def _die(home: Path, *args: str) -> int:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.FileKeyring",
        "CLERKDESK_TEST_KEYRING_FILE": str(home.parent / "test-keyring.json"),
    }
    done = subprocess.run(
        [sys.executable, "-c", DIE_AT, str(home), *args], env=env, capture_output=True, timeout=120
    )
    return done.returncode


@pytest.mark.sqlite_only  # the dying process opens the home's own database
def test_a_password_stored_and_never_recorded_is_reported_until_recorded(  # type: ignore[no-untyped-def]
    clerkdesk: Run, home: Path
) -> None:
    assert clerkdesk("demo").returncode == 0
    assert _die(home, "password", URL, SECRET) == 9
    keyring_file = (home.parent / "test-keyring.json").read_text()
    assert SECRET in keyring_file  # the store changed; the database did not record it
    result = clerkdesk("check")
    assert result.returncode == 1
    said = [line for line in result.stdout.splitlines() if line.startswith("credential store:")]
    assert len(said) == 1
    assert said[0].startswith(f"credential store: a new password for {URL} was being stored at ")
    assert "but was not recorded; was it changed on the platform?" in said[0]
    # Every command says it on the next start, on standard error.
    listed = clerkdesk("obligations", "--json")
    assert (
        listed.returncode == 0
        and f"clerkdesk: warning: credential store: a new password for {URL}" in listed.stderr
    )
    # No secret, hash of one or part of one in any file of the home: the database, its WAL,
    # the log.
    import hashlib

    digest = hashlib.sha256(SECRET.encode()).hexdigest().encode()
    for path in (p for p in home.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for piece in (SECRET.encode(), SECRET[:8].encode(), SECRET[-8:].encode(), digest):
            assert piece not in data, path
    # Recording the password the platform has settles it.
    assert clerkdesk("credential", "set", "--account", URL, stdin=SECRET + "\n").returncode == 0
    assert clerkdesk("check").returncode == 0


@pytest.mark.sqlite_only
def test_an_export_killed_before_its_file_appears_leaves_its_event_not_a_file(  # type: ignore[no-untyped-def]
    clerkdesk: Run, home: Path, tmp_path: Path
) -> None:
    assert clerkdesk("demo").returncode == 0
    out = tmp_path / "people.csv"
    assert _die(home, "export", str(out)) == 9
    assert not out.exists()  # no file without its event: the event is there, the file is not
    audit = clerkdesk("export", "audit").stdout.splitlines()
    assert any(f"Exported 16 people to {out}" in line for line in audit)
    assert clerkdesk("check").returncode == 0


@pytest.mark.sqlite_only  # the lock is taken on the SQLite file
def test_an_export_to_standard_output_says_busy_before_a_byte(  # type: ignore[no-untyped-def]
    clerkdesk: Run, home: Path
) -> None:
    assert clerkdesk("demo").returncode == 0
    lock = sqlite3.connect(home / "clerkdesk.db", isolation_level=None)
    try:
        lock.execute("BEGIN IMMEDIATE")
        result = clerkdesk("export", "people")
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("clerkdesk: error: the database is busy")
    result = clerkdesk("export", "people")
    assert result.returncode == 0 and result.stdout.startswith("employee_id,")
    assert result.stderr.startswith("The export is recorded in the audit log.")


@pytest.mark.sqlite_only
def test_the_home_and_every_file_are_the_users_alone_under_umask_022(  # type: ignore[no-untyped-def]
    clerkdesk: Run, home: Path, tmp_path: Path
) -> None:
    old = os.umask(0o022)
    try:
        assert clerkdesk("demo").returncode == 0
        assert clerkdesk("credential", "set", "--account", URL, stdin=SECRET).returncode == 0
        backup = tmp_path / "copies" / "copy.db"
        assert clerkdesk("backup", "-o", str(backup)).returncode == 0
        handover = tmp_path / "handover.cdh"
        phrase = "correct horse battery staple\n"
        made = clerkdesk("credential", "export-handover", "-o", str(handover), stdin=phrase)
        assert made.returncode == 0, made.stderr
    finally:
        os.umask(old)

    def mode(path: Path) -> int:
        return stat.S_IMODE(path.stat().st_mode)

    assert mode(home) == 0o700 and mode(home / "logs") == 0o700
    files = [home / "clerkdesk.db", home / "logs" / "clerkdesk.log", backup, handover]
    files += list(home.glob("clerkdesk.db-*"))
    assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}


@pytest.mark.sqlite_only
def test_a_damaged_database_is_a_problem_check_finds_with_the_latest_backup(  # type: ignore[no-untyped-def]
    clerkdesk: Run, home: Path, tmp_path: Path
) -> None:
    assert clerkdesk("demo").returncode == 0
    backup = tmp_path / "nightly.db"
    assert clerkdesk("backup", "-o", str(backup)).returncode == 0
    database = home / "clerkdesk.db"
    with database.open("r+b") as f:
        f.seek(4096 * 3)
        f.write(b"\xff" * 3000)
    result = clerkdesk("check")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{database} is damaged")
    assert lines[1].startswith(f"The latest backup is {backup} (")
    assert "Traceback" not in result.stderr
