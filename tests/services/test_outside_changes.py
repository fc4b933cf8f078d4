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


def test_the_rows_a_colleague_wrote_are_named_by_its_events(db, paths, clock) -> None:
    """A person edited or added at another workstation is named by the employee ID of its
    event, so that the People page reads that row alone; a key that names no row (a person
    renamed again since) names none, and the list is read whole."""
    from clerkdesk.services.kernel.changes import PEOPLE
    from clerkdesk.services.kernel.inputs import PersonInput
    from clerkdesk.services.people.writes import create_person, update_person

    dana = create_person(db, PersonInput("E1", "Dana Whitfield"))
    other = Database.open(paths, clock=clock, actor="deputy")
    watch = ChangeWatch(db)
    try:
        update_person(other, dana.id, PersonInput("E1", "Dana Whitfield", title="Clerk"))
        assert watch.changes().rows_of(PEOPLE) == {dana.id}
        lee = create_person(other, PersonInput("E2", "Lee Park"))
        update_person(other, dana.id, PersonInput("E1", "Dana Whitfield", title="Deputy"))
        assert watch.changes().rows_of(PEOPLE) == {dana.id, lee.id}  # one look, two writes
        update_person(other, lee.id, PersonInput("E3", "Lee Park"))  # its key changed
        update_person(other, lee.id, PersonInput("E4", "Lee Park"))  # and again
        assert watch.changes().rows_of(PEOPLE) is None  # E3 names no one now
        assert not watch.changes()
    finally:
        watch.close()
        other.close()


def test_an_entity_names_a_table_s_rows_only_where_it_alone_writes_it() -> None:
    """An account's event names the account it wrote by its address; a tool determination's
    event (which writes the accounts' tool approvals) names no account, so beside it no
    account row is known."""
    from clerkdesk.services.kernel.registers import rows_named_by

    assert rows_named_by({"account"}) == (("account", "account", "url"),)
    assert rows_named_by({"account", "tool"}) == ()
    assert rows_named_by({"person", "department"}) == (("person", "person", "employee_id"),)
    assert rows_named_by({"department"}) == ()


def test_more_records_than_a_few_written_elsewhere_name_no_rows(
    db, paths, clock, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A file of thousands imported at another workstation: its events' keys are not all read
    (its pages read their whole lists), only what they touched."""
    from clerkdesk.services.kernel import outside_changes
    from clerkdesk.services.kernel.changes import PEOPLE
    from clerkdesk.services.kernel.inputs import PersonInput
    from clerkdesk.services.people.writes import create_person

    monkeypatch.setattr(outside_changes, "FEW", 1)
    other = Database.open(paths, clock=clock, actor="deputy")
    watch = ChangeWatch(db)
    try:
        create_person(other, PersonInput("E1", "Dana Whitfield"))
        create_person(other, PersonInput("E2", "Lee Park"))
        changes = watch.changes()
        assert changes.touches(PEOPLE) and changes.rows_of(PEOPLE) is None
        create_person(other, PersonInput("E3", "Sam Ortiz"))
        assert watch.changes().rows_of(PEOPLE) is not None  # one: named
    finally:
        watch.close()
        other.close()
