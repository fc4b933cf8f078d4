"""What every page and dialog shares once the database is open: the paths, the database, the
city as last read, the settings, and the signals that say what changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QThread, Signal

from ...paths import Paths

if TYPE_CHECKING:
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from ...services.kernel.changes import Changes
    from ...services.kernel.database import Database
    from ...services.kernel.views import CityView


class AppContext(QObject):
    # Records were written (a `Changes`: the tables touched); pages that show them reload.
    # Always emitted on the UI thread, whichever thread wrote.
    changed = Signal(object)
    city_changed = Signal()  # the city or its policy profile changed (read again already)
    _written_elsewhere = Signal(object)  # a write on a worker thread, handed to the UI thread

    def __init__(
        self,
        paths: Paths,
        db: Database,
        city: CityView,
        settings: QSettings,
    ) -> None:
        from PySide6.QtCore import Qt

        super().__init__()
        self.paths, self.db, self.city, self.settings = paths, db, city, settings
        self._written_elsewhere.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        db.listeners.append(self._written)

    def tz(self) -> ZoneInfo:
        """The city's time zone, in which moments are shown and typed."""

        return self.city.profile.zone

    def now(self) -> datetime:
        """The moment in the city's time zone (the database's clock, so tests can fix it)."""

        return self.db.clock().astimezone(self.city.profile.zone)

    def today(self) -> date:

        return self.city.profile.day_at(self.db.clock())

    def close(self) -> None:
        """Stop following the database's writes."""
        if self._written in self.db.listeners:
            self.db.listeners.remove(self._written)

    def _written(self, changes: Changes) -> None:
        """The database committed a write: tell the window now when the write ran on the UI
        thread (the pages then show it as soon as the service returns), else on the UI thread's
        next turn."""
        if QThread.currentThread() == self.thread():
            self._deliver(changes)
        else:
            self._written_elsewhere.emit(changes)

    def _deliver(self, changes: Changes) -> None:
        from ...services.kernel.changes import CITY

        with self.db.one_read():  # the city's and the pages' reads, one transaction
            if changes.touches(CITY):
                self._read_city()
            self.changed.emit(changes)

    def refresh(self, changes: Changes) -> None:
        """Everything may have changed elsewhere: read the city again, and tell the pages."""
        with self.db.one_read():
            self._read_city()
            self.changed.emit(changes)

    def _read_city(self) -> None:
        from ...services.city.writes import get_city

        city = get_city(self.db)
        if city is not None:
            self.city = city
        self.city_changed.emit()
