"""The audit chain's head, kept where a truncation shows; the credential changes begun and not
yet recorded.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    anchor = op.create_table(
        "audit_anchor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("head", sa.String(length=64), nullable=False),
        sa.Column("mac", sa.String(length=64), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_anchor")),
        sa.UniqueConstraint("key_id", name=op.f("uq_audit_anchor_key_id")),
    )
    op.create_table(
        "pending_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_url", sa.String(length=2048), nullable=False),
        sa.Column("what", sa.String(length=40), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pending_change")),
    )
    # The head of the chain as it stands; it is keyed on the next append.
    conn = op.get_bind()
    last = conn.execute(
        sa.text("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
    ).first()
    if last is not None:
        op.bulk_insert(
            anchor,
            [
                {
                    "id": 1,
                    "key_id": "",
                    "count": last[0],
                    "head": last[1],
                    "mac": None,
                    "at": datetime.now(UTC).replace(tzinfo=None),
                }
            ],
        )


def downgrade() -> None:
    op.drop_table("pending_change")
    op.drop_table("audit_anchor")
