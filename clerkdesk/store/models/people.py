"""The people register's table: everyone who holds or held a role."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base
from ..types import UTCDateTime


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="RESTRICT"), index=True
    )
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(20), default="employee")
    division: Mapped[str | None] = mapped_column(String(200))
    separated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # What the person handed over on leaving (R10 where the profile asks: the log-ins of each
    # account they created, used or managed), and when it was recorded (migration 0014).
    handover_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    handover: Mapped[str | None] = mapped_column(String(500))
