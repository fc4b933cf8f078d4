"""Whether the database changed underneath: SQLite's data_version, or on PostgreSQL the audit
log's last event, seen from a connection of the watch's own."""

from __future__ import annotations

from clerkdesk.services.departments.writes import create_department
from clerkdesk.services.kernel.changes import Changes
from clerkdesk.services.kernel.database import Database
from clerkdesk.services.kernel.inputs import DepartmentInput
from clerkdesk.services.kernel.outside_changes import ChangeWatch


def test_a_write_by_another_program(db, paths, clock) -> None:
    other = Database.open(paths, clock=clock, actor="deputy")
    watch = ChangeWatch(db)
    try:
        assert watch.watching
        assert not watch.changed()
        create_department(other, DepartmentInput("Library"))
        assert watch.changed()
        assert not watch.changed()  # seen once
        create_department(db, DepartmentInput("Fire"))
        watch.settle()  # its own program's write
        assert not watch.changed()
    finally:
        watch.close()
        other.close()


def test_on_a_server_each_look_is_one_statement_outside_a_transaction(db, paths, clock) -> None:
    """At a server down the hall every round trip is felt: the look after each of the
    program's own writes and the poll every second and a half send one statement each, with
    no transaction begun and ended around it; what another program wrote is still named."""
    import pytest
    from sqlalchemy import event

    if db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite's look is a pragma on the workstation itself")
    other = Database.open(paths, clock=clock, actor="deputy")
    watch = ChangeWatch(db)
    sent: list[str] = []
    listen = event.listens_for(db.engine, "before_cursor_execute")
    listen(lambda _c, _cur, statement, *_rest: sent.append(statement.split()[0]))
    try:
        assert watch._connection is not None
        assert watch._connection.connection.dbapi_connection.autocommit  # type: ignore[union-attr]
        written: list[Changes] = []
        db.listeners.append(written.append)
        create_department(db, DepartmentInput("Fire"))
        sent.clear()
        assert not watch.settle(written[-1].events)
        assert sent == ["SELECT"]
        sent.clear()
        assert not watch.changes()
        assert sent == ["SELECT"]
        create_department(other, DepartmentInput("Library"))
        sent.clear()
        changes = watch.changes()
        assert changes.touches("department")
        assert sent == ["SELECT", "SELECT"]  # the token, then what its events name
    finally:
        watch.close()
        other.close()


def test_another_program_s_write_just_before_one_s_own_is_not_taken_as_seen(
    db, paths, clock
) -> None:
    """The look after this program's own write leaves out its own events only: a colleague's
    write committed since the last look is told, so that its pages are read again."""
    from clerkdesk.services.kernel.changes import DEPARTMENTS, PEOPLE
    from clerkdesk.services.kernel.inputs import PersonInput
    from clerkdesk.services.people.writes import create_person

    other = Database.open(paths, clock=clock, actor="deputy")
    watch = ChangeWatch(db)
    written: list[Changes] = []
    db.listeners.append(written.append)
    try:
        create_department(db, DepartmentInput("Fire"))
        assert written[-1].events and not watch.settle(written[-1].events)
        create_person(other, PersonInput("E9", "Lee Park"))  # not looked at yet
        create_department(db, DepartmentInput("Library"))
        elsewhere = watch.settle(written[-1].events)
        assert elsewhere.touches(PEOPLE) and not elsewhere.touches(DEPARTMENTS)
        assert not watch.changes()  # told once
    finally:
        watch.close()
        other.close()
