"""Each publication of the public list of the city's accounts (R20), so that it is verified
and published again once a year.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "public_list_publication",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("accounts", sa.Integer(), nullable=False),
        sa.Column("folder", sa.String(length=1000), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_public_list_publication")),
    )
    op.create_index(
        op.f("ix_public_list_publication_published_on"),
        "public_list_publication",
        ["published_on"],
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_public_list_publication_published_on"), "public_list_publication")
    op.drop_table("public_list_publication")
