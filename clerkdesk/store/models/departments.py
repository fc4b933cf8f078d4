"""The departments register's table."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base


class Department(Base):
    __tablename__ = "department"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    head_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", use_alter=True, ondelete="SET NULL")
    )
    # The department's written social media policy: filed with the coordinating office, and
    # the day its copy went to the IT Director (R1, Madison).
    policy_filed_on: Mapped[date | None] = mapped_column(Date)
    policy_it_copy_on: Mapped[date | None] = mapped_column(Date)
    # The approving authority that policy names (Madison: "Parks Superintendent"), recorded
    # with the filing (migration 0023).
    policy_approver: Mapped[str | None] = mapped_column(String(200))
