"""Two writers at once, killed with SIGKILL at random moments (seeded, bounded in time):
after every kill the database is sound, no write a writer saw committed is lost, the audit
chain and its anchor check out, every exported file has its event, and a credential change
cut off is reported, never lost silently."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from clerkdesk.paths import resolve_paths
from clerkdesk.services.demo import city as demo
from clerkdesk.services.integrity import audit, maintenance
from clerkdesk.services.kernel.database import Database
from clerkdesk.services.people import writes as people

from .conftest import ROOT

SEED = 20261201
BUDGET_SECONDS = 20.0

# Writes people one by one (saying each once committed), with an export every fifth and a
# password every seventh: the writes that have two halves. Two run at once, each with its own
# prefix of employee IDs.
WRITER = """
import sys
from pathlib import Path
from clerkdesk.paths import resolve_paths
from clerkdesk.services.kernel.database import Database
from clerkdesk.services.credentials import writes as credentials
from clerkdesk.services.people import writes as people
from clerkdesk.services.transfer import csv_export
from clerkdesk.services.accounts.writes import find_account
from clerkdesk.services.kernel.inputs import PersonInput

db = Database.open(resolve_paths(db=sys.argv[3] or None, home=sys.argv[1]))
out = Path(sys.argv[2])
prefix = sys.argv[4]
start = sum(1 for p in people.list_people(db) if p.employee_id.startswith(prefix))
account = find_account(db, "https://facebook.com/maplefallsfire")
print("ready", flush=True)
for i in range(start, start + 100_000):
    people.create_person(db, PersonInput(f"{prefix}{i:06}", f"Writer {prefix}{i}", "Clerk"))
    print(i, flush=True)
    if i % 5 == 0:
        csv_export.export_csv(db, "people", out / f"people-{prefix}{i}.csv")
    if i % 7 == 0:
        password = f"Maple-Falls#{i:06}-Rotated"
        credentials.set_credential(db, account.id, credentials.CredentialInput(password=password))
"""


WRITERS = ("WA", "WB")


def _written(db: Database) -> dict[str, int]:
    listed = [p.employee_id for p in people.list_people(db)]
    return {w: sum(1 for e in listed if e.startswith(w)) for w in WRITERS}


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

    from clerkdesk.services.city.writes import init_city

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
    acked = dict.fromkeys(WRITERS, 0)
    kills = 0
    cut_credentials: set[str] = set()
    deadline = time.monotonic() + BUDGET_SECONDS
    while time.monotonic() < deadline:
        writers = {
            w: subprocess.Popen(
                [sys.executable, "-c", WRITER, str(home), str(out), database_url or "", w],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                # Unbuffered, so that reading "ready" takes no acknowledgement along with it
                # that communicate() would then not see.
                bufsize=0,
            )
            for w in WRITERS
        }
        for writer in writers.values():
            assert writer.stdout is not None
            ready = writer.stdout.readline()
            assert ready == b"ready\n", writer.stderr.read() if writer.stderr else b""
        # Each is killed at its own random moment, the other still writing.
        for w in rng.sample(WRITERS, len(WRITERS)):
            time.sleep(rng.uniform(0.0, 0.5))
            os.kill(writers[w].pid, signal.SIGKILL)
        for w, writer in writers.items():
            out_bytes, err_bytes = writer.communicate(timeout=60)
            said, err = out_bytes.decode(), err_bytes.decode()
            assert writer.returncode == -signal.SIGKILL, err
            kills += 1
            seen = [int(line) for line in said.split()]
            if seen:
                acked[w] = max(acked[w], seen[-1] + 1)

        # Nothing a writer saw committed is lost; at most the one in flight was added.
        stored = _written(db)
        for w in WRITERS:
            assert acked[w] <= stored[w] <= acked[w] + 1, (w, acked, stored)
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
            f"{sum(acked.values())} people written by {len(WRITERS)} writers at once, 0 lost, "
            f"{len(cut_credentials)} cut-off credential change(s) reported"
        )
    assert kills >= 10 and sum(acked.values()) > kills
