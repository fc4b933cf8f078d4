"""What another program wrote is read from the audit events it appended (the window's
`ChangeWatch`): each register says which entities' events may come with a write to its tables
(`written_by`), and the tables of those registers must hold every table such a write touched.
Checked on every write of the demonstration city of each shipped policy, and of importing every
contract file; and a write seen from another connection names those tables, or every table
when it came with no event."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session

from clerkdesk.resources import profile_keys
from clerkdesk.services.city.writes import init_city
from clerkdesk.services.demo import city as demo
from clerkdesk.services.departments.writes import create_department
from clerkdesk.services.kernel.changes import Changes
from clerkdesk.services.kernel.database import Database
from clerkdesk.services.kernel.inputs import DepartmentInput
from clerkdesk.services.kernel.outside_changes import ChangeWatch, every_table
from clerkdesk.services.kernel.registers import MACHINERY_TABLES, registers, tables_written_by
from clerkdesk.services.transfer import csv_import

from .test_contract import _kind, _order

Written = list[tuple[frozenset[str], frozenset[str]]]


@contextmanager
def writes(db: Database) -> Iterator[Written]:
    """Each committed write of `db` meanwhile: the entities of its events, the tables it touched."""
    seen: Written = []
    entities: set[str] = set()

    def on_execute(state: ORMExecuteState) -> None:
        table = getattr(getattr(state.statement, "table", None), "name", None)
        if state.is_insert and table == "audit_event":
            rows: Any = state.parameters
            for row in rows if isinstance(rows, list) else [rows]:
                entities.add(row["entity"])

    def rolled_back(session: Session) -> None:
        entities.clear()

    def committed(changes: Changes) -> None:
        seen.append((frozenset(entities), changes.tables))
        entities.clear()

    event.listen(Session, "do_orm_execute", on_execute)
    event.listen(Session, "after_rollback", rolled_back)
    db.listeners.append(committed)
    try:
        yield seen
    finally:
        db.listeners.remove(committed)
        event.remove(Session, "after_rollback", rolled_back)
        event.remove(Session, "do_orm_execute", on_execute)


def beyond(seen: Written) -> list[str]:
    """The writes that touched a table their events' registers do not name."""
    wrong = []
    for entities, tables in seen:
        if not entities:
            continue  # no event: the watch reads every table again
        named = tables_written_by(entities)
        if named is None or not tables <= named:
            missing = "every table" if named is None else sorted(tables - named)
            wrong.append(f"events of {sorted(entities)} wrote {missing} beyond their registers")
    return wrong


@pytest.mark.parametrize("key", profile_keys())
def test_the_demonstration_city_writes_only_what_its_events_name(empty_db, key) -> None:  # type: ignore[no-untyped-def]
    init_city(empty_db, key.title(), key, date(2020, 1, 1))
    with writes(empty_db) as seen:
        demo.load_demo(empty_db)
    assert len([w for w in seen if w[0]]) > 20  # the demonstration's many writes were seen
    assert beyond(seen) == []


def test_every_contract_file_writes_only_what_its_events_name(empty_db) -> None:  # type: ignore[no-untyped-def]
    init_city(empty_db, "Lakeview", "janesville", date(2020, 3, 2))
    with writes(empty_db) as seen:
        for path in _order():
            csv_import.import_csv(empty_db, _kind(path), path)
    assert {e for entities, _ in seen for e in entities} >= {"account", "person", "removal"}
    assert beyond(seen) == []


def test_every_register_is_written_by_its_own_events() -> None:
    for register in registers():
        assert register.written_by, f"register {register.noun} names no entity"
    assert tables_written_by(["a later version's entity"]) is None
    assert tables_written_by(["department"]) >= MACHINERY_TABLES | {"department", "review"}


def test_another_program_s_write_names_its_register_s_tables(db, paths, clock) -> None:  # type: ignore[no-untyped-def]
    other = Database.open(paths, clock=clock, actor="deputy")
    watch = ChangeWatch(db)
    try:
        assert watch.changes() == Changes()
        create_department(other, DepartmentInput("Library"))
        seen = watch.changes()
        assert seen.tables == tables_written_by(["department"])
        assert "department" in seen.tables and "account" not in seen.tables
        assert watch.changes() == Changes()  # seen once
    finally:
        watch.close()
        other.close()


def test_a_write_with_no_event_reads_every_table_again(db, paths) -> None:  # type: ignore[no-untyped-def]
    if paths.database_file is None:
        pytest.skip("on a server the change token is the audit log: only events are seen")
    watch = ChangeWatch(db)
    try:
        with sqlite3.connect(paths.database_file) as raw:
            raw.execute("UPDATE city SET name = name || ' (edited)'")
        assert watch.changes() == every_table()
    finally:
        watch.close()
