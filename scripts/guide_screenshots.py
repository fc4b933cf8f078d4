"""The user guide's screenshots, taken afresh from the demonstration city on every build.

    scripts/guide_screenshots.py [FOLDER]      (default: guide/images)

ClerkDesk starts as `clerkdesk --demo` starts it, in a throw-away home folder of its own
(CLERKDESK_HOME), with no credential store (PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring)
so that nothing of the builder's is read or written. The window is 1366x768, as on a laptop.
Each page is shown and grabbed (QWidget.grab) to FOLDER/NAME.png, then a few of the windows the
guide describes. Under Xvfb when DISPLAY is set (scripts/build_guide starts one), else on Qt's
offscreen platform. The pictures are generated, never committed (.gitignore).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1366, 768
# The record a page shows in its picture where the first row would show little: the
# demonstration's access review under way.
SHOWN = {"reviews": "Parks and Recreation"}


def prepare_environment() -> Path:
    home = Path(tempfile.mkdtemp(prefix="clerkdesk-guide-"))
    os.environ["CLERKDESK_HOME"] = str(home)
    os.environ.pop("CLERKDESK_DB", None)
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        # Qt's offscreen screen is 800x600 unless told otherwise: the laptop's screen instead,
        # so that windows fit themselves to it as they do on the clerk's.
        config = home / "offscreen.json"
        screen = {"name": "guide", "x": 0, "y": 0, "width": WIDTH, "height": HEIGHT}
        config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    sys.path.insert(0, str(ROOT))
    return home


def settle(seconds: float = 0.3) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def wait_for(predicate: Any, seconds: float = 60) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > end:
            raise TimeoutError("ClerkDesk did not get there in time")
        QApplication.processEvents()
        time.sleep(0.02)


class Camera:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.taken: list[str] = []

    def shoot(self, widget: Any, name: str) -> None:
        settle()
        path = self.out / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"cannot write {path}")
        self.taken.append(name)
        print(f"guide_screenshots: {path}")


def pages(window: Any, camera: Camera) -> None:
    """Every page of the window, as the clerk first sees it."""
    from PySide6.QtWidgets import QApplication

    for entry in window.entries:
        window.go(entry.key)
        page = window.page(entry.key)
        while getattr(page, "loading", None) is not None:
            QApplication.processEvents()
        table = getattr(page, "table", None)
        if entry.key in SHOWN:
            page.show_record(SHOWN[entry.key])
        elif entry.key != "today" and table is not None and table.model().rowCount() > 0:
            table.selectRow(0)  # its details show below the list, as when the clerk picks one
        camera.shoot(window, f"page-{entry.key}")


def windows(window: Any, camera: Camera) -> None:
    """The windows the guide walks through: an account (its people), approving, a person,
    a separation."""
    accounts = window.page("accounts")
    window.go("accounts")
    if accounts.select_where(lambda r: r.view.status == "pre-existing"):
        accounts.trigger("approve")
        combo = accounts.dialog.ui.authority_combo
        combo.setCurrentIndex(combo.findData("department-head"))  # what its findings ask
        camera.shoot(accounts.dialog, "approve")
        accounts.dialog.reject()
    if accounts.select_where(lambda r: r.view.status == "approved"):
        detail = accounts.open_account(accounts.selected().view.id, None)
        camera.shoot(detail, "account-people")
        detail.reject()

    people = window.page("people")
    window.go("people")
    people.table.selectRow(0)
    person = people.open_person(people.selected().id)
    camera.shoot(person, "person")
    person.separate()
    camera.shoot(person.dialog, "separate")
    person.dialog.reject()
    person.reject()


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "guide" / "images"
    out.mkdir(parents=True, exist_ok=True)
    home = prepare_environment()

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from clerkdesk.gui.window.app import Startup
    from clerkdesk.gui.window.main_window import MainWindow
    from clerkdesk.paths import resolve_paths

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("ClerkDesk")
    paths = resolve_paths()
    paths.home.mkdir(parents=True, exist_ok=True)
    camera = Camera(out)
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)

    from clerkdesk.gui.dialogs.first_run_dialog import FirstRunDialog
    from clerkdesk.services.kernel.database import Database

    first_db = Database.open(resolve_paths(home=str(home / "first")), create=True)
    first = FirstRunDialog(first_db)
    first.show()
    camera.shoot(first, "first-run")
    first.close()
    first_db.close()

    window = MainWindow(paths, settings)
    window.resize(WIDTH, HEIGHT)
    window.show()
    startup = Startup(app, window, settings, exit_when_ready=False, demo=True)
    failures: list[BaseException] = []

    def shoot() -> None:
        try:
            wait_for(lambda: startup.window.demonstration and startup.window.ctx is not None)
            shown = startup.window
            shown.resize(WIDTH, HEIGHT)
            pages(shown, camera)
            windows(shown, camera)
        except BaseException as error:  # noqa: BLE001 (said, then the exit status)
            failures.append(error)
        finally:
            startup.window.close()
            app.exit(0)

    QTimer.singleShot(0, startup.open)
    QTimer.singleShot(50, shoot)
    app.exec()
    startup.close()
    shutil.rmtree(home, ignore_errors=True)  # the throw-away home, with its demonstration
    if failures:
        print(f"guide_screenshots: FAILED: {failures[0]!r}", file=sys.stderr)
        raise failures[0]
    print(f"guide_screenshots: {len(camera.taken)} pictures in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
