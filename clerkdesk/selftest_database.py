"""The self-test's checks of databases: the PostgreSQL driver this build carries, and with
`--db` the workstation's own database, reached and read (never written)."""

from __future__ import annotations

from .paths import Paths
from .selftest_base import INFO, CheckFailed, describe


def check_postgres_driver() -> tuple[str, str]:
    """A note: whether this build can open a shared PostgreSQL database. A driver that is
    there but does not load is a failure."""
    import importlib.util

    if importlib.util.find_spec("psycopg") is None:
        return INFO, "no driver in this build (psycopg): SQLite databases only"
    import psycopg

    libpq = psycopg.pq.version()
    return INFO, (
        f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}, "
        f"libpq {libpq // 10000}.{libpq % 100})"
    )


def check_your_database(paths: Paths) -> str:
    """The database the workstation is pointed at (`--db`): reached, and its schema this
    version's. It only reads: nothing is created, migrated or written."""
    from sqlalchemy import func, select
    from sqlalchemy.exc import DBAPIError

    from .core.errors import ClerkDeskError
    from .services.kernel.database import Database
    from .store.errors import plain_error
    from .store.models.accounts import Account
    from .store.models.city import City
    from .store.schema import HEAD, check_revision, stored_revision

    file = paths.database_file
    if file is not None and not file.is_file():
        raise CheckFailed(f"no database at {file}")
    db = Database(paths, actor="self-test")
    try:
        try:
            revision = stored_revision(db.engine)
        except DBAPIError as exc:
            plain = plain_error(exc, db.where)
            raise CheckFailed(str(plain) if plain else describe(exc)) from exc
        try:
            current = check_revision(revision)
        except ClerkDeskError as exc:
            raise CheckFailed(str(exc)) from exc
        if revision is None:
            raise CheckFailed(f"{db.where} is reachable but empty (no ClerkDesk schema yet)")
        if not current:
            raise CheckFailed(
                f"{db.where} has schema {revision}, this version {HEAD}: start ClerkDesk once "
                "to upgrade it (it backs up an SQLite file first)"
            )
        try:
            with db.reading() as session:
                city = session.scalars(select(City.name)).first()
                accounts = session.execute(select(func.count()).select_from(Account)).scalar()
        except ClerkDeskError as exc:
            raise CheckFailed(str(exc)) from exc
    finally:
        db.close()
    who = f"{city}, {accounts} account(s)" if city else "no city set up yet"
    return f"{db.where}: schema {revision} ({who}); nothing written"
