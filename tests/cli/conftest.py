import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def clerkdesk(home: Path, database_url: str | None) -> Run:
    """Run the real program in a subprocess, as IT's scripts do (on the test's database)."""

    def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        env = {
            **os.environ,
            **({"CLERKDESK_DB": database_url} if database_url else {}),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONIOENCODING": "utf-8",
            "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.FileKeyring",
            "CLERKDESK_TEST_KEYRING_FILE": str(home.parent / "test-keyring.json"),
            "PYTHONPATH": str(ROOT),
        }
        return subprocess.run(
            [sys.executable, "-m", "clerkdesk", "--home", str(home), *args],
            capture_output=True,
            text=True,
            input=stdin,
            env=env,
            timeout=120,
        )

    return run
