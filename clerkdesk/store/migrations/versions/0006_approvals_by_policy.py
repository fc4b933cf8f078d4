"""Approvals as each policy has them: the Authorized User an approval designates (R2), the two
approvals of a term (R1, R4), a department's written social media policy on file and the IT
Director's approval of an account's tool (R1).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("approval") as batch:
        batch.add_column(sa.Column("designated_person_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            batch.f("fk_approval_designated_person_id_person"),
            "person",
            ["designated_person_id"],
            ["id"],
            ondelete="RESTRICT",
        )
    with op.batch_alter_table("assignment") as batch:
        batch.add_column(sa.Column("director_approved_by", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("director_approved_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("office_approved_by", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("office_approved_on", sa.Date(), nullable=True))
    with op.batch_alter_table("department") as batch:
        batch.add_column(sa.Column("policy_filed_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("policy_it_copy_on", sa.Date(), nullable=True))
    with op.batch_alter_table("account") as batch:
        batch.add_column(sa.Column("tool_approved_by", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("tool_approved_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.drop_column("tool_approved_on")
        batch.drop_column("tool_approved_by")
    with op.batch_alter_table("department") as batch:
        batch.drop_column("policy_it_copy_on")
        batch.drop_column("policy_filed_on")
    with op.batch_alter_table("assignment") as batch:
        batch.drop_column("office_approved_on")
        batch.drop_column("office_approved_by")
        batch.drop_column("director_approved_on")
        batch.drop_column("director_approved_by")
    with op.batch_alter_table("approval") as batch:
        batch.drop_constraint("fk_approval_designated_person_id_person", type_="foreignkey")
        batch.drop_column("designated_person_id")
