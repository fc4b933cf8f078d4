"""What a site check found of the posts since the city's accessibility date (R21: WCAG 2.1 AA
from its compliance date): the asks they meet, space-separated; NULL where the check did not
record it.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("site_check") as batch:
        batch.add_column(sa.Column("accessible", sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("site_check") as batch:
        batch.drop_column("accessible")
