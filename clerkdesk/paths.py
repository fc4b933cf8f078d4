"""Where ClerkDesk keeps its files. Every path can be overridden (`--home`, `--db`, or the
`CLERKDESK_HOME` / `CLERKDESK_DB` environment variables)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Paths:
    home: Path
    database_url: str

    @property
    def backups(self) -> Path:
        return self.home / "backups"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "clerkdesk.log"

    @property
    def settings_file(self) -> Path:
        return self.home / "settings.ini"

    @property
    def database_file(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        prefix = "sqlite:///"
        if self.database_url.startswith(prefix) and self.database_url != "sqlite:///:memory:":
            return Path(self.database_url[len(prefix) :])
        return None


def default_home() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("ClerkDesk", appauthor=False))


def to_database_url(db: str) -> str:
    """An SQLAlchemy URL as it is, or a plain file path made into an SQLite URL."""
    if "://" in db:
        return db
    return "sqlite:///" + str(Path(db).expanduser().resolve())


def resolve_paths(db: str | None = None, home: str | None = None) -> Paths:
    home_text = home or os.environ.get("CLERKDESK_HOME")
    home_path = Path(home_text).expanduser().resolve() if home_text else default_home()
    db_text = db or os.environ.get("CLERKDESK_DB")
    url = to_database_url(db_text) if db_text else to_database_url(str(home_path / "clerkdesk.db"))
    return Paths(home=home_path, database_url=url)


def demo_paths(paths: Paths) -> Paths:
    """The demonstration city's own folder inside the home folder: its database, settings
    and log, apart from the real register's (which it never touches)."""
    home = paths.home / "demonstration"
    return Paths(home=home, database_url=to_database_url(str(home / "clerkdesk.db")))
