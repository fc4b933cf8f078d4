"""A secret read from standard input, whatever standard input is: a pipe or a file is read; a
terminal (a real console on Windows) is asked; an empty device (/dev/null, Windows' NUL) is a
plain refusal, never a wait for a console nobody is at."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from clerkdesk.cli.console import stdin_is_console

ROOT = Path(__file__).resolve().parents[2]


class Stream:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty

    def fileno(self) -> int:
        return 0


def test_windows_nul_is_a_character_device_but_no_console() -> None:
    # NUL: isatty() is true on Windows, but GetConsoleMode fails on it.
    assert not stdin_is_console(Stream(True), windows=True, console_mode=lambda fd: False)


def test_a_windows_console_is_asked() -> None:
    assert stdin_is_console(Stream(True), windows=True, console_mode=lambda fd: True)


def test_a_redirected_windows_stdin_is_read() -> None:
    asked: list[int] = []
    answer = stdin_is_console(Stream(False), windows=True, console_mode=asked.append)
    assert answer is False and asked == []


@pytest.mark.parametrize("tty", [True, False])
def test_elsewhere_a_terminal_is_what_isatty_says(tty: bool) -> None:
    assert stdin_is_console(Stream(tty), windows=False) is tty


def test_no_stdin_at_all_is_no_console() -> None:
    assert not stdin_is_console(None)


def test_credential_set_from_dev_null_is_refused_at_once(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
        "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.FileKeyring",
        "CLERKDESK_TEST_KEYRING_FILE": str(tmp_path / "test-keyring.json"),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("CLERKDESK_DB", None)
    command = [sys.executable, "-m", "clerkdesk", "--home", str(home)]
    subprocess.run([*command, "demo"], env=env, check=True, timeout=120, capture_output=True)
    with open(os.devnull, "rb") as nothing:
        result = subprocess.run(
            [*command, "credential", "set", "--account", "https://x.com/maplefallswi"],
            stdin=nothing,
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
    assert result.returncode == 2
    assert result.stderr.startswith("clerkdesk: error: ")
    assert "no password" in result.stderr
    assert result.stdout == ""
