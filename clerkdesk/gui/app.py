"""Start the desktop program.

Start-up is a budget: the window shell (title, navigation, empty pages) is shown first, with
nothing but Qt imported; on the next turn of the event loop the data layer is imported, the
database opened and the Today page filled. Other pages load the first time they are shown.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from ..core.errors import ClerkDeskError
from ..logs import LOGGER, setup_logging
from ..paths import Paths
from . import crash, messages
from .background import Operation
from .main_window import MainWindow

if TYPE_CHECKING:
    from ..services.database import Database
    from .dialogs.first_run_dialog import FirstRunDialog

EXIT_CANNOT_OPEN = 2


class Startup:
    """Opens the database once the shell is on screen, then fills the window."""

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        settings: QSettings,
        exit_when_ready: bool,
    ) -> None:
        self.app, self.window, self.settings = app, window, settings
        self.exit_when_ready = exit_when_ready
        self.db: Database | None = None
        self.first_run: FirstRunDialog | None = None

    def open(self) -> None:
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
        from ..services.city import get_city
        from ..services.database import Database

        self.db = Database.open(self.window.paths, create=True)
        city = get_city(self.db)
        if city is not None:
            self._ready(city)
        elif self.exit_when_ready:
            self._fail("the database has no city yet; run `clerkdesk init --city NAME`")
        else:
            from .dialogs.first_run_dialog import FirstRunDialog

            self.first_run = dialog = FirstRunDialog(self.db, self.window)
            dialog.accepted.connect(lambda: self._ready(dialog.result_value))
            dialog.rejected.connect(lambda: self.app.exit(0))
            dialog.open()

    def _ready(self, city: object) -> None:
        from .context import AppContext

        ctx = AppContext(self.window.paths, self.db, city, self.settings)  # type: ignore[arg-type]
        self.window.attach(ctx)
        self._unfinished()
        if self.exit_when_ready:
            first = self.window.current_page()  # Today
            first.table.painted.connect(self._painted)  # type: ignore[union-attr]
            first.table.viewport().update()  # type: ignore[union-attr]

    def _unfinished(self) -> None:
        """Changes to the credential store that a crash left unrecorded, asked about once the
        window is there."""
        from ..services.intents import pending_said

        assert self.db is not None
        said = pending_said(self.db)
        if said and not self.exit_when_ready:
            QTimer.singleShot(
                0,
                lambda: messages.show_info(
                    self.window, "\n\n".join(said), title="Unfinished credential changes"
                ),
            )

    def _painted(self) -> None:
        QTimer.singleShot(0, lambda: self.app.exit(0))

    def _fail(self, message: str) -> None:
        if self.exit_when_ready:
            sys.stderr.write(f"clerkdesk: error: {message}\n")
        else:
            messages.show_error(self.window, message, title="ClerkDesk cannot open its database")
        self.app.exit(EXIT_CANNOT_OPEN)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()


def run(paths: Paths, exit_when_ready: bool = False) -> int:
    """Show the window and run until it closes; the exit status.

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
    window.show()
    startup = Startup(app, window, settings, exit_when_ready)
    QTimer.singleShot(0, startup.open)
    QTimer.singleShot(0, lambda: _set_icon(app, window))
    try:
        return app.exec()
    finally:  # the window saved its layout as it closed
        Operation.finish_all()
        startup.close()
        sys.excepthook = previous_hook


def _set_icon(app: QApplication, window: MainWindow) -> None:
    from PySide6.QtGui import QIcon

    from ..resources import icon_path

    try:
        icon = QIcon(str(icon_path()))
    except ClerkDeskError:
        return
    app.setWindowIcon(icon)
    window.setWindowIcon(icon)
