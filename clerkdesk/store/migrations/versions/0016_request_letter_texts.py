"""The city's own texts of a public-records request's letters (R17): an acknowledgment, a letter
of extension, the response and the denial, each replacing ClerkDesk's wording as the agreement
text does. The letters themselves are kept as the request's files (`request_file`).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("city") as batch:
        batch.add_column(sa.Column("letter_texts", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("city") as batch:
        batch.drop_column("letter_texts")
