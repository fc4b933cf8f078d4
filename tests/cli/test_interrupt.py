"""Ctrl+C at random moments of a command: exit status 130 and one line (or the command had
already finished), never a traceback, and the import all there or not at all."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROOT, Run

SEED = 130


@pytest.mark.sqlite_only  # the rows are counted in the SQLite file
def test_ctrl_c_at_random_moments_of_an_import(clerkdesk: Run, home: Path, tmp_path: Path) -> None:
    assert clerkdesk("init", "--city", "Stoughton", "--adopted", "2019-06-25").returncode == 0
    rows = "".join(f"E{i:05},Person {i},Clerk\n" for i in range(20_000))
    people = tmp_path / "people.csv"
    people.write_text("employee_id,name,title\n" + rows)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    rng = random.Random(SEED)
    outcomes = []
    for _ in range(6):
        started = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "clerkdesk",
                "--home",
                str(home),
                "import",
                "people",
                str(people),
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(rng.uniform(0.05, 1.5))
        started.send_signal(signal.SIGINT)
        _out, err = started.communicate(timeout=120)
        assert "Traceback" not in err, err
        with sqlite3.connect(home / "clerkdesk.db") as conn:
            count = conn.execute("SELECT count(*) FROM person").fetchone()[0]
        if started.returncode == 130:
            assert err == "clerkdesk: error: interrupted; nothing half-done was kept\n"
            assert count in (0, 20_000)
        else:
            assert started.returncode == 0, err
            assert count == 20_000
        outcomes.append((started.returncode, count))
    assert 130 in [status for status, _count in outcomes], outcomes
    print(f"\nCtrl+C at random moments: {outcomes}")
