"""The demonstration city as a register of its own, made afresh each time it is opened and
thrown away after: the real register is never touched by it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from ...paths import Paths, demo_paths
from ..integrity.anchor import key_of_its_own
from ..kernel.database import Database
from .city import load_demo
from .terms import add_terms


def open_demonstration(paths: Paths, clock: Callable[[], datetime] | None = None) -> Database:
    """A new demonstration register in the demonstration folder of `paths.home`."""
    demo = demo_paths(paths)
    file = demo.database_file
    assert file is not None
    for old in (file, file.with_name(file.name + "-wal"), file.with_name(file.name + "-shm")):
        old.unlink(missing_ok=True)
    db = Database.open(demo, create=True, clock=clock)
    key_of_its_own(db)
    try:
        load_demo(db)
        add_terms(db)
    except BaseException:
        db.close()
        raise
    return db
