"""How many removals each poster has on each account (R16), counted by the database itself.

Triggers on `removal` keep the count through every insert, delete (an account's deletion
included), change of account or poster and, on PostgreSQL, TRUNCATE, by ClerkDesk or by
anything else that writes. A data-only restore into a migrated database would count the
removals twice (the rows restored and the triggers firing): `check` says so; restore whole. A
later migration that rebuilds `removal` (a batch migration on SQLite copies the table and drops
the old one, and its triggers with it) must create them again: `tests/store` checks they count.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_COUNT_NEW = """
    INSERT INTO poster_removals (account_id, poster, removals)
    VALUES (NEW.account_id, NEW.poster, 1)
    ON CONFLICT (account_id, poster) DO UPDATE SET removals = poster_removals.removals + 1;
"""
_UNCOUNT_OLD = """
    UPDATE poster_removals SET removals = removals - 1
    WHERE account_id = OLD.account_id AND poster = OLD.poster;
    DELETE FROM poster_removals
    WHERE account_id = OLD.account_id AND poster = OLD.poster AND removals <= 0;
"""

_SQLITE = (
    f"CREATE TRIGGER removal_counted AFTER INSERT ON removal BEGIN {_COUNT_NEW} END",
    f"CREATE TRIGGER removal_uncounted AFTER DELETE ON removal BEGIN {_UNCOUNT_OLD} END",
    "CREATE TRIGGER removal_recounted AFTER UPDATE OF account_id, poster ON removal "
    "WHEN OLD.account_id IS NOT NEW.account_id OR OLD.poster IS NOT NEW.poster "
    f"BEGIN {_UNCOUNT_OLD} {_COUNT_NEW} END",
)

_POSTGRESQL = (
    f"""
    CREATE FUNCTION count_poster_removals() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('DELETE', 'UPDATE') THEN {_UNCOUNT_OLD} END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN {_COUNT_NEW} END IF;
        RETURN NULL;
    END
    $$
    """,
    "CREATE TRIGGER removal_counted AFTER INSERT OR DELETE OR UPDATE OF account_id, poster "
    "ON removal FOR EACH ROW EXECUTE FUNCTION count_poster_removals()",
    # TRUNCATE fires no row trigger: the counts go with the removals.
    """
    CREATE FUNCTION uncount_poster_removals() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        DELETE FROM poster_removals;
        RETURN NULL;
    END
    $$
    """,
    "CREATE TRIGGER removal_truncated AFTER TRUNCATE ON removal "
    "FOR EACH STATEMENT EXECUTE FUNCTION uncount_poster_removals()",
)


def upgrade() -> None:
    op.create_table(
        "poster_removals",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("poster", sa.String(length=200), nullable=False),
        sa.Column("removals", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_poster_removals_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("account_id", "poster", name=op.f("pk_poster_removals")),
    )
    op.create_index(
        op.f("ix_poster_removals_removals"), "poster_removals", ["removals"], unique=False
    )
    op.execute(
        "INSERT INTO poster_removals (account_id, poster, removals) "
        "SELECT account_id, poster, count(*) FROM removal GROUP BY account_id, poster"
    )
    postgresql = op.get_bind().dialect.name == "postgresql"
    for statement in _POSTGRESQL if postgresql else _SQLITE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER removal_truncated ON removal")
        op.execute("DROP FUNCTION uncount_poster_removals()")
        op.execute("DROP TRIGGER removal_counted ON removal")
        op.execute("DROP FUNCTION count_poster_removals()")
    else:
        for name in ("removal_counted", "removal_uncounted", "removal_recounted"):
            op.execute(f"DROP TRIGGER {name}")
    op.drop_index(op.f("ix_poster_removals_removals"), table_name="poster_removals")
    op.drop_table("poster_removals")
