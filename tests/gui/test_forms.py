"""The Python forms are compiled from the Designer sources in ui/; a stale one fails here.

Regenerate one with:  pyside6-uic ui/NAME.ui -o clerkdesk/gui/forms/ui_NAME.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "ui").glob("*.ui"))
FORMS = ROOT / "clerkdesk" / "gui" / "forms"


def uic() -> str:
    beside = Path(sys.executable).with_name("pyside6-uic")
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if found is None:
        pytest.fail("pyside6-uic is not installed (it comes with PySide6)")
    return found


def comparable(text: str) -> list[str]:
    """The form without the generator's banner (it names the Qt version)."""
    return [line for line in text.splitlines() if not line.startswith("##")]


def test_every_designer_source_has_a_form() -> None:
    assert SOURCES, "no Designer sources in ui/"
    forms = {p.name for p in FORMS.glob("ui_*.py")}
    assert forms == {f"ui_{source.stem}.py" for source in SOURCES}


@pytest.mark.parametrize("source", SOURCES, ids=[s.name for s in SOURCES])
def test_form_is_current(source: Path, tmp_path: Path) -> None:
    fresh = tmp_path / f"ui_{source.stem}.py"
    subprocess.run([uic(), str(source), "-o", str(fresh)], check=True, capture_output=True)
    committed = FORMS / fresh.name
    assert comparable(committed.read_text(encoding="utf-8")) == comparable(
        fresh.read_text(encoding="utf-8")
    ), f"{committed.relative_to(ROOT)} is stale: regenerate it from {source.relative_to(ROOT)}"
