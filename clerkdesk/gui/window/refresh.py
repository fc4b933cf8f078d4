"""View → Refresh (F5), and on its own what another program wrote underneath the window:
polled while the window is in use, so that pages never show what another window or the command
line has since changed. Only the pages that show what its events name are read again."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from ...services.kernel.changes import Changes
from .context import AppContext

POLL_MS = 1500


class Refresher(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        from ...services.kernel.outside_changes import ChangeWatch

        super().__init__(parent)
        self.ctx = ctx
        self.watch = ChangeWatch(ctx.db)
        self.refreshes = 0  # how many times everything was read again (tests count them)
        self.touched = 0  # how many times another program's write was read again
        ctx.changed.connect(self._seen)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        app = QApplication.instance()
        if self.watch.watching:
            self.timer.start()
            if isinstance(app, QApplication):
                app.applicationStateChanged.connect(self._state_changed)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.poll()  # back to the window: look at once

    def poll(self) -> bool:
        """Refresh when the database changed since the last look; whether it did. Only while
        the program is in use: in the background it reads nothing."""
        if QApplication.applicationState() != Qt.ApplicationState.ApplicationActive:
            return False
        changes = self.watch.changes()
        if not changes:
            return False
        self.touched += 1
        self.ctx.refresh(changes)  # the pages that show what the write touched
        return True

    def refresh(self) -> None:
        """Read everything again: the city, and every page (the one shown at once)."""
        from ...services.kernel.outside_changes import every_table
        from ...services.obligations.kept import kept_facts

        self.refreshes += 1
        # Every fact of what is due too, not only the parts a write since has touched: a
        # change made by hand on the file beside one of ClerkDesk's is read here.
        kept_facts(self.ctx.db).close()
        self.ctx.refresh(every_table())

    def _seen(self, changes: Changes) -> None:
        # This program's own write (or a refresh): its pages know already. Another's, seen
        # since the last look (committed while a refresh was made, or before a write of this
        # program's that appends no event), is read again once they have all heard of this.
        elsewhere = self.watch.settle(changes.events)
        if elsewhere:
            self.touched += 1
            QTimer.singleShot(0, self, lambda: self.ctx.refresh(elsewhere))

    def close(self) -> None:
        self.timer.stop()
        self.watch.close()
