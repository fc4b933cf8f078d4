"""What a public-records request's letters and holds need (R17, Wis. Stat. 19.35): the reasons
for a denial, the acknowledgment, a new target, a requester committed or incarcerated (the
90-day hold), and an action under 19.37 (its written notice and the day it ended).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("records_request") as batch:
        batch.add_column(sa.Column("reasons", sa.Text(), nullable=True))
        batch.add_column(sa.Column("acknowledged_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("extended_to", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column("requester_confined", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("action_notice_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("action_ended_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("records_request") as batch:
        for column in (
            "action_ended_on",
            "action_notice_on",
            "requester_confined",
            "extended_to",
            "acknowledged_on",
            "reasons",
        ):
            batch.drop_column(column)
