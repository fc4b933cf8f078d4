"""Helpers for service tests."""

from __future__ import annotations

from sqlalchemy import MetaData, select

from clerkdesk.services.kernel.database import Database


def dump(db: Database) -> list[str]:
    """Every row of every table, in key order, to prove that a failed write changed nothing
    (on SQLite and on PostgreSQL alike)."""
    meta = MetaData()
    with db.engine.connect() as conn:
        meta.reflect(conn)
        rows = []
        for name in sorted(meta.tables):
            table = meta.tables[name]
            order = list(table.primary_key.columns) or list(table.columns)
            for row in conn.execute(select(table).order_by(*order)):
                rows.append(f"{name}: {tuple(row)}")
    return rows
