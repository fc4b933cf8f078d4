"""The terms of one account as they follow each other: a person holds a role in terms that
never overlap, and an account has one custodian at a time (R3)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from ..core.vocabulary import Role
from .plans import Planning

if TYPE_CHECKING:
    from .holdings import _Term


def span(term: _Term, planning: Planning) -> str:
    """A term's days, as the city reads them: "2026-01-05 to now"."""
    tz = planning.tz
    until = term.ends_at.astimezone(tz).date().isoformat() if term.ends_at else "now"
    return f"{term.starts_at.astimezone(tz).date()} to {until}"


def end_problem(
    held: Sequence[_Term],
    term: _Term,
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
