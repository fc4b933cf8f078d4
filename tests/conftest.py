"""Every test runs offscreen, with every ClerkDesk path inside its own temporary folder."""

from __future__ import annotations

import logging
import os
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The moment "now" is in tests that fix the clock: 2026-11-20 15:00 in Stoughton.
NOW = datetime(2026, 11, 20, 21, 0, tzinfo=UTC)


# A Python log record of WARNING or worse fails the test that logged it, as a Qt warning does
# (`qt_log_level_fail`); a test that logs one on purpose says so with this marker.
EXPECTS_LOG_WARNING = "expects_log_warning"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{EXPECTS_LOG_WARNING}: the test logs a WARNING (or worse) on purpose and does not "
        "fail for it",
    )


class _WarningRecords(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def _failing_on_log_warnings(item: pytest.Item, phase: str) -> Iterator[None]:
    handler = _WarningRecords()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)
    if handler.records and item.get_closest_marker(EXPECTS_LOG_WARNING) is None:
        logged = "\n".join(f"  {r.levelname} {r.name}: {r.getMessage()}" for r in handler.records)
        pytest.fail(
            f"logged during {phase} (mark the test {EXPECTS_LOG_WARNING} if it is meant to):\n"
            f"{logged}",
            pytrace=False,
        )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Generator[None, None, None]:
    with _failing_on_log_warnings(item, "setup"):
        return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    with _failing_on_log_warnings(item, "the test"):
        return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Generator[None, None, None]:
    with _failing_on_log_warnings(item, "teardown"):
        return (yield)


class Clock:
    """A clock a test can move."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CLERKDESK_HOME", str(home))
    monkeypatch.delenv("CLERKDESK_DB", raising=False)
    # The program itself, and every subprocess a test starts, take "now" from here.
    monkeypatch.setenv("CLERKDESK_NOW", NOW.isoformat())


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[object]:
    """Each test gets an empty in-memory credential store."""
    import keyring

    from tests.support.keyrings import MemoryKeyring

    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


@pytest.fixture
def clock() -> Clock:
    return Clock()


# The tests that run on both databases: what the store, the services and the command line do.
BOTH_DATABASES = ("tests/store/", "tests/services/", "tests/cli/")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test that opens a database runs on SQLite; those of the store, the services and
    the command line also on a real PostgreSQL server (tests/support/postgres.py), unless
    marked `sqlite_only` (they read the SQLite file itself)."""
    if "database_url" not in metafunc.fixturenames:
        return
    from tests.support import postgres

    backends = ["sqlite"]
    where = str(metafunc.definition.path.relative_to(Path(__file__).parent.parent))
    if (
        postgres.wanted() != "skip"
        and where.startswith(BOTH_DATABASES)
        and metafunc.definition.get_closest_marker("sqlite_only") is None
        and (postgres.wanted() == "require" or postgres.available())
    ):
        backends.append("postgresql")
    metafunc.parametrize("database_url", backends, indirect=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[object]:
    from tests.support import postgres

    try:
        server = postgres.start()
    except RuntimeError as exc:
        pytest.fail(f"the PostgreSQL server for the tests did not start: {exc}")
    yield server
    server.stop()


@pytest.fixture
def database_url(request: pytest.FixtureRequest) -> str | None:
    """The database URL a test works on: None for SQLite (a file in the test's home), or an
    emptied PostgreSQL database."""
    if request.param == "sqlite":
        return None
    from tests.support import postgres

    server = request.getfixturevalue("postgres_server")
    postgres.reset(server)
    return str(server.url)


@pytest.fixture
def paths(tmp_path: Path, database_url: str | None):  # type: ignore[no-untyped-def]
    from clerkdesk.paths import resolve_paths

    return resolve_paths(db=database_url, home=str(tmp_path / "clerkdesk"))


@pytest.fixture
def empty_db(paths, clock) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A migrated database with no city yet."""
    from clerkdesk.services.kernel.database import Database

    db = Database.open(paths, create=True, clock=clock, actor="clerk")
    yield db
    db.close()


@pytest.fixture
def db(empty_db):  # type: ignore[no-untyped-def]
    """A migrated database set up for Stoughton (adopted 2019-06-25)."""
    from clerkdesk.services.city.writes import init_city

    init_city(empty_db, "Stoughton", "stoughton", date(2019, 6, 25))
    return empty_db
