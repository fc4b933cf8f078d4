"""Each page of the window reads its records in a fixed number of statements, whatever the
size of the city: one per kind of thing, never one per department, account, person or row.
The window is opened on a smaller city and on one three times its size (bench/city.py, the
same shape), and each registered page's first show and its reload are counted."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from tests.conftest import NOW, Clock


def sized(scale: int) -> dict[str, int]:
    """A city of `scale` times the smaller one's every register."""
    return {
        "departments": 3 * scale,
        "people": 16 * scale,
        "accounts": 12 * scale,
        "events": 40 * scale,
        "requests": 4 * scale,
        "removals": 12 * scale,
        "elected": 4 * scale,
        "exceptions": 3 * scale,
    }


@contextmanager
def counting(engine: Any) -> Iterator[list[str]]:
    """The SQL statements `engine` executes meanwhile."""
    seen: list[str] = []

    def before(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", before)


def settled(qtbot: Any, window: Any) -> None:
    """Until every background read has handed back what it read and the pages showed it."""
    from clerkdesk.gui.window.background import Operation

    def done() -> bool:
        pages = window.pages.values()
        return not Operation._running and all(getattr(p, "loading", None) is None for p in pages)

    qtbot.waitUntil(done, timeout=20_000)
    qtbot.wait(1)


def statements_per_page(home: Path, qtbot: Any) -> dict[str, tuple[int, int]]:
    """(first show, reload) statements of each registered page in the window on `home`."""
    from PySide6.QtCore import QSettings

    from clerkdesk.gui.window.context import AppContext
    from clerkdesk.gui.window.main_window import MainWindow
    from clerkdesk.paths import resolve_paths
    from clerkdesk.services.city.writes import get_city
    from clerkdesk.services.kernel.database import Database

    paths = resolve_paths(home=str(home))
    db = Database.open(paths, clock=Clock(), actor="clerk")
    counts: dict[str, tuple[int, int]] = {}
    try:
        settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(paths, settings)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        ctx = AppContext(paths, db, get_city(db), settings)
        first = window.entries[0].key  # shown as the window opens
        with counting(db.engine) as seen:
            window.attach(ctx)
            settled(qtbot, window)
        shown = {first: len(seen)}
        for entry in window.entries[1:]:
            with counting(db.engine) as seen:
                window.go(entry.key)
                settled(qtbot, window)
            shown[entry.key] = len(seen)
        for entry in window.entries:
            window.go(entry.key)
            settled(qtbot, window)
            with counting(db.engine) as seen:
                window.page(entry.key).reload()
                settled(qtbot, window)
            counts[entry.key] = (shown[entry.key], len(seen))
        window.close()
    finally:
        db.close()
    return counts


def make(home: Path, scale: int) -> Path:
    """The city of `scale` (bench/city.py) and, through the program's own writes, a
    custodian on two accounts of every twelve (half their agreements signed, their passwords
    changed), a person separated of every sixteen, and an access review started, its worksheet
    printed, in a department of every three."""
    from bench.city import make_city
    from clerkdesk.paths import resolve_paths
    from clerkdesk.services.credentials.passwords import record_password_change
    from clerkdesk.services.kernel.database import Database
    from clerkdesk.services.people.separation import separate
    from clerkdesk.services.reviews.printouts import print_review
    from clerkdesk.services.terms.writes import designate, record_signatures

    size = sized(scale)
    make_city(home, now=NOW, **size)
    db = Database.open(resolve_paths(home=str(home)), clock=Clock(), actor="clerk")
    try:
        for n in range(2 * scale):  # accounts 1, 2, 7, 8, ...: approved (bench/city.py)
            account = 1 + 6 * (n // 2) + n % 2
            term = designate(db, account, f"E{n:06d}", "custodian", NOW - timedelta(days=90))
            if n % 2:
                signed = (NOW - timedelta(days=80)).date()
                record_signatures(db, term.id, signed, signed, signed)
            record_password_change(db, account, NOW - timedelta(days=30))
        for n in range(scale):
            separate(db, f"E{16 * n + 5:06d}", NOW - timedelta(hours=20))
        for n in range(0, sized(scale)["departments"], 3):
            print_review(db, f"Department {n:03d}", home / f"review-{n}.pdf")
    finally:
        db.close()
    return home


@pytest.fixture
def cities(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    from clerkdesk.gui.window.refresh import Refresher

    # The window's look for changes made outside it (when the application becomes active, and
    # every 1.5 s) is no page's read: it would be counted in whichever page it fell.
    monkeypatch.setattr(Refresher, "poll", lambda self: False)
    return make(tmp_path / "smaller", 1), make(tmp_path / "larger", 3)


def test_every_page_reads_as_many_statements_in_a_larger_city(
    cities: tuple[Path, Path], qtbot: Any
) -> None:
    from clerkdesk.gui.pages.registry import page_entries

    smaller = statements_per_page(cities[0], qtbot)
    larger = statements_per_page(cities[1], qtbot)
    assert set(smaller) == {entry.key for entry in page_entries()}
    grown = {key: (smaller[key], larger[key]) for key in smaller if larger[key] != smaller[key]}
    report = "\n".join(f"{key}: {smaller[key]} -> {larger[key]}" for key in smaller)
    print(report)
    assert not grown, f"statements (first show, reload) that grew with the city:\n{report}"
