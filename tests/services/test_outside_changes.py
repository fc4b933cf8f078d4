"""Whether the database changed underneath: SQLite's data_version, or on PostgreSQL the audit
log's last event, seen from a connection of the watch's own."""

from __future__ import annotations

from clerkdesk.services.departments.writes import create_department
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
