import sqlite3

import pytest
from sqlalchemy import text

from clerkdesk.services.departments.writes import create_department
from clerkdesk.services.integrity import audit, maintenance
from clerkdesk.services.kernel.inputs import DepartmentInput


def _sql(db, statement: str) -> None:  # type: ignore[no-untyped-def]
    """Change the database behind ClerkDesk's back, as someone with the database's own tools
    would."""
    with db.engine.begin() as conn:
        conn.execute(text(statement))


def test_every_write_is_chained_and_check_finds_it_sound(db) -> None:  # type: ignore[no-untyped-def]
    for name in ("Parks", "Police", "Library"):
        create_department(db, DepartmentInput(name))
    events = audit.list_events(db)
    assert [e.seq for e in events] == [4, 3, 2, 1]
    assert events[0].summary == "Added department Library"
    assert maintenance.check(db) == []


def test_check_notices_an_altered_event(db) -> None:  # type: ignore[no-untyped-def]
    create_department(db, DepartmentInput("Parks"))
    _sql(db, "UPDATE audit_event SET summary = 'nothing happened' WHERE seq = 2")
    assert maintenance.check(db) == ["audit log: event 2 was altered after it was written"]


def test_check_notices_a_removed_event(db) -> None:  # type: ignore[no-untyped-def]
    for name in ("Parks", "Police"):
        create_department(db, DepartmentInput(name))
    _sql(db, "DELETE FROM audit_event WHERE seq = 2")
    problems = maintenance.check(db)
    assert "audit log: event 2 is missing (next is 3)" in problems
    assert "audit log: event 3 does not follow the one before it" in problems


@pytest.mark.parametrize("folder", ["a#b", "c d%20e", "Clerk's office"])
def test_backup_copies_everything_whatever_the_folder_is_called(tmp_path, clock, folder) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.paths import resolve_paths
    from clerkdesk.services.city.writes import init_city
    from clerkdesk.services.kernel.database import Database

    db = Database.open(resolve_paths(home=str(tmp_path / folder)), create=True, clock=clock)
    init_city(db, "Stoughton")
    create_department(db, DepartmentInput("Parks"))
    copy = maintenance.backup(db, tmp_path / folder / "copy.db")
    db.close()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT name FROM department").fetchall() == [("Parks",)]
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]


def test_the_whole_log_is_searched_as_every_page_filters(db) -> None:  # type: ignore[no-untyped-def]
    """Case and accents aside, a handle's @ aside, as the pages' filters: `nunez` finds the
    events of José Ñúñez, and `@parks` a department written without it; % and _ are
    themselves."""
    from clerkdesk.services.kernel.inputs import PersonInput
    from clerkdesk.services.people.writes import create_person

    create_department(db, DepartmentInput("Parks"))
    create_person(db, PersonInput("E300", "José Ñúñez", "Aide", "Parks"))
    [person] = audit.list_events(db, words=("nunez",))
    assert "José Ñúñez" in person.summary
    assert [e.seq for e in audit.list_events(db, words=("JOSÉ", "ñúñez"))] == [person.seq]
    [department] = audit.list_events(db, words=("@parks", "added", "department"))
    assert department.summary == "Added department Parks"
    assert audit.list_events(db, words=("nunez", "department")) == []
    assert audit.list_events(db, words=("%",)) == audit.list_events(db, words=("_",)) == []
    assert [e.seq for e in audit.list_events(db, words=("e",), limit=1)] == [person.seq]
