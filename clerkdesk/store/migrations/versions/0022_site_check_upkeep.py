"""What a site check found of the upkeep the city's policy asks of its Authorized Users (R14,
Janesville): whether the site was monitored each work day, and whether citizens' questions and
comments were answered within 48 hours when practical; `yes` or `no`, NULL where the check did
not record it.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("site_check", recreate="never") as batch:
        batch.add_column(sa.Column("monitored_daily", sa.String(length=3), nullable=True))
        batch.add_column(sa.Column("answered_48h", sa.String(length=3), nullable=True))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN in place (SQLite 3.35 and later): the table is not rebuilt, so
    # no trigger on it is lost.
    with op.batch_alter_table("site_check", recreate="never") as batch:
        batch.drop_column("answered_48h")
        batch.drop_column("monitored_daily")
