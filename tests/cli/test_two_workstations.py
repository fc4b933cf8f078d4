"""Two workstations on one database, each with its own home folder, running the real program
at the same time: imports, a separation, a review recorded while the other prints a worksheet.
Nothing is lost, the audit chain stays whole, and each sees the other's changes."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.cli.conftest import ROOT

Proc = subprocess.Popen[str]


class Workstation:
    def __init__(self, name: str, tmp_path: Path, db: str) -> None:
        self.home = tmp_path / name
        self.db = db
        self.env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONIOENCODING": "utf-8",
            "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.FileKeyring",
            "CLERKDESK_TEST_KEYRING_FILE": str(tmp_path / f"{name}-keyring.json"),
            "PYTHONPATH": str(ROOT),
        }
        self.env.pop("CLERKDESK_DB", None)

    def start(self, *args: str) -> Proc:
        return subprocess.Popen(
            [sys.executable, "-m", "clerkdesk", "--home", str(self.home), "--db", self.db, *args],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def run(self, *args: str) -> str:
        return finish(self.start(*args))


def finish(proc: Proc) -> str:
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, f"{proc.args}: {err}"
    return out


def together(*procs: Proc) -> list[str]:
    """Let the programs run at the same time, then collect what each printed."""
    return [finish(p) for p in procs]


@pytest.fixture
def shared(tmp_path: Path, database_url: str | None) -> tuple[Workstation, Workstation]:
    if database_url is None:  # an SQLite file on a share both workstations reach
        (tmp_path / "share").mkdir()
    db = database_url or str(tmp_path / "share" / "clerkdesk.db")
    return Workstation("clerk", tmp_path, db), Workstation("deputy", tmp_path, db)


def _write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_two_workstations_at_once_lose_nothing(shared, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    clerk, deputy = shared
    clerk.run("init", "--city", "Stoughton", "--adopted", "2019-06-25")
    deputy.run("import", "departments", _write(tmp_path / "d.csv", "name\nParks\nLibrary\n"))
    people = ["employee_id,name,title,department,email,kind"]
    people.append("E1,Priya Raman,Director,Parks,praman@ci.stoughton.wi.us,employee")
    people += [
        f"E{n},Person {n},Clerk,{'Parks' if n % 2 else 'Library'},p{n}@ci.stoughton.wi.us,employee"
        for n in range(2, 22)
    ]
    accounts = ["url,platform,department,status"] + [
        f"https://facebook.com/stoughton{n},facebook,{'Parks' if n % 2 else 'Library'},pre-existing"
        for n in range(1, 21)
    ]
    # Both import at once, one people and one accounts.
    together(
        deputy.start("import", "people", _write(tmp_path / "p.csv", "\n".join(people) + "\n")),
        clerk.start("import", "accounts", _write(tmp_path / "a.csv", "\n".join(accounts) + "\n")),
    )
    header = "account_url,employee_id,role,starts_on\n"
    half = [
        "".join(
            f"https://facebook.com/stoughton{n},E{n + 1},authorized-user,2026-01-05\n"
            for n in range(first, first + 10)
        )
        for first in (1, 11)
    ]
    together(
        clerk.start("import", "assignments", _write(tmp_path / "s1.csv", header + half[0])),
        deputy.start("import", "assignments", _write(tmp_path / "s2.csv", header + half[1])),
    )
    # The clerk records a separation while the deputy prints the Parks worksheet (starting its
    # review); then the deputy records that review while the clerk exports.
    together(
        clerk.start("separate", "--person", "E3", "--at", "2026-11-19T16:30"),
        deputy.start("print", "review", "--department", "Parks", "-o", str(tmp_path / "w.pdf")),
    )
    assert (tmp_path / "w.pdf").read_bytes()[:5] == b"%PDF-"
    parks_terms = [
        f"https://facebook.com/stoughton{n}:E{n + 1}" for n in range(1, 21, 2) if n + 1 != 3
    ]
    recorded, exported = together(
        deputy.start(
            "review",
            "record",
            "--department",
            "Parks",
            "--reviewer",
            "E1",
            "--on",
            "2026-11-20",
            "--keep",
            *parks_terms[:-1],
            "--revoke",
            parks_terms[-1],
        ),
        clerk.start("export", "assignments"),
    )
    assert "Parks" in recorded
    # The export saw the terms either before the review or after it, whole, never half of it.
    assert len(exported.splitlines()) == 1 + 20
    # Each sees everything both wrote.
    for station in (clerk, deputy):
        assert len(station.run("export", "people").splitlines()) == 1 + 21
        assert len(station.run("export", "accounts").splitlines()) == 1 + 20
        terms = station.run("export", "assignments").splitlines()[1:]
        assert len(terms) == 20
        ended = sorted(t.split(",")[1] for t in terms if t.split(",")[4])
        assert ended == ["E20", "E3"]  # the separated one, and the one the review removed
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "clerkdesk",
                "--home",
                str(station.home),
                "--db",
                station.db,
                "check",
            ],
            env=station.env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stdout + done.stderr
    events = list(csv.DictReader(io.StringIO(clerk.run("export", "audit"))))
    assert [int(e["seq"]) for e in events] == list(range(1, len(events) + 1))
    counts = Counter(e["action"] for e in events)
    expected = {"city.init": 1, "department.create": 2, "person.create": 21}
    expected |= {"account.create": 20, "assignment.create": 20, "person.separate": 1}
    expected |= {"review.start": 1, "review.print": 1, "review.complete": 1}
    assert {action: counts[action] for action in expected} == expected
