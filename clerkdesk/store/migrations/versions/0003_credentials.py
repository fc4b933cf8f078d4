"""What is known about each account's login (never the secret), and the name of this
database's entries in the credential store.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "credential",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=200), nullable=True),
        sa.Column("mfa_enabled", sa.Boolean(), nullable=False),
        sa.Column("mfa_method", sa.String(length=100), nullable=True),
        sa.Column("password_on_file", sa.Boolean(), nullable=False),
        sa.Column("recovery_codes_on_file", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_credential_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_credential")),
    )
    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.add_column(sa.Column("vault_id", sa.String(length=32), nullable=True))
    op.execute(sa.text("UPDATE city SET vault_id = :id").bindparams(id=uuid.uuid4().hex))

    with op.batch_alter_table("password_change", schema=None) as batch_op:
        batch_op.add_column(sa.Column("meets_rule", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("password_change", schema=None) as batch_op:
        batch_op.drop_column("meets_rule")

    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.drop_column("vault_id")

    op.drop_table("credential")
