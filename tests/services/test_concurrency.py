"""Two writers on one database: the second waits or is told plainly; nothing is corrupted."""

import sqlite3
import threading
import time
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text

from clerkdesk.core.errors import DatabaseBusyError
from clerkdesk.services.departments import writes as departments
from clerkdesk.services.integrity import maintenance
from clerkdesk.services.kernel.inputs import DepartmentInput
from clerkdesk.store import engine as engine_module


@contextmanager
def another_writer(db):  # type: ignore[no-untyped-def]
    """Another workstation in the middle of a write, holding the lock ClerkDesk's writes take:
    SQLite's write lock, or on PostgreSQL the audit log's lock."""
    if db.paths.database_file is not None:
        holder = sqlite3.connect(db.paths.database_file, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            holder.rollback()
            holder.close()
        return
    other = create_engine(db.paths.database_url)
    try:
        with other.connect() as conn:
            conn.execute(text("LOCK TABLE audit_event IN ACCESS EXCLUSIVE MODE"))
            yield
            conn.rollback()
    finally:
        other.dispose()


def test_a_locked_database_says_so_and_changes_nothing(db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with another_writer(db):
        # A short wait keeps the test quick; the program waits 5 seconds.
        db.engine.dispose()
        monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
        from clerkdesk.services.kernel.database import Database

        other = Database.open(db.paths, clock=db.clock)
        started = time.monotonic()
        with pytest.raises(DatabaseBusyError, match="another ClerkDesk window or command"):
            departments.create_department(other, DepartmentInput("Parks"))
        assert time.monotonic() - started < 5  # it said so, instead of waiting on
        other.close()
    assert departments.list_departments(db) == []
    assert maintenance.check(db) == []


def test_writers_in_parallel_all_land_and_the_chain_holds(db) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.kernel.database import Database

    errors: list[BaseException] = []

    def work(n: int) -> None:
        mine = Database.open(db.paths, clock=db.clock)
        try:
            for i in range(10):
                departments.create_department(mine, DepartmentInput(f"Dept {n}-{i}"))
        except BaseException as exc:  # noqa: BLE001  (collected for the assertion below)
            errors.append(exc)
        finally:
            mine.close()

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(departments.list_departments(db)) == 40
    assert maintenance.check(db) == []
