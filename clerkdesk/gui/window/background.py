"""Slow work off the UI thread: runs a function on the thread pool, reports its progress in a
progress dialog, and hands its result (or error) back on the UI thread.

Services return plain frozen values, so what crosses back is safe to use in widgets; each
service call opens its own session, so no database connection is shared between threads.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...core.errors import ClerkDeskError
from ..widgets import messages
from . import crash

Progress = Callable[..., None]


class Cancelled(Exception):
    """Raised inside the work when the user pressed Cancel; the service rolls back."""


class Operation(QObject):
    """One piece of background work. Keep no reference: running operations keep themselves."""

    finished = Signal()  # on the UI thread, after on_done or the error was handled

    _progressed = Signal(object)
    _succeeded = Signal(object)
    _failed = Signal(object)
    _running: ClassVar[set[Operation]] = set()

    def __init__(
        self,
        parent: QWidget | None,
        label: str,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[ClerkDeskError], None] | None = None,
        cancellable: bool = False,
        quiet: bool = False,
    ) -> None:
        super().__init__()
        self.parent_widget = parent
        self._work, self._on_done, self._on_error = work, on_done, on_error
        self.cancellable = cancellable
        self._cancel = threading.Event()
        self._last_report = 0.0
        self._closed = False
        # Quiet work (e.g. reading a long list for a page) shows nothing and blocks nothing.
        self.dialog = None if quiet else self._progress_dialog(label, parent)
        self._progressed.connect(self._show_progress)
        self._succeeded.connect(self._done)
        self._failed.connect(self._error)

    def _progress_dialog(self, label: str, parent: QWidget | None) -> QProgressDialog:
        """Window-modal; it appears only when the work takes more than a moment."""
        from PySide6.QtCore import Qt

        dialog = QProgressDialog(label, "Cancel", 0, 0, parent)
        dialog.setWindowTitle("ClerkDesk")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.canceled.connect(self._request_cancel)
        if not self.cancellable:
            dialog.setCancelButton(None)
        return dialog

    @classmethod
    def finish_all(cls, timeout_ms: int = 30_000) -> None:
        """At exit: ask running work to stop at its next progress report (an import then rolls
        back whole), and wait for it, so that no transaction is cut off half-way."""
        for operation in list(cls._running):
            operation._cancel.set()
        QThreadPool.globalInstance().waitForDone(timeout_ms)

    def start(self) -> Operation:
        Operation._running.add(self)
        QThreadPool.globalInstance().start(_Job(self))
        return self

    # -- on the worker thread ------------------------------------------------------------------

    def _run(self) -> None:
        try:
            result = self._work(self._report)
        except BaseException as error:  # noqa: BLE001 (handed to the UI thread)
            outcome, value = self._failed, error
        else:
            outcome, value = self._succeeded, result
        with contextlib.suppress(RuntimeError):  # the program closed: nobody is left to tell
            outcome.emit(value)

    def _report(self, *args: Any) -> None:
        """The progress callback handed to the work: (done, total), a fraction, or a text."""
        if self._cancel.is_set():
            raise Cancelled
        now = time.monotonic()
        numbers = [a for a in args if isinstance(a, int | float) and not isinstance(a, bool)]
        final = len(numbers) >= 2 and numbers[0] >= numbers[1]
        if now - self._last_report >= 0.05 or final:
            self._last_report = now
            self._progressed.emit(args)

    # -- on the UI thread ----------------------------------------------------------------------

    @Slot()
    def _request_cancel(self) -> None:
        if self.cancellable and self.dialog is not None:
            self._cancel.set()
            self.dialog.setLabelText("Cancelling…")

    @Slot(object)
    def _show_progress(self, args: tuple[Any, ...]) -> None:
        if self.dialog is None or self._closed:
            return
        numbers = [a for a in args if isinstance(a, int | float) and not isinstance(a, bool)]
        texts = [a for a in args if isinstance(a, str)]
        if len(numbers) >= 2 and numbers[1] > 0:
            self.dialog.setMaximum(int(numbers[1]))
            self.dialog.setValue(min(int(numbers[0]), int(numbers[1])))
        elif len(numbers) == 1 and isinstance(numbers[0], float) and 0 <= numbers[0] <= 1:
            self.dialog.setMaximum(1000)
            self.dialog.setValue(int(numbers[0] * 1000))
        if texts:
            self.dialog.setLabelText(texts[0])

    def _orphaned(self) -> bool:
        """Whether quiet work (a page's read) was for a widget that is gone (its window closed
        or replaced while it ran): nobody is left to hand the result or the error to, and its
        end is not signalled either (what listens is the page). Work the clerk started shows
        its progress and always ends as it would."""
        from shiboken6 import isValid

        return (
            self.dialog is None
            and self.parent_widget is not None
            and not isValid(self.parent_widget)
        )

    @Slot(object)
    def _done(self, result: Any) -> None:
        self._close()
        if self._orphaned():
            Operation._running.discard(self)
            return
        try:
            self._on_done(result)
        finally:
            self._finish()

    @Slot(object)
    def _error(self, error: BaseException) -> None:
        self._close()
        if self._orphaned():
            Operation._running.discard(self)
            if not isinstance(error, ClerkDeskError | Cancelled):  # a bug is still told of
                crash.report(error, None)
            return
        try:
            if isinstance(error, Cancelled):
                messages.show_info(self.parent_widget, "Cancelled; nothing was changed.")
            elif isinstance(error, ClerkDeskError):
                if self._on_error is not None:
                    self._on_error(error)
                else:
                    messages.show_error(self.parent_widget, error.message)
            else:
                crash.report(error, self.parent_widget)
        finally:
            self._finish()

    def _close(self) -> None:
        """Hide the progress dialog for good. Its own timer (started by the first progress
        report) would otherwise show it again inside the result's message box, whose event
        loop runs before the deferred delete does; reset() stops that timer."""
        if self.dialog is not None and not self._closed:
            self._closed = True
            self.dialog.blockSignals(True)  # hiding a progress dialog reports "canceled"
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()

    def _finish(self) -> None:
        Operation._running.discard(self)
        self.finished.emit()


class _Job(QRunnable):
    def __init__(self, operation: Operation) -> None:
        super().__init__()
        self.operation = operation

    def run(self) -> None:
        self.operation._run()


def run_in_background(
    parent: QWidget | None,
    label: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[ClerkDeskError], None] | None = None,
    cancellable: bool = False,
    quiet: bool = False,
) -> Operation:
    """Run `work(progress)` off the UI thread; then `on_done(result)` on it.

    A progress dialog shows when the work takes a while, unless `quiet`. A ClerkDeskError goes
    to `on_error` (default: a message box); anything else is a bug and goes to the crash
    dialog.
    """
    return Operation(parent, label, work, on_done, on_error, cancellable, quiet).start()
