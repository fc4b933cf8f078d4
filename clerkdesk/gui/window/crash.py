"""Bugs: anything other than a ClerkDeskError that escapes. Logged with its traceback to the log
file and shown in a crash dialog; the failed step's transaction was rolled back by the service,
so the data is untouched."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ...core.errors import ClerkDeskError
from ...logs import LOGGER
from ..widgets import messages

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]

_log_file: Path | None = None
_showing = False


def install(log_file: Path | None = None) -> ExceptHook:
    """Route uncaught exceptions (including those raised in slots) here; the old hook.

    `log_file` is where clerkdesk.logs writes, named in the crash dialog."""
    global _log_file
    _log_file = log_file
    previous = sys.excepthook
    sys.excepthook = handle
    return previous


def handle(
    kind: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
    parent: QWidget | None = None,
) -> None:
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    # Raised in a slot, within a page's shared read perhaps: its transaction is not held
    # open while a dialog waits on the clerk (the data layer, if loaded yet).
    shared = sys.modules.get("clerkdesk.services.kernel.shared_read")
    if shared is not None:
        shared.end_idle()
    if isinstance(error, ClerkDeskError):
        LOGGER.info("%s", error.message)
        messages.show_error(parent or QApplication.activeWindow(), error.message)
        return
    LOGGER.error("unexpected error", exc_info=(kind, error, tb))
    details = "".join(traceback.format_exception(kind, error, tb))
    if _showing or QApplication.instance() is None:
        sys.stderr.write(details)
        return
    _showing = True
    try:
        CrashDialog(details, _log_file, parent or QApplication.activeWindow()).exec()
    finally:
        _showing = False


def report(error: BaseException, parent: QWidget | None = None) -> None:
    """Handle an exception caught elsewhere (e.g. on a background thread) as if uncaught."""
    handle(type(error), error, error.__traceback__, parent)


class CrashDialog(QDialog):
    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        from ..forms.ui_crash_dialog import Ui_CrashDialog

        super().__init__(parent)
        self.ui = Ui_CrashDialog()
        self.ui.setupUi(self)
        where = f" They were also written to:\n{log_file}" if log_file else ""
        self.ui.message_label.setText(
            "Something went wrong inside ClerkDesk. This is a fault in the program, not "
            "something you did. The step that failed was not saved, and the records already in "
            "the register are untouched.\n\nPlease send the details below to whoever looks after "
            f"ClerkDesk for your office.{where}"
        )
        self.ui.details_edit.setPlainText(details)
        self.ui.copy_button.clicked.connect(self._copy)

    def _copy(self) -> None:
        QApplication.clipboard().setText(self.ui.details_edit.toPlainText())
