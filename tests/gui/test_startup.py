"""Start-up from outside: what importing the window costs, and `--exit-when-ready`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from clerkdesk.gui.pages.registry import page_entries

HEAVY = ("sqlalchemy", "alembic", "reportlab", "keyring", "pypdfium2", "icalendar")
# What a normal start never needs, even once Today is painted with its data: printing,
# the credential store, migrations, PDF pages, calendars, the PostgreSQL driver.
NEVER_AT_START = ("alembic", "reportlab", "keyring", "pypdfium2", "icalendar", "psycopg")


def environment(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CLERKDESK_HOME=str(home))
    env.pop("CLERKDESK_DB", None)
    return env


def test_importing_the_window_imports_no_data_layer(tmp_path) -> None:
    code = (
        "import sys, clerkdesk.gui.window.app\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == ""


def test_the_window_shell_imports_no_page_and_no_data_layer(tmp_path) -> None:
    """The shell lists every registered page without importing one: a page's module, and the
    data layer it uses, load when it is first shown."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from clerkdesk.gui.window.main_window import MainWindow\n"
        "from clerkdesk.paths import resolve_paths\n"
        "app = QApplication([])\n"
        f"paths = resolve_paths(home={str(tmp_path)!r})\n"
        "settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)\n"
        "window = MainWindow(paths, settings)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "import PySide6.QtCore\n"
        "print('Qt' in PySide6.QtCore.__dict__)\n"
        "print(window.ui.navigation.count())\n"
        "pages = [m for m in sys.modules if m.startswith('clerkdesk.gui.pages.')"
        " and m.endswith('.page') and m != 'clerkdesk.gui.pages.page']\n"
        f"print(','.join(pages + [m for m in {HEAVY!r} if m in sys.modules]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    made_qt, count, imported = done.stdout.splitlines()
    assert count == str(len(page_entries()))
    assert imported == ""
    # PySide makes the `Qt` namespace's hundred-odd enumerations the first time anything
    # touches it, which takes longer than the rest of the frame: the shell leaves it be.
    assert made_qt == "False"


def make_demo(home: Path) -> None:
    from clerkdesk.paths import resolve_paths
    from clerkdesk.services.demo.city import load_demo
    from clerkdesk.services.kernel.database import Database

    db = Database.open(resolve_paths(home=str(home)), create=True)
    try:
        load_demo(db)
    finally:
        db.close()


def start(home: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "clerkdesk", "--home", str(home), "--exit-when-ready", *extra],
        env=environment(home),
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_exit_when_ready_on_the_demonstration_city(tmp_path) -> None:
    make_demo(tmp_path)
    done = start(tmp_path)
    assert done.returncode == 0, done.stderr


def test_exit_when_ready_with_demo_exits_once_the_demonstration_city_is_shown(tmp_path) -> None:
    """`clerkdesk --demo --exit-when-ready`: the demonstration city made, the window filled
    with it, Today painted; then the end (it used to stay open)."""
    done = start(tmp_path, "--demo")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "demonstration" / "clerkdesk.db").is_file()


def test_a_normal_start_imports_nothing_it_does_not_need(tmp_path) -> None:
    """Today painted with its data, as the clerk opens the program: no printing, credential
    store, migrations, PDF pages, calendar or PostgreSQL driver loaded (each waits for the
    first use). `-X importtime` names every module as it is imported."""
    make_demo(tmp_path)
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "clerkdesk", "--exit-when-ready"],
        env=environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    imported = {
        line.rsplit("|", 1)[-1].strip().split(".")[0]
        for line in done.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert {"clerkdesk", "sqlalchemy", "PySide6"} <= imported  # what was read is what ran
    assert not set(NEVER_AT_START) & imported


def test_exit_when_ready_fails_without_a_city(tmp_path) -> None:
    done = start(tmp_path)
    assert done.returncode != 0
    assert "clerkdesk: error: the database has no city yet" in done.stderr


def test_exit_when_ready_fails_on_a_file_that_is_not_a_database(tmp_path) -> None:
    (tmp_path / "clerkdesk.db").write_bytes(b"this is not SQLite " * 100)
    done = start(tmp_path)
    assert done.returncode != 0
    assert "clerkdesk: error:" in done.stderr
