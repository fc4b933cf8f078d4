"""(Issue 30:) what is due, computed again after a person's title is saved: only the parts of
the kept facts that read what the save touched are read again (`services/obligations/parts.py`)."""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path


def after_a_save(city: Path, runs: int) -> tuple[float, str]:
    """What is due computed again after each of `runs` saves of a person's title, on a copy of
    the city in `city`: (the median time, how many of the parts were read again)."""
    from clerkdesk.paths import resolve_paths
    from clerkdesk.services.kernel.database import Database
    from clerkdesk.services.kernel.inputs import PersonInput
    from clerkdesk.services.obligations import due as service
    from clerkdesk.services.obligations.kept import kept_facts
    from clerkdesk.services.people.writes import list_people, update_person

    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "city"
        shutil.copytree(city, home)
        db = Database.open(resolve_paths(home=str(home)))
        try:
            service.due(db)
            kept = kept_facts(db)
            person = list_people(db, 1)[0]
            times, read = [], 0
            for n in range(runs):
                data = PersonInput(person.employee_id, person.name, f"Title {n}", person.department)
                update_person(db, person.id, data)
                before = kept.parts_read
                start = time.perf_counter()
                service.due(db)
                times.append(time.perf_counter() - start)
                read = kept.parts_read - before
            whole = len(kept._read.parts) if kept._read is not None else 0
        finally:
            db.close()
    return statistics.median(times), f"{read} of {whole}"
