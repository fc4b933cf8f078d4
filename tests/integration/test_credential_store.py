"""The real program against a real credential store: gnome-keyring's Secret Service when the
suite runs inside scripts/with-keyring (as CI does), else the tests' shared file store. And a
leak test: a known password is found nowhere ClerkDesk writes."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Leak-Canary#7Qz-2026!"
NEW_PASSWORD = "Second-Canary#9Wx-2026!"
REAL = os.environ.get("CLERKDESK_TEST_SECRET_SERVICE") == "1"


@pytest.fixture
def run(tmp_path: Path):  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONPATH": str(ROOT),
    }
    if not REAL:
        env["PYTHON_KEYRING_BACKEND"] = "tests.support.keyrings.FileKeyring"
        env["CLERKDESK_TEST_KEYRING_FILE"] = str(tmp_path / "test-keyring.json")

    def clerkdesk(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "clerkdesk", "--home", str(home), *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    clerkdesk.home = home  # type: ignore[attr-defined]
    return clerkdesk


URL = "https://facebook.com/maplefallswi"


def test_store_reveal_change_and_delete(run) -> None:  # type: ignore[no-untyped-def]
    assert run("demo").returncode == 0
    check = run("check")
    assert check.returncode == 0
    backend = "keyring.backends.SecretService.Keyring" if REAL else "FileKeyring"
    assert backend in check.stdout
    result = run(
        "credential",
        "set",
        "--account",
        URL,
        "--username",
        "social.mayor@maplefallswi.gov",
        stdin=PASSWORD + "\n",
    )
    assert result.returncode == 0, result.stderr
    assert run("credential", "reveal", "--account", URL).stdout == PASSWORD + "\n"
    assert run("credential", "set", "--account", URL, stdin=NEW_PASSWORD).returncode == 0
    assert run("credential", "reveal", "--account", URL).stdout == NEW_PASSWORD + "\n"
    assert run("credential", "delete", "--account", URL).returncode == 0
    gone = run("credential", "reveal", "--account", URL)
    assert gone.returncode == 2
    assert "no password" in gone.stderr


def test_a_weak_password_is_refused_on_the_command_line(run) -> None:  # type: ignore[no-untyped-def]
    assert run("demo").returncode == 0
    result = run("credential", "set", "--account", URL, stdin="password1")
    assert result.returncode == 2
    assert result.stderr.startswith("clerkdesk: error: password: needs at least 12 characters")


def test_the_password_leaks_nowhere(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("demo").returncode == 0
    assert run("credential", "set", "--account", URL, stdin=PASSWORD).returncode == 0
    assert run("credential", "reveal", "--account", URL).returncode == 0
    outputs = tmp_path / "out"
    outputs.mkdir()
    for kind in ("departments", "people", "accounts", "assignments", "audit"):
        assert run("export", kind, "-o", str(outputs / f"{kind}.csv")).returncode == 0
    assert run("backup", "-o", str(outputs / "backup.db")).returncode == 0
    assert (
        run(
            "credential",
            "export-handover",
            "-o",
            str(outputs / "handover.clerkdesk"),
            stdin="a long handover passphrase",
        ).returncode
        == 0
    )
    assert run(
        "print",
        "agreements",
        "--department",
        "Mayor's Office",
        "-o",
        str(outputs / "agreements.pdf"),
    ).returncode in (0, 2)
    # A failing command writes its traceback to the log: make one fail on purpose too.
    run("credential", "set", "--account", "https://x.com/none", stdin=PASSWORD)
    home: Path = run.home  # type: ignore[attr-defined]
    searched = [p for p in [*home.rglob("*"), *outputs.iterdir()] if p.is_file()]
    names = {p.name for p in searched}
    assert {
        "clerkdesk.db",
        "clerkdesk.log",
        "backup.db",
        "handover.clerkdesk",
        "audit.csv",
    } <= names
    needles = [PASSWORD.encode("utf-8"), PASSWORD.encode("utf-16-le")]
    for path in searched:
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"the password is in {path}"
