"""On a shared PostgreSQL database a read that runs away is stopped and said busy, instead of
freezing the window; writes keep only their lock wait."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from clerkdesk.core.errors import DatabaseBusyError
from clerkdesk.services.kernel.database import Database
from clerkdesk.store import engine


def _postgresql_only(db) -> None:  # type: ignore[no-untyped-def]
    if db.engine.dialect.name != "postgresql":
        pytest.skip("statement_timeout is PostgreSQL's")


def test_reads_have_a_statement_timeout_and_writes_do_not(db) -> None:  # type: ignore[no-untyped-def]
    _postgresql_only(db)
    with db.reading() as session:
        assert session.execute(text("SHOW statement_timeout")).scalar() == "30s"
    with db.writing() as session:
        assert session.execute(text("SHOW statement_timeout")).scalar() == "0"
        assert session.execute(text("SHOW lock_timeout")).scalar() == "5s"


def test_a_read_that_runs_too_long_is_said_busy(db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _postgresql_only(db)
    monkeypatch.setattr(engine, "READ_TIMEOUT_MS", 100)  # the connections' timeout, as opened
    short = Database(db.paths)
    try:
        with pytest.raises(DatabaseBusyError, match="busy"), short.reading() as session:
            session.execute(text("SELECT pg_sleep(2)"))
        with short.reading() as session:  # the connection is usable again
            assert session.execute(text("SELECT 1")).scalar() == 1
    finally:
        short.close()
