"""View → Refresh (F5), and a refresh on its own when another program wrote to the database
(another window, a workstation, the command line)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clerkdesk.services.departments.writes import create_department
from clerkdesk.services.kernel.database import Database
from clerkdesk.services.kernel.inputs import DepartmentInput
from clerkdesk.services.kernel.outside_changes import ChangeWatch, every_table

from .conftest import add_account, go


@pytest.fixture
def elsewhere(paths, clock):
    """The same database opened by another program."""
    other = Database.open(paths, clock=clock, actor="deputy")
    yield other
    other.close()


@pytest.fixture
def active(monkeypatch):
    """The program is in use (offscreen, no window is ever really active)."""
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(
        QApplication, "applicationState", lambda: Qt.ApplicationState.ApplicationActive
    )


def names(page) -> list[str]:
    return [page.model.row(i).name for i in range(page.model.rowCount())]


def test_a_write_elsewhere_is_seen_on_the_next_look(qtbot, window, elsewhere, active) -> None:
    departments = go(qtbot, window, "departments")
    assert names(departments) == ["Parks", "Police"]
    assert window.refresher.poll() is False  # nothing changed yet
    create_department(elsewhere, DepartmentInput("Library"))
    assert window.refresher.poll() is True
    assert names(departments) == ["Library", "Parks", "Police"]
    assert window.refresher.poll() is False


def test_the_poll_finds_it_by_itself(qtbot, window, elsewhere, active) -> None:
    departments = go(qtbot, window, "departments")
    create_department(elsewhere, DepartmentInput("Library"))
    qtbot.waitUntil(lambda: "Library" in names(departments), timeout=5000)


def test_pages_not_shown_read_again_when_next_shown(qtbot, window, elsewhere, active) -> None:
    go(qtbot, window, "departments")
    today = window.page("today")
    assert not today.first_steps.isHidden()
    add_account(elsewhere, "https://facebook.com/parks", status="pre-existing")
    window.refresher.poll()
    assert today.stale
    go(qtbot, window, "today")
    assert not today.first_steps.isVisible() and today.model.rowCount() > 0


def test_only_pages_showing_what_was_written_read_again(qtbot, window, elsewhere, active) -> None:
    removals = go(qtbot, window, "removals")
    departments = go(qtbot, window, "departments")
    assert not removals.stale and not departments.stale
    create_department(elsewhere, DepartmentInput("Library"))
    assert window.refresher.poll() is True
    assert names(departments) == ["Library", "Parks", "Police"]
    assert window.page("today").stale  # Today shows something of every register
    assert not removals.stale  # a department's write touches nothing it shows
    assert (window.refresher.touched, window.refresher.refreshes) == (1, 0)


def test_own_writes_do_not_read_everything_again(qtbot, window, city_db, active) -> None:
    go(qtbot, window, "departments")
    create_department(city_db, DepartmentInput("Library"))
    assert window.refresher.poll() is False and window.refresher.refreshes == 0


def test_f5_reads_everything_again(qtbot, window, elsewhere) -> None:
    departments = go(qtbot, window, "departments")
    create_department(elsewhere, DepartmentInput("Library"))
    assert window.refresh_action.shortcut().toString() == "F5"
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert names(departments) == ["Library", "Parks", "Police"]
    assert window.refresher.refreshes == 1


def test_f5_reads_every_fact_of_what_is_due_again(qtbot, window, city_db) -> None:
    """Not only the parts a write since has touched: a change made by hand beside a write of
    ClerkDesk's (which the events do not name) is read too."""
    from clerkdesk.services.obligations.due import due
    from clerkdesk.services.obligations.kept import kept_facts

    due(city_db)
    kept = kept_facts(city_db)
    reads, parts = kept.parts_read, len(kept._read.parts)  # type: ignore[union-attr]
    due(city_db)
    assert kept.parts_read == reads  # nothing changed: nothing read
    qtbot.keyClick(window, Qt.Key.Key_F5)
    due(city_db)
    assert kept.parts_read >= reads + parts  # every part read again


def test_a_city_renamed_elsewhere_shows_in_the_title(qtbot, window, elsewhere) -> None:
    from clerkdesk.services.city.writes import update_city

    update_city(elsewhere, "City of Stoughton", date(2019, 6, 25), None)
    window.refresh()
    assert window.windowTitle().startswith("City of Stoughton")


def test_the_watch_itself(city_db, elsewhere) -> None:
    watch = ChangeWatch(city_db)
    try:
        assert watch.watching and not watch.changed()
        create_department(elsewhere, DepartmentInput("Library"))
        assert watch.changed() and not watch.changed()
        create_department(city_db, DepartmentInput("Fire"))  # its own database's write
        watch.settle()
        assert not watch.changed()
    finally:
        watch.close()
    assert {"department", "account", "audit_event"} <= every_table().tables
