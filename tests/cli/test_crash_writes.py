"""Writers killed with SIGKILL at random moments (seeded, bounded in time): after every kill
the database is sound, no write the writer saw committed is lost, the audit chain and its
anchor check out, every exported file has its event, and a credential change cut off is
reported, never lost silently."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from clerkdesk.paths import resolve_paths
from clerkdesk.services import audit, demo, maintenance, people
from clerkdesk.services.database import Database

from .conftest import ROOT

SEED = 20261201
BUDGET_SECONDS = 20.0

# Writes people one by one (saying each once committed), with an export every fifth and a
# password every seventh: the writes that have two halves.
WRITER = """
import sys
from pathlib import Path
from clerkdesk.paths import resolve_paths
from clerkdesk.services.database import Database
from clerkdesk.services import credentials, csv_export, people
from clerkdesk.services.accounts import find_account
from clerkdesk.services.inputs import PersonInput

db = Database.open(resolve_paths(db=sys.argv[3] or None, home=sys.argv[1]))
out = Path(sys.argv[2])
start = sum(1 for p in people.list_people(db) if p.employee_id.startswith("W"))
account = find_account(db, "https://facebook.com/maplefallsfire")
print("ready", flush=True)
for i in range(start, start + 100_000):
    people.create_person(db, PersonInput(f"W{i:06}", f"Writer {i}", "Clerk"))
    print(i, flush=True)
    if i % 5 == 0:
        csv_export.export_csv(db, "people", out / f"people-{i}.csv")
    if i % 7 == 0:
        password = f"Maple-Falls#{i:06}-Rotated"
        credentials.set_credential(db, account.id, credentials.CredentialInput(password=password))
"""


def _writers(db: Database) -> int:
    return sum(1 for p in people.list_people(db) if p.employee_id.startswith("W"))


def test_writers_killed_at_random_lose_nothing_and_leave_a_sound_register(  # type: ignore[no-untyped-def]
    tmp_path: Path, database_url: str | None, monkeypatch, capsys
) -> None:
    import keyring

    from tests.support.keyrings import FileKeyring

    home = tmp_path / "home"
    monkeypatch.setenv("CLERKDESK_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    keyring.set_keyring(FileKeyring())  # the writers' store: the audit key is checked here
    paths = resolve_paths(db=database_url, home=str(home))
    db = Database.open(paths, create=True)
    from datetime import date

    from clerkdesk.services.city import init_city

    init_city(db, "Stoughton", "stoughton", date(2019, 6, 25))
    demo.load_demo(db)
    out = tmp_path / "exports"
    out.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.FileKeyring",
    }
    rng = random.Random(SEED)
    acked = kills = 0
    cut_credentials: set[str] = set()
    deadline = time.monotonic() + BUDGET_SECONDS
    while time.monotonic() < deadline:
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(home), str(out), database_url or ""],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        assert writer.stdout.readline() == "ready\n", writer.stderr.read() if writer.stderr else ""
        time.sleep(rng.uniform(0.0, 0.6))
        os.kill(writer.pid, signal.SIGKILL)
        said, _err = writer.communicate(timeout=60)
        assert writer.returncode == -signal.SIGKILL
        kills += 1
        seen = [int(line) for line in said.split()]
        if seen:
            acked = max(acked, seen[-1] + 1)
        # Nothing the writer saw committed is lost; at most the one in flight was added.
        stored = _writers(db)
        assert acked <= stored <= acked + 1, (acked, stored)
        acked = stored
        report = maintenance.check_report(db)
        unfinished = [p for p in report.problems if p.startswith("credential store:")]
        assert [p for p in report.problems if p not in unfinished] == []
        cut_credentials.update(unfinished)
        # Every export file that can be seen has its event.
        recorded = {e.entity_key for e in audit.list_events(db) if e.action == "export"}
        assert {str(f) for f in out.glob("*.csv")} <= recorded
    db.close()
    with capsys.disabled():
        print(
            f"\ncrash test ({'PostgreSQL' if database_url else 'SQLite'}): {kills} kills, "
            f"{acked} people written, 0 lost, {len(cut_credentials)} cut-off credential change(s) "
            "reported"
        )
    assert kills >= 5 and acked > kills
