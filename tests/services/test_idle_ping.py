"""On a shared PostgreSQL database a connection the pool kept unused for a while is asked
whether it still answers before a transaction uses it, and replaced when it does not; one used
a moment ago is trusted, since the question costs a round trip."""

from __future__ import annotations

import pytest
from sqlalchemy import event, text

from clerkdesk.services.kernel.database import Database
from clerkdesk.store import engine


def _postgresql_only(db) -> None:  # type: ignore[no-untyped-def]
    if db.engine.dialect.name != "postgresql":
        pytest.skip("the pool's ping is the server's")


def _backend(db: Database) -> int:
    with db.reading() as session:
        return int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())


def test_a_connection_idle_long_is_replaced_when_it_died(db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _postgresql_only(db)
    monkeypatch.setattr(engine, "PING_AFTER_S", 0.0)  # every connection counts as idle
    first = _backend(db)
    other = Database(db.paths)  # as an administrator or a restart would
    try:
        with other.writing() as session:
            session.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first})
    finally:
        other.close()
    again = _backend(db)  # no error: the dead connection was found and replaced
    assert again != first


def test_a_connection_used_a_moment_ago_is_not_asked(db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _postgresql_only(db)
    monkeypatch.setattr(engine, "PING_AFTER_S", 3600.0)
    _backend(db)  # the connection made and given back
    statements: list[str] = []
    listen = event.listens_for(db.engine, "before_cursor_execute")
    pings: list[object] = []
    original = db.engine.dialect.do_ping
    monkeypatch.setattr(db.engine.dialect, "do_ping", lambda c: pings.append(c) or original(c))
    listen(lambda *args: statements.append(args[2]))
    _backend(db)
    assert pings == []
    assert statements == ["SELECT pg_backend_pid()"]
    monkeypatch.setattr(engine, "PING_AFTER_S", 0.0)
    _backend(db)
    assert len(pings) == 1
