"""How far a new register has got: what Today offers as the first steps of setting it up."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from ...store.models.accounts import Account
from ...store.models.departments import Department
from ...store.models.people import Person
from ..kernel.database import Database


@dataclass(frozen=True, slots=True)
class Progress:
    departments: int
    people: int
    accounts: int

    @property
    def new(self) -> bool:
        """A register with no account yet: the first steps are still to take."""
        return self.accounts == 0


def register_progress(db: Database) -> Progress:
    with db.reading() as session:
        counts = [
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Department, Person, Account)
        ]
        return Progress(*counts)
