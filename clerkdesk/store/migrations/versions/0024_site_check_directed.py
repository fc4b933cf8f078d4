"""What a site check found of the monitoring the approving Department Head directed (R14 from
R2, Stoughton): whether the site was monitored at the frequency found at the account's latest
approval; `yes` or `no`, NULL where the check did not record it.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("site_check", recreate="never") as batch:
        batch.add_column(sa.Column("monitored_as_directed", sa.String(length=3), nullable=True))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN in place (SQLite 3.35 and later): no trigger is lost.
    with op.batch_alter_table("site_check", recreate="never") as batch:
        batch.drop_column("monitored_as_directed")
