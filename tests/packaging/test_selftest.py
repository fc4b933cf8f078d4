"""`clerkdesk --self-test` as the build runs it on the frozen program: one line per check, exit
0 when all required checks pass, nothing left behind, the user's own files never touched."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from clerkdesk.core.obligations import load_kinds
from clerkdesk.gui.pages.registry import page_entries
from clerkdesk.store.schema import HEAD

ROOT = Path(__file__).resolve().parents[2]

REQUIRED = (
    "ok    modules: ",
    "ok    resources: ",
    f"ok    database: migrations applied (schema {HEAD}), city set up",
    "ok    time zone: America/Chicago known",
    "ok    printing: agreement rendered to PDF (1 page, ",
    "ok    holidays: a request of 2031-11-26 is due 2031-12-11 (Thanksgiving Day skipped)",
    "ok    preview and printing: page drawn and printed to a PDF printer (pypdfium2 ",
    f"ok    window: main window shown with {len(page_entries())} pages and painted, icon drawn "
    "(offscreen, Today page filled)",
)


def run_python(
    tmp_path: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    temp = tmp_path / "temp"
    temp.mkdir(exist_ok=True)
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONPATH": str(ROOT),
        "CLERKDESK_HOME": str(tmp_path / "home"),
        # tempfile's folder, so that the test sees whether the self-test cleans up.
        "TMPDIR": str(temp),
        "TEMP": str(temp),
        "TMP": str(temp),
    }
    environment.pop("CLERKDESK_DB", None)
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, *args],
        env=environment,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_self_test_passes_with_one_line_per_check(tmp_path: Path) -> None:
    result = run_python(tmp_path, "-m", "clerkdesk", "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("ClerkDesk ") and "self-test" in lines[0]
    for start in REQUIRED:
        assert any(line.startswith(start) for line in lines), (start, result.stdout)
    [modules] = [line for line in lines if line.startswith("ok    modules: ")]
    assert modules.endswith(f" modules import, {len(load_kinds())} obligation kinds"), modules
    store = [line for line in lines if " credential store: " in line]
    assert len(store) == 1
    assert store[0].startswith(("ok    credential store: wrote, read and deleted", "info  "))
    assert not [line for line in lines if line.startswith("FAIL")]
    assert lines[-1].startswith("self-test: passed in ")
    # Everything it wrote went into its temporary folder, which is gone.
    assert list((tmp_path / "temp").iterdir()) == []


def test_self_test_never_creates_the_users_database(tmp_path: Path) -> None:
    """With --db it looks at the user's database (only reading it); one that is not there is
    reported, not created."""
    users_db = tmp_path / "users" / "clerkdesk.db"
    result = run_python(
        tmp_path,
        "-m",
        "clerkdesk",
        "--db",
        str(users_db),
        "--self-test",
        env={"CLERKDESK_DB": str(users_db)},
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"FAIL  your database: no database at {users_db}" in result.stdout
    assert "self-test: FAILED (your database)" in result.stdout
    assert not users_db.exists()
    assert not (tmp_path / "home" / "clerkdesk.db").exists()
    assert not (tmp_path / "home").exists()  # not even a log


DRIVER = """
import sys
import clerkdesk.selftest as selftest
from clerkdesk.paths import resolve_paths

def broken(work):
    raise RuntimeError("no fonts today")

selftest.check_printing = broken
sys.exit(selftest.run(resolve_paths()))
"""


def test_a_failing_check_is_reported_and_exits_1(tmp_path: Path) -> None:
    result = run_python(tmp_path, "-c", DRIVER)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert "FAIL  printing: RuntimeError: no fonts today" in lines
    assert any(line.startswith("ok    window: ") for line in lines)  # the others still ran
    assert lines[-1].startswith("self-test: FAILED (printing)")
    assert "Traceback" in result.stderr
    assert list((tmp_path / "temp").iterdir()) == []


@pytest.mark.parametrize("backend", ["keyring.backends.fail.Keyring"])
def test_no_credential_store_is_a_note_not_a_failure(tmp_path: Path, backend: str) -> None:
    result = run_python(
        tmp_path, "-m", "clerkdesk", "--self-test", env={"PYTHON_KEYRING_BACKEND": backend}
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "info  credential store: not available (keyring chose " + backend in result.stdout
