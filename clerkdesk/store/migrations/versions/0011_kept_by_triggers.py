"""Two aggregates the obligations read, kept by the database itself: how many removals each
poster has on each account (R16), and each account's latest approval (R1).

Triggers keep them through every insert, delete (an account's deletion included) and change of
the columns they count, by ClerkDesk or by anything else that writes; on PostgreSQL, TRUNCATE
too. A data-only restore into a migrated database would count the rows twice (the rows restored
and the triggers firing): `check` says so; restore whole. A later migration that rebuilds
`removal` or `approval` (a batch migration on SQLite copies the table and drops the old one, and
its triggers with it) must create them again: `tests/store` checks they keep count.

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

# Each poster's removals on each account.
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


# An account's latest approval, worked out again from its approvals; none for an account
# being deleted (its approvals go one by one after it, and nothing may name it then).
def _latest(account: str) -> str:
    return f"""
    DELETE FROM latest_approval WHERE account_id = {account};
    INSERT INTO latest_approval (account_id, approved_on)
    SELECT approval.account_id, max(approval.approved_on) FROM approval
    JOIN account ON account.id = approval.account_id
    WHERE approval.account_id = {account}
    GROUP BY approval.account_id;
"""


_SQLITE = (
    f"CREATE TRIGGER removal_counted AFTER INSERT ON removal BEGIN {_COUNT_NEW} END",
    f"CREATE TRIGGER removal_uncounted AFTER DELETE ON removal BEGIN {_UNCOUNT_OLD} END",
    "CREATE TRIGGER removal_recounted AFTER UPDATE OF account_id, poster ON removal "
    "WHEN OLD.account_id IS NOT NEW.account_id OR OLD.poster IS NOT NEW.poster "
    f"BEGIN {_UNCOUNT_OLD} {_COUNT_NEW} END",
    f"CREATE TRIGGER approval_added AFTER INSERT ON approval BEGIN {_latest('NEW.account_id')} END",
    f"CREATE TRIGGER approval_removed AFTER DELETE ON approval BEGIN {_latest('OLD.account_id')} "
    "END",
    "CREATE TRIGGER approval_changed AFTER UPDATE OF account_id, approved_on ON approval "
    f"BEGIN {_latest('OLD.account_id')} {_latest('NEW.account_id')} END",
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
    f"""
    CREATE FUNCTION keep_latest_approval() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('DELETE', 'UPDATE') THEN {_latest("OLD.account_id")} END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN {_latest("NEW.account_id")} END IF;
        RETURN NULL;
    END
    $$
    """,
    "CREATE TRIGGER approval_kept AFTER INSERT OR DELETE OR UPDATE OF account_id, approved_on "
    "ON approval FOR EACH ROW EXECUTE FUNCTION keep_latest_approval()",
    # TRUNCATE fires no row trigger: the aggregates go with the rows they were made from.
    """
    CREATE FUNCTION clear_kept_aggregate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        EXECUTE format('DELETE FROM %I', TG_ARGV[0]);
        RETURN NULL;
    END
    $$
    """,
    "CREATE TRIGGER removal_truncated AFTER TRUNCATE ON removal "
    "FOR EACH STATEMENT EXECUTE FUNCTION clear_kept_aggregate('poster_removals')",
    "CREATE TRIGGER approval_truncated AFTER TRUNCATE ON approval "
    "FOR EACH STATEMENT EXECUTE FUNCTION clear_kept_aggregate('latest_approval')",
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
    op.create_table(
        "latest_approval",
        sa.Column("account_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_latest_approval_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_latest_approval")),
    )
    op.execute(
        "INSERT INTO poster_removals (account_id, poster, removals) "
        "SELECT account_id, poster, count(*) FROM removal GROUP BY account_id, poster"
    )
    op.execute(
        "INSERT INTO latest_approval (account_id, approved_on) "
        "SELECT account_id, max(approved_on) FROM approval GROUP BY account_id"
    )
    postgresql = op.get_bind().dialect.name == "postgresql"
    for statement in _POSTGRESQL if postgresql else _SQLITE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for trigger, table in (
            ("removal_truncated", "removal"),
            ("approval_truncated", "approval"),
            ("approval_kept", "approval"),
            ("removal_counted", "removal"),
        ):
            op.execute(f"DROP TRIGGER {trigger} ON {table}")
        for function in ("clear_kept_aggregate", "keep_latest_approval", "count_poster_removals"):
            op.execute(f"DROP FUNCTION {function}()")
    else:
        for trigger in (
            "removal_counted",
            "removal_uncounted",
            "removal_recounted",
            "approval_added",
            "approval_removed",
            "approval_changed",
        ):
            op.execute(f"DROP TRIGGER {trigger}")
    op.drop_table("latest_approval")
    op.drop_index(op.f("ix_poster_removals_removals"), table_name="poster_removals")
    op.drop_table("poster_removals")
