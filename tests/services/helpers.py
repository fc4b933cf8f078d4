"""Helpers for service tests."""

from __future__ import annotations

import sqlite3

from clerkdesk.services.database import Database


def dump(db: Database) -> list[str]:
    """Every row of every table, to prove that a failed write changed nothing."""
    assert db.paths.database_file is not None
    db.engine.dispose()
    with sqlite3.connect(db.paths.database_file) as conn:
        return list(conn.iterdump())
