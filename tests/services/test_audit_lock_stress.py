"""The audit log's append lock under load: several workstations (processes) writing at once,
each write with its event. Every write lands, the events are numbered without a gap or a
repeat, the chain holds, and no writer deadlocks or is turned away."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import func, select

from clerkdesk.services.integrity import maintenance
from clerkdesk.store.models.audit import AuditEvent
from clerkdesk.store.models.departments import Department
from clerkdesk.store.models.people import Person

ROOT = Path(__file__).resolve().parents[2]
WRITERS, WRITES = 6, 20

WRITER = textwrap.dedent(
    """
    import sys
    from clerkdesk.paths import resolve_paths
    from clerkdesk.services.kernel.database import Database
    from clerkdesk.services.departments.writes import create_department
    from clerkdesk.services.people.writes import create_person
    from clerkdesk.services.kernel.inputs import DepartmentInput, PersonInput

    url, home, n, writes = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    db = Database.open(resolve_paths(db=url, home=home), actor=f"workstation-{n}")
    for i in range(writes):
        name = f"Dept {n}-{i}"
        create_department(db, DepartmentInput(name))
        create_person(db, PersonInput(f"E{n}-{i}", f"Person {n} {i}", "Clerk", name))
    db.close()
    """
)


def test_writers_in_separate_processes_queue_on_the_audit_lock(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        before = session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writers = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WRITER,
                db.paths.database_url,
                str(tmp_path / f"ws{n}"),
                str(n),
                str(WRITES),
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(WRITERS)
    ]
    failures = []
    for proc in writers:
        _out, err = proc.communicate(timeout=240)
        if proc.returncode != 0:
            failures.append(err.strip().splitlines()[-1:])
    assert failures == []
    with db.reading() as session:
        departments = session.execute(select(func.count()).select_from(Department)).scalar_one()
        people = session.execute(select(func.count()).select_from(Person)).scalar_one()
        seqs = list(session.scalars(select(AuditEvent.seq).order_by(AuditEvent.seq)))
        actors = set(session.scalars(select(AuditEvent.actor).where(AuditEvent.seq > before)))
    assert departments == people == WRITERS * WRITES
    assert seqs == list(range(1, before + 2 * WRITERS * WRITES + 1))
    assert actors == {f"workstation-{n}" for n in range(WRITERS)}
    assert maintenance.check(db) == []
