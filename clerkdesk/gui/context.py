"""What every page and dialog shares once the database is open: the paths, the database, the
city as last read, the settings, and the signals that say the records changed."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QSettings, Signal

from ..core.dates import local_date, zone
from ..paths import Paths

if TYPE_CHECKING:
    from ..services.database import Database
    from ..services.views import CityView


class AppContext(QObject):
    changed = Signal()  # records were written: pages reload
    city_changed = Signal()  # the city or its policy profile changed

    def __init__(
        self,
        paths: Paths,
        db: Database,
        city: CityView,
        settings: QSettings,
    ) -> None:
        super().__init__()
        self.paths, self.db, self.city, self.settings = paths, db, city, settings

    def tz(self) -> ZoneInfo:
        """The city's time zone, in which moments are shown and typed."""
        return zone(self.city.profile.timezone)

    def now(self) -> datetime:
        """The moment in the city's time zone (the database's clock, so tests can fix it)."""
        return self.db.clock().astimezone(zone(self.city.profile.timezone))

    def today(self) -> date:
        return local_date(self.db.clock(), zone(self.city.profile.timezone))

    def notify_changed(self) -> None:
        self.changed.emit()

    def reload_city(self) -> None:
        from ..services.city import get_city

        city = get_city(self.db)
        if city is not None:
            self.city = city
        self.city_changed.emit()


def database_label(paths: Paths) -> str:
    """Where the data lives, for the status bar, with any password hidden."""
    file = paths.database_file
    if file is not None:
        return str(file)
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", paths.database_url)
