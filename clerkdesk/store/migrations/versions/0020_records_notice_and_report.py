"""The office's public notice of its records (Wis. Stat. 19.34): its office hours and where and
how the public may ask for records, two texts of the city's; NULL until the city enters them.
And each account's archive coverage (R17, R20): whether its archive captures the comments, the
direct messages and the subscriber list (NULL: not recorded), and its last capture. And the
day of the latest retention directive (Wausau: the CCITC Director's, at least annually).

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("city") as batch:
        batch.add_column(sa.Column("office_hours", sa.Text(), nullable=True))
        batch.add_column(sa.Column("records_contact", sa.Text(), nullable=True))
        batch.add_column(sa.Column("retention_directive_on", sa.Date(), nullable=True))
    with op.batch_alter_table("account") as batch:
        batch.add_column(sa.Column("archive_comments", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("archive_messages", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("archive_subscribers", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("archive_captured_on", sa.Date(), nullable=True))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN in place (SQLite 3.35 and later): `account` and `approval` are
    # not rebuilt, so the triggers of 0011 that keep their aggregates stay.
    with op.batch_alter_table("account", recreate="never") as batch:
        batch.drop_column("archive_captured_on")
        batch.drop_column("archive_subscribers")
        batch.drop_column("archive_messages")
        batch.drop_column("archive_comments")
    with op.batch_alter_table("city") as batch:
        batch.drop_column("retention_directive_on")
        batch.drop_column("records_contact")
        batch.drop_column("office_hours")
