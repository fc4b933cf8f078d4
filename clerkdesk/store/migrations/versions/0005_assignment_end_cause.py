"""Why an assignment ended, as the rules read it: a separation, an access review's removal, a
successor custodian, or an end typed by hand or in a file. Filled for the terms already ended
from the reasons ClerkDesk wrote for them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assignment") as batch:
        batch.add_column(sa.Column("end_cause", sa.String(length=20), nullable=True))
    op.execute(
        "UPDATE assignment SET end_cause = CASE "
        "WHEN end_reason = 'separated' THEN 'separation' "
        "WHEN end_reason LIKE 'removed in access review%' THEN 'review' "
        "WHEN end_reason LIKE 'succeeded by %' THEN 'succession' "
        "ELSE 'ended' END "
        "WHERE ends_at IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("assignment") as batch:
        batch.drop_column("end_cause")
