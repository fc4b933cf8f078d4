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


# The register is the city's, and on a shared workstation no other user may read it: the home
# folder is the user's alone and every file ClerkDesk writes (database, log, handover, backup)
# is readable by the user only, whatever the umask. On Windows the user's profile folder, where
# the home is, already keeps other users out, and the modes below mean nothing there.
PRIVATE_DIR, PRIVATE_FILE = 0o700, 0o600


def private_dir(path: Path) -> Path:
    """`path` made (with its parents) as a folder only this user may enter."""
    existed = path.is_dir()
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if not existed and os.name != "nt":
        os.chmod(path, PRIVATE_DIR)  # mkdir's mode is cut by the umask
    return path


def private_file(path: Path) -> Path:
    """`path` (made empty if it is not there) readable and writable by this user only."""
    if os.name == "nt":
        path.touch(exist_ok=True)
        return path
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE))
    try:
        if path.stat().st_uid == os.getuid():
            os.chmod(path, PRIVATE_FILE)
    except OSError:
        pass  # not ours to change (a file IT put there); it is used as it is
    return path


def demo_paths(paths: Paths) -> Paths:
    """The demonstration city's own folder inside the home folder: its database, settings
    and log, apart from the real register's (which it never touches)."""
    home = paths.home / "demonstration"
    return Paths(home=home, database_url=to_database_url(str(home / "clerkdesk.db")))


def database_label(paths: Paths) -> str:
    """Where the data lives, for the status bar, with any password hidden."""
    import re

    file = paths.database_file
    if file is not None:
        return str(file)
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", paths.database_url)
