"""HTML pages checked as a browser shows them (tests/js/check_accessibility.mjs): opened in
Debian's headless Chromium, checked by axe-core with the WCAG 2.1 A and AA rules, and tabbed
through with the keyboard. Chromium comes from Debian's `chromium` package and axe-core with
playwright-core from tests/js (both installed by scripts/setup and .ci/run); where one is
missing the check is skipped here, saying what is missing, and fails in CI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

JS = Path(__file__).resolve().parents[1] / "js"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def missing() -> str | None:
    """What the check needs and this machine lacks, in words; None when nothing is."""
    if shutil.which("node") is None:
        return "node is not installed (scripts/setup installs Debian's nodejs and npm)"
    if not Path(CHROMIUM).exists():
        return f"Chromium is not installed at {CHROMIUM} (scripts/setup installs Debian's chromium)"
    for package in ("axe-core", "playwright-core"):
        if not (JS / "node_modules" / package / "package.json").exists():
            return f"{package} is not installed in {JS} (scripts/setup runs `npm ci` there)"
    return None


def check_pages(pages: list[Path], screenshots: Path | None = None) -> dict[str, Any]:
    """What axe-core and the keyboard found on each page, by the page's path; skipped where
    the checker is missing, but a failure in CI."""
    lacking = missing()
    if lacking is not None:
        if os.environ.get("CI"):
            pytest.fail(f"cannot check the pages with axe-core in Chromium: {lacking}")
        pytest.skip(f"cannot check the pages with axe-core in Chromium: {lacking}")
    command = ["node", str(JS / "check_accessibility.mjs")]
    if screenshots is not None:
        command += ["--screenshot", str(screenshots)]
    result = subprocess.run(
        [*command, *(str(p) for p in pages)],
        capture_output=True,
        text=True,
        check=False,
        timeout=180,
        env={**os.environ, "CHROMIUM": CHROMIUM},
    )
    assert result.returncode == 0, result.stderr
    found: dict[str, Any] = json.loads(result.stdout)
    return found
