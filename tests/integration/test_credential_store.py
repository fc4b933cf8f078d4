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

    def python(code: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", code],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    clerkdesk.home = home  # type: ignore[attr-defined]
    clerkdesk.python = python  # type: ignore[attr-defined]
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
    (tmp_path / "terms.csv").write_text(
        f"account_url,employee_id,role,starts_on\n{URL},E1000,custodian,2026-01-05\n",
        encoding="utf-8",
    )
    assert run("import", "assignments", str(tmp_path / "terms.csv")).returncode == 0
    for args in (
        ("print", "agreements", "--department", "Mayor's Office"),
        ("print", "agreement", "--account", URL, "--person", "E1000"),
        ("print", "review", "--department", "Mayor's Office"),
    ):
        out = str(outputs / f"{args[1]}.pdf")
        printed = run(*args, "-o", out)
        assert printed.returncode == 0, printed.stderr
    # A bug while a password is in hand is logged with its traceback: the log must still
    # not hold the password.
    crash = (
        "import clerkdesk.services.credentials.writes as c\n"
        "def broken(db, account_id, data):\n"
        "    raise RuntimeError(f'could not store {data!r}')\n"
        "c.set_credential = broken\n"
        "from clerkdesk.cli import main\n"
        f"raise SystemExit(main(['--home', {str(run.home)!r}, 'credential', 'set', "  # type: ignore[attr-defined]
        f"'--account', {URL!r}]))\n"
    )
    crashed = run.python(crash, stdin=PASSWORD)  # type: ignore[attr-defined]
    assert crashed.returncode == 2 and "internal error" in crashed.stderr
    home: Path = run.home  # type: ignore[attr-defined]
    searched = [p for p in [*home.rglob("*"), *outputs.iterdir()] if p.is_file()]
    names = {p.name for p in searched}
    assert {
        "clerkdesk.db",
        "clerkdesk.log",
        "backup.db",
        "handover.clerkdesk",
        "audit.csv",
        "agreements.pdf",
        "agreement.pdf",
        "review.pdf",
    } <= names
    log = (home / "logs" / "clerkdesk.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "password=<hidden>" in log
    needles = [PASSWORD.encode("utf-8"), PASSWORD.encode("utf-16-le")]
    for path in searched:
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"the password is in {path}"
        if path.suffix == ".pdf":  # pages are compressed: read their text
            from pypdf import PdfReader

            text = "".join(page.extract_text() for page in PdfReader(path).pages)
            assert PASSWORD not in text, f"the password is printed in {path}"
