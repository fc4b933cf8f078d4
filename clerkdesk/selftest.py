"""`clerkdesk --self-test`: is this installation whole?

Run after building the frozen program and after installing it, it does in a temporary folder
what the program needs from its bundle: every module imports, the resources are there, the
migrations run on a new database, the city's time zone is known, an agreement prints to PDF
with the shipped fonts, its page is drawn for the preview and printed to Qt's PDF printer, a
records request of 2031 skips that year's Thanksgiving (the holiday calendar loads),
`cryptography` derives a key with scrypt and seals and opens a text with AES-256-GCM, a
throw-away entry is written to the credential store, read back and deleted, and the main window
opens with its icon. No credential store at all is a note (not a failure: a build machine has
none), as is whether the PostgreSQL driver is in the build. One line per check:

    ok    database: migrations applied (schema 0004), city set up
    FAIL  printing: FileNotFoundError: ...
    info  credential store: not available (...)

Exit status 0 when every required check passed, 1 otherwise. The user's own home folder and
database are never opened: `--db`, `--home`, `CLERKDESK_DB` and `CLERKDESK_HOME` are ignored,
and the temporary folder is removed at the end; nothing is left in the credential store (its
register's audit key is held in memory only).
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from . import __version__
from .paths import Paths
from .selftest_base import FAIL, INFO, OK, CheckFailed, describe
from .selftest_database import check_postgres_driver, check_your_database
from .selftest_platform import check_credential_store, check_cryptography, check_holidays


@dataclass
class Report:
    lines: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, status: str, name: str, detail: str) -> None:
        self.lines.append((status, name, detail))
        _say(f"{status:<6}{name}: {detail}")

    @property
    def failed(self) -> list[str]:
        return [name for status, name, _ in self.lines if status == FAIL]


@dataclass
class Workspace:
    """What the checks share: the temporary folder and what earlier checks made."""

    root: Path
    paths: Paths
    db: Any = None
    city: Any = None


def _say(line: str) -> None:
    # A windowed Windows build has no stdout; the exit status still tells.
    if sys.stdout is not None:
        print(line, flush=True)


def _check(report: Report, name: str, check: Callable[[], tuple[str, str] | str]) -> bool:
    """Run one check: its own line (`ok`, or `info` for a note), or FAIL on a CheckFailed or
    any other exception."""
    try:
        result = check()
    except CheckFailed as exc:
        report.add(FAIL, name, str(exc))
        return False
    except Exception as exc:  # noqa: BLE001  (any error is the check's failure, reported)
        report.add(FAIL, name, describe(exc))
        if sys.stderr is not None:
            traceback.print_exc()
        return False
    status, detail = result if isinstance(result, tuple) else (OK, result)
    report.add(status, name, detail)
    return status != FAIL


# -- the checks ----------------------------------------------------------------------------------


def check_modules() -> str:
    """Every ClerkDesk module imports: a frozen bundle that lacks one fails here, not on the
    clerk's first click (pages and dialogs are imported only when first shown)."""
    import importlib
    import pkgutil

    import clerkdesk

    names = [
        info.name
        for info in pkgutil.walk_packages(clerkdesk.__path__, "clerkdesk.")
        if not info.name.startswith("clerkdesk.store.migrations")
    ]
    broken = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001  (reported with the module's name)
            broken.append(f"{name} ({describe(exc)})")
    if broken:
        raise CheckFailed(
            f"{len(broken)} of {len(names)} modules do not import: " + "; ".join(broken)
        )
    if len(names) < 10:
        raise CheckFailed(f"only {len(names)} modules found; the bundle is incomplete")
    from .core.obligations import load_kinds

    kinds = len(load_kinds())
    if kinds < 7:
        raise CheckFailed(f"only {kinds} obligation kinds found; the bundle lacks rule modules")
    return f"{len(names)} modules import, {kinds} obligation kinds"


def check_resources() -> str:
    from .resources import load_profile, profile_keys, resource_dir

    folder = resource_dir()
    keys = profile_keys()
    for key in keys:
        load_profile(key)
    needed = [
        folder / "fonts" / "DejaVuSans.ttf",
        folder / "fonts" / "DejaVuSans-Bold.ttf",
        folder / "forms" / "agreement.txt",
        folder / "icons" / "clerkdesk.svg",
    ]
    missing = [str(p.relative_to(folder)) for p in needed if not p.is_file()]
    if missing:
        raise CheckFailed(f"missing from {folder}: {', '.join(missing)}")
    return f"{len(keys)} policy profiles, fonts, form texts and icons in {folder}"


def check_database(work: Workspace) -> str:
    from .services.city.writes import get_city, init_city
    from .services.integrity.anchor import key_of_its_own
    from .services.kernel.database import Database
    from .store.schema import HEAD, migrations_dir, stored_revision

    versions = migrations_dir() / "versions"
    if not (migrations_dir() / "env.py").is_file() or not any(versions.glob("*.py")):
        raise CheckFailed(f"the migration scripts are missing from {migrations_dir()}")
    work.db = db = Database.open(work.paths, create=True, actor="self-test")
    key_of_its_own(db)  # nothing of the self-test's register in the credential store
    revision = stored_revision(db.engine)
    if revision != HEAD:
        raise CheckFailed(f"migrations stopped at schema {revision}, expected {HEAD}")
    init_city(db, "Self-test City", "stoughton", date(2019, 6, 25))
    work.city = get_city(db)
    if work.city is None:
        raise CheckFailed("the city was not written")
    return f"migrations applied (schema {revision}), city set up"


def check_time_zone(work: Workspace) -> str:
    """The city's time zone must be known: Windows has no zone database of its own, so the
    bundle must carry one (the tzdata package) for zoneinfo to find."""
    from datetime import datetime

    from .core.dates import zone

    name = work.city.profile.timezone if work.city is not None else "America/Chicago"
    tz = zone(name)
    offset = datetime(2026, 1, 15, 12, tzinfo=tz).utcoffset()
    return f"{name} known (UTC{_hours(offset)} in January)"


def _hours(offset: Any) -> str:
    hours = offset.total_seconds() / 3600 if offset is not None else 0
    return f"{hours:+g}"


def check_printing(work: Workspace) -> str:
    from .printing.layout import PrintHeader
    from .printing.terms import AgreementData, render_agreements
    from .services.terms.printouts import agreement_clauses, default_agreement_text

    out = work.root / "agreement.pdf"
    header = PrintHeader(
        city="City of Self-test",
        office="City Clerk",
        title="Authorized User Agreement",
        printed_on=date(2026, 1, 15),
    )
    item = AgreementData(
        city="City of Self-test",
        office="City Clerk",
        name="Nguyễn Thị Minh Khai",
        employee_id="E0001",
        title="Public Education Officer",
        department="Fire and EMS",
        division=None,
        role="Authorized user",
        platform="Facebook",
        handle="@selftest",
        url="https://facebook.com/selftest",
        username=None,
        clauses=agreement_clauses(default_agreement_text(), "Self-test", "City Clerk", 24),
        credential_note="The password is kept by the City Clerk in the credential store.",
    )
    render_agreements([item], header, out)
    data = out.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise CheckFailed(f"{out.name} is not a PDF")
    if len(data) < 5000:
        raise CheckFailed(f"{out.name} is only {len(data)} bytes")
    if b"DejaVuSans" not in data:
        raise CheckFailed("the shipped fonts were not used")
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", data))
    count = f"{pages} page" + ("" if pages == 1 else "s")
    return f"agreement rendered to PDF ({count}, {len(data) // 1024} KB)"


def check_preview_and_printing(work: Workspace) -> str:
    """The agreement just printed (or a page of its own, if that failed), drawn by PDFium for
    the preview and painted on Qt's PDF printer, as Preview and Print do."""
    from .gui.files.pdf_printing import self_check

    try:
        return self_check(work.root / "agreement.pdf", work.root)
    except ValueError as exc:
        raise CheckFailed(str(exc)) from exc


def check_window(work: Workspace) -> str:
    """The main window, shown with the Today page filled, then closed; and the SVG icon drawn
    (Qt reads SVG through plugins that a bundle can lack)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .resources import icon_path

    try:
        from .gui.window.main_window import MainWindow
    except Exception as exc:
        raise CheckFailed(
            f"cannot import clerkdesk.gui.window.main_window: {describe(exc)}"
        ) from exc

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = QSettings(str(work.paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(work.paths, settings)
    try:
        window.show()
        app.processEvents()
        filled = ""
        if work.db is not None and work.city is not None:
            from .gui.window.context import AppContext

            window.attach(AppContext(work.paths, work.db, work.city, settings))
            filled = ", Today page filled"
        for _ in range(3):
            app.processEvents()
        if not window.isVisible():
            raise CheckFailed("the window did not show")
        pages = window.ui.navigation.count()
        if pages < 7:
            raise CheckFailed(f"only {pages} pages found; the bundle lacks page packages")
        image = window.grab()
        if image.isNull() or image.width() < 100:
            raise CheckFailed("the window did not paint")
        platform = QApplication.platformName()
        icon = QIcon(str(icon_path()))
        if icon.pixmap(32, 32).isNull():
            raise CheckFailed("the SVG icon does not load (Qt's SVG plugins are missing)")
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
        settings.sync()
        del settings
    if not filled:
        raise CheckFailed("the window opened, but without a database to show")
    return f"main window shown with {pages} pages and painted, icon drawn ({platform}{filled})"


# -- running them ----------------------------------------------------------------------------


def _where() -> str:
    if getattr(sys, "frozen", False):
        return f"frozen bundle in {Path(sys.executable).resolve().parent}"
    return f"Python {sys.version.split()[0]} at {sys.executable}"


def _headless() -> bool:
    return sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )


def run(paths: Paths, *, database_given: bool = False) -> int:
    """Run every check in a temporary folder; 0 when all required checks pass, else 1.

    The user's home is never used; their database only when `database_given` (`--db`), and
    then only read."""
    from .paths import resolve_paths

    if _headless():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    _say(f"ClerkDesk {__version__} self-test ({_where()})")
    report = Report()
    root = Path(tempfile.mkdtemp(prefix="clerkdesk-selftest-"))
    home = root / "home"
    work = Workspace(root, resolve_paths(db=str(home / "clerkdesk.db"), home=str(home)))
    try:
        _check(report, "modules", check_modules)
        _check(report, "resources", check_resources)
        _check(report, "database", lambda: check_database(work))
        _check(report, "time zone", lambda: check_time_zone(work))
        _check(report, "printing", lambda: check_printing(work))
        _check(report, "preview and printing", lambda: check_preview_and_printing(work))
        _check(report, "holidays", check_holidays)
        _check(report, "cryptography", check_cryptography)
        _check(report, "credential store", check_credential_store)
        _check(report, "postgresql", check_postgres_driver)
        _check(report, "window", lambda: check_window(work))
        if database_given:
            _check(report, "your database", lambda: check_your_database(paths))
    finally:
        if work.db is not None:
            work.db.close()
        _remove(root, report)
    elapsed = time.perf_counter() - started
    if report.failed:
        _say(f"self-test: FAILED ({', '.join(report.failed)}) in {elapsed:.1f} s")
        return 1
    _say(f"self-test: passed in {elapsed:.1f} s")
    return 0


def _remove(root: Path, report: Report) -> None:
    import shutil

    for _ in range(5):  # Windows may hold a just-closed file for a moment
        shutil.rmtree(root, ignore_errors=True)
        if not root.exists():
            return
        time.sleep(0.2)
    report.add(INFO, "clean-up", f"could not remove {root}")
