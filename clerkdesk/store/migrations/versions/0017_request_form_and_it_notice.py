"""Milwaukee's Account Request Form and Strategy Plan (R1): the day it was completed and its scan
kept by its SHA-256; and the day a Stoughton Department Head notified the IT Director (R2).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.add_column(sa.Column("request_form_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("request_form_file", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("request_form_sha256", sa.String(length=64), nullable=True))
    with op.batch_alter_table("approval") as batch:
        batch.add_column(sa.Column("it_notified_on", sa.Date(), nullable=True))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN in place (SQLite 3.35 and later): `account` and `approval` are
    # not rebuilt, so the triggers of 0011 that keep their aggregates stay.
    with op.batch_alter_table("approval", recreate="never") as batch:
        batch.drop_column("it_notified_on")
    with op.batch_alter_table("account", recreate="never") as batch:
        batch.drop_column("request_form_sha256")
        batch.drop_column("request_form_file")
        batch.drop_column("request_form_on")
