"""Public-records requests with the accounts they concern and their letters (R17); removed
content and the decisions on repeat violators (R16).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "records_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("requester", sa.String(length=200), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("custodian_person_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["custodian_person_id"],
            ["person.id"],
            name=op.f("fk_records_request_custodian_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_records_request")),
        sa.UniqueConstraint("number", name=op.f("uq_records_request_number")),
    )
    with op.batch_alter_table("records_request") as batch:
        batch.create_index(batch.f("ix_records_request_status"), ["status"], unique=False)
    op.create_table(
        "request_account",
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_request_account_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["records_request.id"],
            name=op.f("fk_request_account_request_id_records_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("request_id", "account_id", name=op.f("pk_request_account")),
    )
    with op.batch_alter_table("request_account") as batch:
        batch.create_index(batch.f("ix_request_account_account_id"), ["account_id"], unique=False)
    op.create_table(
        "removal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("removed_at", sa.DateTime(), nullable=False),
        sa.Column("poster", sa.String(length=200), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("action_reason", sa.Text(), nullable=True),
        sa.Column("staff_person_id", sa.Integer(), nullable=False),
        sa.Column("evidence", sa.String(length=300), nullable=True),
        sa.Column("evidence_sha256", sa.String(length=64), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_removal_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_person_id"],
            ["person.id"],
            name=op.f("fk_removal_staff_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_removal")),
    )
    with op.batch_alter_table("removal") as batch:
        batch.create_index(
            "uq_removal_account_id_removed_at", ["account_id", "removed_at"], unique=True
        )
        batch.create_index("ix_removal_account_id_poster", ["account_id", "poster"], unique=False)
    op.create_table(
        "repeat_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("poster", sa.String(length=200), nullable=False),
        sa.Column("block", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("decided_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_repeat_decision_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_repeat_decision")),
    )
    with op.batch_alter_table("repeat_decision") as batch:
        batch.create_index(
            "uq_repeat_decision_account_id_poster", ["account_id", "poster"], unique=True
        )
    op.create_table(
        "request_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("original_name", sa.String(length=300), nullable=False),
        sa.Column("scan_file", sa.String(length=300), nullable=False),
        sa.Column("scan_sha256", sa.String(length=64), nullable=False),
        sa.Column("kept_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["records_request.id"],
            name=op.f("fk_request_file_request_id_records_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_file")),
    )
    with op.batch_alter_table("request_file") as batch:
        batch.create_index(batch.f("ix_request_file_request_id"), ["request_id"], unique=False)


def downgrade() -> None:
    op.drop_table("request_file")
    op.drop_table("repeat_decision")
    op.drop_table("removal")
    op.drop_table("request_account")
    op.drop_table("records_request")
