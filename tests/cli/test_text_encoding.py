"""Text out is UTF-8 whatever the system's code page: on Windows, Python writes redirected
output in the ANSI code page (cp1252) unless UTF-8 mode is on, which PYTHONIOENCODING=cp1252
reproduces here. A report that cannot be written must never follow a committed import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAME = "Łukasz Nguyễn"  # neither letter is in cp1252


def run(home: Path, *args: str, encoding: str = "cp1252") -> subprocess.CompletedProcess[bytes]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": encoding,
        "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.FileKeyring",
        "CLERKDESK_TEST_KEYRING_FILE": str(home.parent / "test-keyring.json"),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("PYTHONUTF8", None)
    env.pop("CLERKDESK_DB", None)
    return subprocess.run(
        [sys.executable, "-X", "utf8=0", "-m", "clerkdesk", "--home", str(home), *args],
        capture_output=True,
        env=env,
        timeout=120,
    )


def register(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    assert run(home, "init", "--city", "Stoughton", encoding="utf-8").returncode == 0
    departments = tmp_path / "departments.csv"
    departments.write_text("name\r\nLibrary\r\n", encoding="utf-8")
    assert run(home, "import", "departments", str(departments)).returncode == 0
    return home


def test_an_import_report_with_a_name_outside_the_code_page_is_written_in_utf8(
    tmp_path: Path,
) -> None:
    home = register(tmp_path)
    people = tmp_path / "people.csv"
    people.write_text(f"employee_id,name,department\r\nE2003,{NAME},Library\r\n", "utf-8")
    result = run(home, "import", "people", str(people))
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert NAME in result.stdout.decode("utf-8")
    assert b"internal error" not in result.stderr


def test_export_to_standard_output_is_utf8_whatever_the_code_page(tmp_path: Path) -> None:
    home = register(tmp_path)
    people = tmp_path / "people.csv"
    people.write_text(
        f"employee_id,name,department\r\nE2003,{NAME},Library\r\nE2004,Renée Ødegaard,Library\r\n",
        "utf-8",
    )
    assert run(home, "import", "people", str(people), encoding="utf-8").returncode == 0
    result = run(home, "export", "people")
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    text = result.stdout.decode("utf-8")  # cp1252 bytes for "Renée" would not decode
    assert NAME in text and "Renée Ødegaard" in text
    assert text.startswith("employee_id,")  # no byte-order mark on a stream


def test_an_error_naming_a_value_outside_the_code_page_is_said_plainly(tmp_path: Path) -> None:
    home = register(tmp_path)
    people = tmp_path / "people.csv"
    people.write_text(f"employee_id,name,department\r\nE2003,{NAME},Łódź\r\n", "utf-8")
    result = run(home, "import", "people", str(people))
    assert result.returncode == 2
    said = result.stderr.decode("utf-8")
    assert "Łódź" in said and "nothing was imported" in said
    assert "internal error" not in said
