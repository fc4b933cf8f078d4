"""Assignments and their agreements, password changes, and separations as moments.

A separation recorded as a date becomes the start of that day in the city's time zone.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

import json
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=True),
        sa.Column("designated_by", sa.String(length=200), nullable=True),
        sa.Column("end_reason", sa.String(length=300), nullable=True),
        sa.Column("user_signed_on", sa.Date(), nullable=True),
        sa.Column("director_signed_on", sa.Date(), nullable=True),
        sa.Column("office_signed_on", sa.Date(), nullable=True),
        sa.Column("scan_file", sa.String(length=300), nullable=True),
        sa.Column("scan_sha256", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_assignment_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_assignment_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignment")),
    )
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assignment_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_assignment_person_id"), ["person_id"], unique=False)

    op.create_table(
        "password_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_password_change_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_password_change")),
    )
    with op.batch_alter_table("password_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_password_change_account_id"), ["account_id"], unique=False
        )

    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.add_column(sa.Column("agreement_text", sa.Text(), nullable=True))

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("division", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("separated_at", sa.DateTime(), nullable=True))
    _separation_dates_to_moments()
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("separated_on")


def _separation_dates_to_moments() -> None:
    conn = op.get_bind()
    profile = conn.execute(sa.text("SELECT profile_json FROM city WHERE id = 1")).scalar()
    tz = ZoneInfo(
        json.loads(profile).get("timezone", "America/Chicago") if profile else "America/Chicago"
    )
    person = sa.table(
        "person",
        sa.column("id", sa.Integer),
        sa.column("separated_on", sa.Date),
        sa.column("separated_at", sa.DateTime),
    )
    rows = conn.execute(
        sa.select(person.c.id, person.c.separated_on).where(person.c.separated_on.is_not(None))
    ).all()
    for person_id, day in rows:
        moment = datetime.combine(day, time(0, 0), tzinfo=tz).astimezone(UTC).replace(tzinfo=None)
        conn.execute(person.update().where(person.c.id == person_id).values(separated_at=moment))


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("separated_on", sa.DATE(), nullable=True))
        batch_op.drop_column("separated_at")
        batch_op.drop_column("division")

    with op.batch_alter_table("city", schema=None) as batch_op:
        batch_op.drop_column("agreement_text")

    with op.batch_alter_table("password_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_password_change_account_id"))

    op.drop_table("password_change")
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assignment_person_id"))
        batch_op.drop_index(batch_op.f("ix_assignment_account_id"))

    op.drop_table("assignment")
