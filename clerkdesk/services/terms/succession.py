"""The terms of one account as they follow each other: a person holds a role in terms that
never overlap, and an account has one custodian at a time (R3)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ...core.vocabulary import Role
from ..kernel.plans import Planning
from .events import SIGNATURES, term_key


@dataclass
class HeldTerm:
    """A term of an account being planned (held_terms), as it stands with the plans so far."""

    id: int | None
    account_id: int
    person_id: int
    role: str
    starts_at: datetime
    ends_at: datetime | None
    signed: tuple[date | None, date | None, date | None]
    row: dict[str, Any] | None = None  # the columns of a term planned in this transaction
    approvals: dict[str, Any] = field(default_factory=dict)
    employee_id: str = ""
    ended: tuple[str | None, str | None] = (None, None)  # end_reason, end_cause

    def key(self, url: str) -> str:
        """The term's name in the audit log (term_events)."""
        return term_key(url, self.employee_id, self.role, self.starts_at)

    def fields(self) -> dict[str, Any]:
        """Its replayed fields as they stand (term_events.FIELDS)."""
        return {
            "ends_at": self.ends_at,
            "end_reason": self.ended[0],
            "end_cause": self.ended[1],
            **dict(zip(SIGNATURES, self.signed, strict=True)),
            **self.approvals,
        }

    def overlaps(self, start: datetime, end: datetime | None) -> bool:
        """Whether the term shares any moment with [start, end) (None: still open)."""
        return (end is None or self.starts_at < end) and (
            self.ends_at is None or start < self.ends_at
        )


def span(term: HeldTerm, planning: Planning) -> str:
    """A term's days, as the city reads them: "2026-01-05 to now"."""
    tz = planning.tz
    until = term.ends_at.astimezone(tz).date().isoformat() if term.ends_at else "now"
    return f"{term.starts_at.astimezone(tz).date()} to {until}"


def end_problem(
    held: Sequence[HeldTerm],
    term: HeldTerm,
    end: datetime | None,
    planning: Planning,
    name_of: Callable[[int], str],
) -> str | None:
    """What is wrong with giving `term` the end `end` (None: open again): it would overlap
    another term of the same person and role, or, for a custodian, another custodian's."""
    for other in held:
        if other is term or not other.overlaps(term.starts_at, end):
            continue
        if (other.person_id, other.role) == (term.person_id, term.role):
            return (
                f"overlaps {name_of(term.person_id)}'s term as {term.role} from "
                f"{span(other, planning)}"
            )
        if term.role == Role.CUSTODIAN and other.role == Role.CUSTODIAN:
            return (
                f"{name_of(other.person_id)} is custodian from {span(other, planning)}; an "
                "account has one custodian at a time"
            )
    return None
