"""Elections and their candidates, the suspension of a candidate's terms during a blackout (R18),
exceptions to the policy and the accounts they cover (R19), and site checks (R11, R13-R15).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "election",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("papers_from", sa.Date(), nullable=False),
        sa.Column("election_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_election")),
        sa.UniqueConstraint("name", name=op.f("uq_election_name")),
    )
    op.create_table(
        "policy_exception",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("office", sa.String(length=40), nullable=False),
        sa.Column("filed_on", sa.Date(), nullable=False),
        sa.Column("approved_by", sa.String(length=200), nullable=True),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("allows", sa.String(length=500), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_exception")),
        sa.UniqueConstraint("number", name=op.f("uq_policy_exception_number")),
    )
    op.create_table(
        "candidate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("election_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("until_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["election_id"],
            ["election.id"],
            name=op.f("fk_candidate_election_id_election"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_candidate_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidate")),
    )
    with op.batch_alter_table("candidate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_candidate_election_id"), ["election_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_candidate_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            "uq_candidate_election_person", ["election_id", "person_id"], unique=True
        )

    op.create_table(
        "exception_account",
        sa.Column("exception_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_exception_account_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["exception_id"],
            ["policy_exception.id"],
            name=op.f("fk_exception_account_exception_id_policy_exception"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("exception_id", "account_id", name=op.f("pk_exception_account")),
    )
    with op.batch_alter_table("exception_account", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exception_account_account_id"), ["account_id"], unique=False
        )

    op.create_table(
        "site_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=False),
        sa.Column("checked_by_id", sa.Integer(), nullable=False),
        sa.Column("notices", sa.String(length=500), nullable=False),
        sa.Column("direct_messages", sa.String(length=10), nullable=False),
        sa.Column("mfa", sa.String(length=12), nullable=False),
        sa.Column("last_post_on", sa.Date(), nullable=True),
        sa.Column("archived_in", sa.String(length=300), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_site_check_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["checked_by_id"],
            ["person.id"],
            name=op.f("fk_site_check_checked_by_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_check")),
    )
    with op.batch_alter_table("site_check", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_site_check_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            "uq_site_check_account_checked_on", ["account_id", "checked_on"], unique=True
        )

    op.create_table(
        "suspension",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assignment_id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=True),
        sa.Column("suspended_from", sa.Date(), nullable=False),
        sa.Column("suspended_to", sa.Date(), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["assignment.id"],
            name=op.f("fk_suspension_assignment_id_assignment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidate.id"],
            name=op.f("fk_suspension_candidate_id_candidate"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suspension")),
    )
    with op.batch_alter_table("suspension", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_suspension_assignment_id"), ["assignment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_suspension_candidate_id"), ["candidate_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("suspension", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_suspension_candidate_id"))
        batch_op.drop_index(batch_op.f("ix_suspension_assignment_id"))

    op.drop_table("suspension")
    with op.batch_alter_table("site_check", schema=None) as batch_op:
        batch_op.drop_index("uq_site_check_account_checked_on")
        batch_op.drop_index(batch_op.f("ix_site_check_account_id"))

    op.drop_table("site_check")
    with op.batch_alter_table("exception_account", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exception_account_account_id"))

    op.drop_table("exception_account")
    with op.batch_alter_table("candidate", schema=None) as batch_op:
        batch_op.drop_index("uq_candidate_election_person")
        batch_op.drop_index(batch_op.f("ix_candidate_person_id"))
        batch_op.drop_index(batch_op.f("ix_candidate_election_id"))

    op.drop_table("candidate")
    op.drop_table("policy_exception")
    op.drop_table("election")
