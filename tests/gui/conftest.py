"""Fixtures for the window's tests: a city set up on the suite's database (tests/conftest.py:
a fresh one per test, on its fixed clock), the shared context the pages use, and message boxes
answered without a user."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent

# The offscreen platform warns whenever a window's size limits change; it means nothing here.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, extend=True))


@pytest.fixture
def city_db(db: Any) -> Any:
    """Stoughton (policy adopted 2019-06-25) with two departments and two people."""
    from clerkdesk.services.departments.writes import create_department
    from clerkdesk.services.kernel.inputs import DepartmentInput, PersonInput
    from clerkdesk.services.people.writes import create_person

    create_department(db, DepartmentInput("Parks"))
    create_department(db, DepartmentInput("Police"))
    create_person(db, PersonInput("E100", "Dana Whitfield", "City Clerk", "Parks"))
    create_person(db, PersonInput("E200", "Robert Hale", "Chief", "Police"))
    return db


@pytest.fixture
def ctx(city_db: Any, paths: Any, qapp: Any) -> Any:
    from PySide6.QtCore import QSettings

    from clerkdesk.gui.window.context import AppContext
    from clerkdesk.services.city.writes import get_city

    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    return AppContext(paths, city_db, get_city(city_db), settings)


def add_account(
    db: Any, url: str, status: str = "proposed", department: str = "Parks", **kw: Any
) -> Any:
    from clerkdesk.services.accounts.writes import create_account
    from clerkdesk.services.kernel.inputs import AccountInput

    return create_account(
        db, AccountInput(url, kw.pop("platform", "facebook"), department, status=status, **kw)
    )


def approve(db: Any, account_id: int, on: date = date(2026, 1, 5)) -> Any:
    from clerkdesk.services.accounts.writes import approve_account
    from clerkdesk.services.kernel.inputs import ApprovalInput

    return approve_account(
        db,
        account_id,
        ApprovalInput(
            "mayor",
            "Mayor Jones",
            on,
            "Res. 1",
            can_administer=True,
            monitoring="Every work day",
            it_notified=True,
        ),
    )


@dataclass
class Answers:
    """What the message boxes said, and how a test answers confirmations."""

    confirm_with: bool = True
    errors: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    details: list[tuple[str, list[str]]] = field(default_factory=list)  # summary, lines
    confirmations: list[str] = field(default_factory=list)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    from clerkdesk.gui.widgets import messages

    seen = Answers()
    monkeypatch.setattr(
        messages, "show_error", lambda parent, message, title="": seen.errors.append(message)
    )
    monkeypatch.setattr(
        messages, "show_info", lambda parent, message, title="": seen.infos.append(message)
    )
    monkeypatch.setattr(
        messages,
        "show_details",
        lambda parent, summary, lines, title="", problems=False: seen.details.append(
            (summary, list(lines))
        ),
    )

    def confirm(parent: Any, title: str, text: str, action: str) -> bool:
        seen.confirmations.append(text)
        return seen.confirm_with

    monkeypatch.setattr(messages, "confirm", confirm)
    return seen


@pytest.fixture(autouse=True)
def unsaved_answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window asked about edits not saved (as a test's window closes, say); they are
    dropped unless a test answers otherwise (tests/gui/test_unsaved.py drives the real box)."""
    from clerkdesk.gui.widgets import messages

    asked: list[str] = []

    def ask(parent: Any, what: str) -> str:
        asked.append(what)
        return messages.DISCARD

    monkeypatch.setattr(messages, "ask_unsaved", ask)
    return asked


@pytest.fixture(autouse=True)
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What ClerkDesk handed to the operating system to open (PDFs, scans, e-mails); nothing
    is really opened in a test."""
    from clerkdesk.gui.files import desktop

    seen: list[str] = []

    def open_url(url: Any) -> bool:
        seen.append(url.toString())
        return True

    monkeypatch.setattr(desktop, "open_url", open_url)
    return seen


def finished(qtbot: Any, operation: Any, timeout: int = 30_000) -> None:
    """Wait until background work (printing, reading) has handed back its result."""
    from clerkdesk.gui.window.background import Operation

    qtbot.waitUntil(lambda: operation not in Operation._running, timeout=timeout)


@pytest.fixture
def window(ctx: Any, qtbot: Any) -> Any:
    """The main window on `ctx`, shown, as after start-up."""
    from clerkdesk.gui.window.main_window import MainWindow

    win = MainWindow(ctx.paths, ctx.settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.attach(ctx)
    return win


def shortcut_of(key: str) -> str:
    """The shortcut the page registered as `key` is reached by (its `register_page` call)."""
    from clerkdesk.gui.pages.registry import page_entries

    entry = next((e for e in page_entries() if e.key == key), None)
    assert entry is not None, f"no page registered as {key!r}"
    assert entry.shortcut, f"page {key!r} has no shortcut"
    return entry.shortcut


def go(qtbot: Any, window: Any, key: str) -> Any:
    """Press the shortcut registered for the page `key` (e.g. Ctrl+7 for "settings"); the
    page shown."""
    from PySide6.QtGui import QKeySequence

    combination = QKeySequence(shortcut_of(key))[0]
    qtbot.keyClick(window, combination.key(), combination.keyboardModifiers())
    return window.page(window.current_key())


def press(qtbot: Any, window: Any, key: Any, modifiers: Any = None) -> None:
    from PySide6.QtCore import Qt

    qtbot.keyClick(
        window.focusWidget() or window,
        key,
        modifiers if modifiers is not None else Qt.KeyboardModifier.NoModifier,
    )


def audit_actions(db: Any) -> list[str]:
    from clerkdesk.services.integrity.audit import list_events

    return [event.action for event in list_events(db)]


def store_looked(qtbot: Any, page: Any) -> Any:
    """The Settings page once its latest look at the credential store has been shown (it asks
    the store off the UI thread)."""
    qtbot.waitUntil(lambda: page.store_look.asking is None, timeout=10_000)
    return page


def loaded(qtbot: Any, page: Any) -> Any:
    """The page once any background read has finished (the Audit page reads its log so)."""
    qtbot.waitUntil(lambda: getattr(page, "loading", None) is None, timeout=10_000)
    return page


def counted_reads(monkeypatch: Any, module: Any, whole: str, some: str) -> dict[str, list[object]]:
    """Each whole read (`whole`, its `first`) and each read of some rows (`some`, their ids) a
    page's `module` makes from now on."""
    made: dict[str, list[object]] = {"whole": [], "some": []}
    read_whole, read_some = getattr(module, whole), getattr(module, some)

    def counted_whole(db: Any, first: int | None = None) -> Any:
        made["whole"].append(first)
        return read_whole(db, first)

    def counted_some(db: Any, ids: frozenset[int]) -> Any:
        made["some"].append(ids)
        return read_some(db, ids)

    monkeypatch.setattr(module, whole, counted_whole)
    monkeypatch.setattr(module, some, counted_some)
    return made
