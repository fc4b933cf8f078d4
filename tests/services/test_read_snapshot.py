"""A read is one moment of the register, on SQLite and on a shared server alike: a
colleague's write committed while Today (or any page, printout or command) is reading is seen
by none of its statements or by all, never by some, so that no screen mixes two states."""

from __future__ import annotations

from sqlalchemy import func, select

from clerkdesk.services.departments import writes as departments
from clerkdesk.services.kernel.database import Database
from clerkdesk.services.kernel.inputs import DepartmentInput
from clerkdesk.store.models.audit import AuditEvent
from clerkdesk.store.models.departments import Department


def _counts(session) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    departments_ = session.execute(select(func.count(Department.id))).scalar_one()
    events = session.execute(select(func.count(AuditEvent.seq))).scalar_one()
    return departments_, events


def test_a_colleague_s_write_during_a_read_is_not_seen_half_way(db) -> None:  # type: ignore[no-untyped-def]
    colleague = Database(db.paths)  # another workstation on the same register
    try:
        with db.reading() as session:
            before = _counts(session)
            departments.create_department(colleague, DepartmentInput("Parks"))
            # the read goes on: the department and its event are both out of its sight
            assert _counts(session) == before
        with db.reading() as session:  # the next read sees the write whole
            assert _counts(session) == (before[0] + 1, before[1] + 1)
    finally:
        colleague.close()
