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


@pytest.fixture
def paths(tmp_path: Path):  # type: ignore[no-untyped-def]
    from clerkdesk.paths import resolve_paths

    return resolve_paths(home=str(tmp_path / "clerkdesk"))


@pytest.fixture
def empty_db(paths, clock) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A migrated database with no city yet."""
    from clerkdesk.services.database import Database

    db = Database.open(paths, create=True, clock=clock, actor="clerk")
    yield db
    db.close()


@pytest.fixture
def db(empty_db):  # type: ignore[no-untyped-def]
    """A migrated database set up for Stoughton (adopted 2019-06-25)."""
    from clerkdesk.services.city import init_city

    init_city(empty_db, "Stoughton", "stoughton", date(2019, 6, 25))
    return empty_db
