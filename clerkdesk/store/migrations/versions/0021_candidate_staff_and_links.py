"""A candidate's designated staff, who act for them and whose posting access is suspended with
theirs where the city's policy says so (R18, Milwaukee: "city staff acting on behalf of a
candidate"); and the day the links on the official's pages were removed for the blackout
(Milwaukee: the links to social media sites removed from aldermanic web pages). NULL: not
recorded.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "candidate_staff",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "candidate_id",
            sa.Integer(),
            sa.ForeignKey("candidate.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "person_id",
            sa.Integer(),
            sa.ForeignKey("person.id", ondelete="RESTRICT"),
            nullable=False,
        ),
    )
    op.create_index("ix_candidate_staff_candidate_id", "candidate_staff", ["candidate_id"])
    op.create_index("ix_candidate_staff_person_id", "candidate_staff", ["person_id"])
    op.create_index(
        "uq_candidate_staff_candidate_person",
        "candidate_staff",
        ["candidate_id", "person_id"],
        unique=True,
    )
    # ALTER TABLE … ADD COLUMN in place: no table is rebuilt, so no trigger is lost.
    with op.batch_alter_table("candidate", recreate="never") as batch:
        batch.add_column(sa.Column("links_removed_on", sa.Date(), nullable=True))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN in place (SQLite 3.35 and later), as 0020 does.
    with op.batch_alter_table("candidate", recreate="never") as batch:
        batch.drop_column("links_removed_on")
    op.drop_index("uq_candidate_staff_candidate_person", table_name="candidate_staff")
    op.drop_index("ix_candidate_staff_person_id", table_name="candidate_staff")
    op.drop_index("ix_candidate_staff_candidate_id", table_name="candidate_staff")
    op.drop_table("candidate_staff")
