"""Every test runs offscreen, with every ClerkDesk path inside its own temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The moment "now" is in tests that fix the clock: 2026-11-20 15:00 in Stoughton.
NOW = datetime(2026, 11, 20, 21, 0, tzinfo=UTC)


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
