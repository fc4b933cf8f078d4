"""The benchmark on a PostgreSQL server beside SQLite (`bench/run.py --db URL`).

The benchmark writes its own cities into the database it is given, emptying it between runs,
so it refuses a database that holds a real register (any city but "Bench City")."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from clerkdesk.paths import Paths, resolve_paths
from clerkdesk.services.city import writes as city
from clerkdesk.services.kernel.database import Database
from clerkdesk.store.models import Base

BENCH_CITY = "Bench City"


def fresh(url: str, home: Path) -> Paths:
    """`url`'s database migrated and emptied, for a benchmark city to be written into."""
    paths = resolve_paths(db=url, home=str(home))
    db = Database.open(paths, create=True, actor="bench")
    try:
        there = city.get_city(db)
        if there is not None and there.name != BENCH_CITY:
            raise SystemExit(
                f"bench: {db.where} holds the register of {there.name}; give --db an empty "
                "database (the benchmark empties the one it is given)"
            )
        tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
        with db.engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    finally:
        db.close()
    return paths


def side_by_side(label: str, sqlite: float, server: float) -> str:
    """Two medians in seconds, printed in ms below a second."""

    def shown(x: float) -> str:
        return f"{x * 1000:.0f} ms" if sqlite < 1 else f"{x:.2f} s"

    return f"{label}: SQLite {shown(sqlite)}, PostgreSQL {shown(server)} ({server / sqlite:.2f}x)"
