"""What a person handed over before leaving the city (R10, Wausau): the log-ins of every account
they created, used or managed, recorded on their separation with the moment it was recorded.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("handover_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("handover", sa.String(length=500), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_column("handover")
        batch.drop_column("handover_at")
