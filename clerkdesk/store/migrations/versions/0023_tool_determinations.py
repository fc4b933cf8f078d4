"""The approving authority each department's filed social media policy names (R1, Madison),
recorded with the filing; NULL until recorded. And the IT Director's determination, per tool
(platform) and on a Department Head's request, whether the tool lets the City meet the public
records law (R1, Madison): one row per platform, city-wide.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("department") as batch:
        batch.add_column(sa.Column("policy_approver", sa.String(length=200), nullable=True))
    op.create_table(
        "tool_determination",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=20), nullable=False),
        sa.Column("requested_by_person_id", sa.Integer(), nullable=True),
        sa.Column("requested_on", sa.Date(), nullable=True),
        sa.Column("determined_by", sa.String(length=200), nullable=True),
        sa.Column("determined_on", sa.Date(), nullable=True),
        sa.Column("permits", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(
            ["requested_by_person_id"],
            ["person.id"],
            name=op.f("fk_tool_determination_requested_by_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tool_determination")),
        sa.UniqueConstraint("platform", name=op.f("uq_tool_determination_platform")),
    )


def downgrade() -> None:
    op.drop_table("tool_determination")
    # In place (SQLite 3.35 and later), as 0020 does: no table is rebuilt.
    with op.batch_alter_table("department", recreate="never") as batch:
        batch.drop_column("policy_approver")
