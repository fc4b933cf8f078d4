"""Start the desktop program.

Start-up is a budget: the window shell (title, navigation, empty pages) is shown first, with
nothing but Qt imported; on the next turn of the event loop the data layer is imported, the
database opened and the Today page filled. Other pages load the first time they are shown.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from ...core.errors import ClerkDeskError
from ...logs import LOGGER, setup_logging
from ...paths import Paths
from ..widgets import messages
from . import crash
from .background import Operation
from .main_window import MainWindow

if TYPE_CHECKING:
    from ...services.kernel.database import Database
    from ..dialogs.first_run_dialog import FirstRunDialog

EXIT_CANNOT_OPEN = 2


class Startup:
    """Opens the database once the shell is on screen, then fills the window."""

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        settings: QSettings,
        exit_when_ready: bool,
        demo: bool = False,
    ) -> None:
        self.app, self.window, self.settings = app, window, settings
        self.paths = window.paths  # the real register's
        self.exit_when_ready = exit_when_ready
        self.demo_first = demo  # `clerkdesk --demo`: the demonstration, not the register
        self.db: Database | None = None
        self.demo_db: Database | None = None
        self.first_run: FirstRunDialog | None = None
        self._follow(window)

    def _follow(self, window: MainWindow) -> None:
        window.demo_asked.connect(self.open_demo)
        window.leave_demo_asked.connect(self.leave_demo)

    def open(self) -> None:
        if self.demo_first:
            self.open_demo()
            return
        try:
            self._open()
        except ClerkDeskError as error:
            self._fail(error.message)
        except Exception as error:  # noqa: BLE001 (a bug: logged, shown, then the end)
            if self.exit_when_ready:
                LOGGER.error("start-up failed", exc_info=error)
                self._fail(f"start-up failed: {error!r}")
            else:
                crash.report(error, self.window)
                self.app.exit(EXIT_CANNOT_OPEN)

    def _open(self) -> None:
        from ...services.city.writes import get_city
        from ...services.kernel.database import Database

        if self.db is None:
            self.db = Database.open(self.paths, create=True)
        city = get_city(self.db)
        if city is not None:
            self._ready(city)
        elif self.exit_when_ready:
            self._fail("the database has no city yet; run `clerkdesk init --city NAME`")
        else:
            from ...collection import resume_collection
            from ..dialogs.first_run_dialog import FirstRunDialog

            resume_collection()  # no page to paint first: the clerk sets up the register
            self.first_run = dialog = FirstRunDialog(self.db, self.window)
            dialog.accepted.connect(
                lambda: self.open_demo() if dialog.demo else self._ready(dialog.result_value)
            )
            dialog.rejected.connect(lambda: self.app.exit(0))
            dialog.open()

    def _ready(self, city: object) -> None:
        from .context import AppContext

        ctx = AppContext(self.window.paths, self.db, city, self.settings)  # type: ignore[arg-type]
        self.window.attach(ctx)
        QTimer.singleShot(0, after_first_paint)
        self._unfinished()
        self._exit_once_painted()

    def _exit_once_painted(self) -> None:
        """With `--exit-when-ready`: the end, once the first page (Today) has painted its
        rows, on the register or on the demonstration city."""
        if self.exit_when_ready:
            first = self.window.current_page()  # Today
            first.table.painted.connect(self._painted)  # type: ignore[union-attr]
            first.table.viewport().update()  # type: ignore[union-attr]

    def _unfinished(self) -> None:
        """Changes to the credential store that a crash left unrecorded, asked about once the
        window is there."""
        from ...services.credentials.intents import pending_said

        assert self.db is not None
        said = pending_said(self.db)
        if said and not self.exit_when_ready:
            QTimer.singleShot(
                0,
                lambda: messages.show_info(
                    self.window, "\n\n".join(said), title="Unfinished credential changes"
                ),
            )

    # -- the demonstration city, a register of its own ---------------------------------------

    def open_demo(self) -> Operation:
        """Make the demonstration register afresh (in the background), then show it."""
        from ...services.demo.register import open_demonstration
        from .background import run_in_background

        return run_in_background(
            self.window,
            "Opening the demonstration city…",
            lambda progress: open_demonstration(self.paths),
            self._demo_opened,
            # Measuring, nobody is there to read a message box: said on stderr, then the end.
            (lambda error: self._fail(error.message)) if self.exit_when_ready else None,
        )

    def _demo_opened(self, db: Database) -> None:
        from ...paths import demo_paths
        from ...services.city.writes import get_city
        from .context import AppContext

        if not self._replace_window(demo_paths(self.paths)):
            db.close()
            return
        self._close_demo()
        self.demo_db = db
        settings = QSettings(str(demo_paths(self.paths).settings_file), QSettings.Format.IniFormat)
        ctx = AppContext(db.paths, db, get_city(db), settings)  # type: ignore[arg-type]
        self.window.show_demonstration()
        self.window.attach(ctx)
        QTimer.singleShot(0, after_first_paint)
        self._exit_once_painted()

    def leave_demo(self) -> None:
        """Back to the real register (or to its first-run dialog when it has no city yet);
        the demonstration is thrown away."""
        if not self._replace_window(self.paths):
            return
        self._close_demo()
        self.open()

    def _replace_window(self, paths: Paths) -> bool:
        """A new window on `paths` in place of the one shown (which may refuse to close:
        edits not saved)."""
        old = self.window
        if old.ctx is None and not old.demonstration and old.paths == paths:
            return True  # nothing shown yet: the empty shell serves
        window = MainWindow(paths, self.settings)
        window.open_on_screen()  # first: closing the last window would end the program
        if not old.close():
            window.close()
            window.deleteLater()
            return False
        self._follow(window)
        self.window = window
        self.demo_first = False
        if old.ctx is not None:
            old.ctx.close()  # its pages go with it: they follow the database no more
        old.deleteLater()
        return True

    def _close_demo(self) -> None:
        if self.demo_db is not None:
            self.demo_db.close()
            self.demo_db = None

    def _painted(self) -> None:
        QTimer.singleShot(0, lambda: self.app.exit(0))

    def _fail(self, message: str) -> None:
        if self.exit_when_ready:
            sys.stderr.write(f"clerkdesk: error: {message}\n")
        else:
            messages.show_error(self.window, message, title="ClerkDesk cannot open its database")
        self.app.exit(EXIT_CANNOT_OPEN)

    def close(self) -> None:
        self._close_demo()
        if self.db is not None:
            self.db.close()


def run(paths: Paths, exit_when_ready: bool = False, demo: bool = False) -> int:
    """Show the window and run until it closes; the exit status.

    With `demo`, open the demonstration city (a register of its own) instead of `paths`.
    With `exit_when_ready`, quit with 0 as soon as the first page (Today) has painted with its
    data (start-up is measured this way), or non-zero when the database cannot be opened.
    """
    paths.home.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("ClerkDesk")
    app.setOrganizationName("ClerkDesk")
    setup_logging(paths.log_file)
    previous_hook = crash.install(paths.log_file)
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(paths, settings)
    window.open_on_screen()
    startup = Startup(app, window, settings, exit_when_ready, demo)
    QTimer.singleShot(0, startup.open)
    QTimer.singleShot(0, lambda: _set_icon(app, window))
    sweep_when_away(app)
    try:
        return app.exec()
    finally:  # the window saved its layout as it closed
        Operation.finish_all()
        startup.close()
        sys.excepthook = previous_hook


def after_first_paint() -> None:
    """What waits until the first page has painted: collection, and the time zones Settings
    offers, read from their files off the UI thread while the clerk reads Today."""
    from ...collection import resume_collection
    from ...core.dates import zone_names

    resume_collection()
    threading.Thread(target=zone_names, name="time zones", daemon=True).start()


def sweep_when_away(app: QApplication) -> Callable[[object], None]:
    """Long reads' rows frozen out of collections (`collection.keep_reads`), and what they let
    go collected when the clerk turns to another program (`collection.sweep`): the pause goes
    unseen there. The slot connected."""
    from ...collection import keep_reads, sweep

    keep_reads()

    def turned(state: object) -> None:
        from PySide6.QtCore import Qt

        if state != Qt.ApplicationState.ApplicationActive:
            sweep()

    app.applicationStateChanged.connect(turned)
    return turned


def _set_icon(app: QApplication, window: MainWindow) -> None:
    from PySide6.QtGui import QIcon

    from ...resources import icon_path

    try:
        icon = QIcon(str(icon_path()))
    except ClerkDeskError:
        return
    app.setWindowIcon(icon)
    window.setWindowIcon(icon)
