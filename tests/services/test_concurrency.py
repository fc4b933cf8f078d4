"""Two writers on one database: the second waits or is told plainly; nothing is corrupted."""

import sqlite3
import threading

import pytest

from clerkdesk.core.errors import DatabaseBusyError
from clerkdesk.services import departments, maintenance
from clerkdesk.services.inputs import DepartmentInput
from clerkdesk.store import engine as engine_module


def test_a_locked_database_says_so_and_changes_nothing(db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    holder = sqlite3.connect(db.paths.database_file, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        # A short wait keeps the test quick; the program waits 5 seconds.
        db.engine.dispose()
        monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
        from clerkdesk.services.database import Database

        other = Database.open(db.paths, clock=db.clock)
        with pytest.raises(DatabaseBusyError, match="another ClerkDesk window or command"):
            departments.create_department(other, DepartmentInput("Parks"))
        other.close()
    finally:
        holder.rollback()
        holder.close()
    assert departments.list_departments(db) == []
    assert maintenance.check(db) == []


def test_writers_in_parallel_all_land_and_the_chain_holds(db) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.database import Database

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
