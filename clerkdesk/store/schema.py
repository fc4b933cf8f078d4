"""Which schema revision a database has, and bringing it to the program's.

The revision check reads one row and imports nothing heavy; Alembic is imported only when the
database is behind. A database written by a newer ClerkDesk is refused.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from ..core.errors import SchemaError


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "migrations"


def _revisions() -> tuple[str, ...]:
    """The migrations in order, oldest first, by their scripts' names ("0012_training.py" is
    revision 0012): a new script is a new revision, with no list to edit. A test checks that
    each script's revision is the one its name says, and that they follow one another."""
    scripts = (migrations_dir() / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    return tuple(sorted(path.name[:4] for path in scripts))


REVISIONS = _revisions()
HEAD = REVISIONS[-1]


def stored_revision(engine: Engine) -> str | None:
    """The database's revision, or None for an empty database."""
    with engine.connect() as conn:
        if "alembic_version" not in inspect(conn).get_table_names():
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _text(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _column_name(call: ast.Call) -> str | None:
    """The name of `sa.Column("name", ...)` given to an add_column call."""
    column = call.args[-1] if call.args else None
    if isinstance(column, ast.Call) and column.args:
        return _text(column.args[0])
    return None


def _made(upgrade_fn: ast.FunctionDef) -> frozenset[str]:
    """What an upgrade makes: each table it creates ("review") and each column it adds to a
    table ("approval.designated_person_id"), by `op.create_table`, `op.add_column` or
    `batch.add_column` inside `with op.batch_alter_table(...) as batch`."""
    made: set[str] = set()
    for node in ast.walk(upgrade_fn):
        if isinstance(node, ast.With):
            for item in node.items:
                call = item.context_expr
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "batch_alter_table"
                    and call.args
                    and (table := _text(call.args[0])) is not None
                ):
                    for inner in ast.walk(node):
                        if (
                            isinstance(inner, ast.Call)
                            and isinstance(inner.func, ast.Attribute)
                            and inner.func.attr == "add_column"
                            and (column := _column_name(inner)) is not None
                        ):
                            made.add(f"{table}.{column}")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
            first = _text(node.args[0])
            if node.func.attr == "create_table" and first is not None:
                made.add(first)
            elif (
                node.func.attr == "add_column"
                and first is not None
                and len(node.args) > 1
                and (column := _column_name(node)) is not None
            ):
                made.add(f"{first}.{column}")
    return frozenset(made)


@cache
def made_by_revision() -> dict[str, frozenset[str]]:
    """The tables and columns each revision's upgrade makes, read from its script without
    running it."""
    made: dict[str, frozenset[str]] = {}
    for path in (migrations_dir() / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        upgrade_fn = next(
            node
            for node in tree.body
            if isinstance(node, ast.FunctionDef) and node.name == "upgrade"
        )
        made[path.name[:4]] = _made(upgrade_fn)
    return made


def tables_ahead(revision: str, present: Iterable[str]) -> str | None:
    """The latest revision after `revision` some of whose tables or columns ("table.column")
    are in `present`: a database whose revision was set back (by hand, or a restore of only
    the version row) has it, and upgrading it would make them again. None when there is none."""
    have = set(present)
    made = made_by_revision()
    later = [r for r in REVISIONS if r > revision and made.get(r, frozenset()) & have]
    return later[-1] if later else None


def check_revision(revision: str | None) -> bool:
    """True when the database is current, False when it needs upgrading; refuses newer."""
    if revision == HEAD:
        return True
    if revision is not None and revision not in REVISIONS:
        raise SchemaError(
            f"this database was written by a newer ClerkDesk (schema {revision}); "
            "install the newer version to open it"
        )
    return False


def upgrade(engine: Engine, backup: Callable[[str], object] | None = None) -> None:
    """Bring the database to HEAD, first calling `backup(revision)` if it already holds data."""
    revision = stored_revision(engine)
    if check_revision(revision):
        return
    if revision is not None:
        with engine.connect() as conn:
            seen = inspect(conn)
            tables = seen.get_table_names()
            present = [*tables, *(f"{t}.{c['name']}" for t in tables for c in seen.get_columns(t))]
            ahead = tables_ahead(revision, present)
        if ahead is not None:
            # Refused before the backup and the upgrade: the file is left as it was.
            raise SchemaError(
                f"the database says revision {revision} but has the tables of {ahead}: "
                "restore the latest backup"
            )
    if revision is not None and backup is not None:
        backup(revision)
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    with engine.connect() as conn:
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            # Batch migrations rebuild tables: with foreign keys on, dropping the old table
            # would apply ON DELETE to the rows that refer to it (SQLite's own advice: turn them
            # off around a schema change, then check). Outside any transaction, or it is ignored.
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        try:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            conn.commit()
            if sqlite:
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                conn.commit()
                if broken:
                    raise SchemaError(
                        f"the upgrade left {len(broken)} broken reference(s) (first: {broken[0]}); "
                        "restore the copy in the backups folder"
                    )
        finally:
            if sqlite:
                conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]
