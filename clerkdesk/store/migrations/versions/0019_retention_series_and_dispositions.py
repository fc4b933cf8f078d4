"""The retention register (Wis. Stat. 19.21): the city's retention series, the accounts each
covers, and the dispositions of their records.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "retention_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("years", sa.Integer(), nullable=False),
        sa.Column("schedule", sa.String(length=300), nullable=False),
        sa.Column("covers", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_series")),
        sa.UniqueConstraint("code", name=op.f("uq_retention_series_code")),
    )
    op.create_table(
        "retention_account",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_retention_account_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["retention_series.id"],
            name=op.f("fk_retention_account_series_id_retention_series"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_retention_account")),
    )
    op.create_index(
        op.f("ix_retention_account_series_id"), "retention_account", ["series_id"], unique=False
    )
    op.create_table(
        "disposition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("through", sa.Date(), nullable=False),
        sa.Column("notice_on", sa.Date(), nullable=True),
        sa.Column("waived_on", sa.Date(), nullable=True),
        sa.Column("destroyed_on", sa.Date(), nullable=True),
        sa.Column("destroyed_by", sa.String(length=200), nullable=True),
        sa.Column("method", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["retention_series.id"],
            name=op.f("fk_disposition_series_id_retention_series"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disposition")),
        sa.UniqueConstraint("number", name=op.f("uq_disposition_number")),
    )
    op.create_index(op.f("ix_disposition_series_id"), "disposition", ["series_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_disposition_series_id"), table_name="disposition")
    op.drop_table("disposition")
    op.drop_index(op.f("ix_retention_account_series_id"), table_name="retention_account")
    op.drop_table("retention_account")
    op.drop_table("retention_series")
