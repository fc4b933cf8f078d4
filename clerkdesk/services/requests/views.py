"""The frozen views of the public-records requests (R17) and removed content (R16) that the
pages, the command line and the printouts read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from ...core.records import DELETED


@dataclass(frozen=True, slots=True)
class RequestView:
    id: int
    number: str
    received_on: date
    requester: str | None
    summary: str
    accounts: tuple[str, ...]
    custodian_employee_id: str | None
    answers: str  # who answers it: the person named, the profile's office, or the custodians
    status: str
    closed_on: date | None
    note: str | None
    due_on: date  # the response target (R17), as Today has it (core/obligations)
    files: int = 0  # the letters and records released kept with it

    # Today's state of the answer (overdue, due-soon, upcoming); None once closed.
    state: str | None = None
    # Work days from its receipt to its answer, as the target counts them; None while open.
    days_taken: int | None = None
    reasons: str | None = None  # why it was denied or partly granted
    acknowledged_on: date | None = None
    extended_to: date | None = None  # the new target the requester was told of
    requester_confined: bool = False  # a denial then holds the records 90 days
    action_notice_on: date | None = None  # written notice of an action under 19.37
    action_ended_on: date | None = None  # the day its order and any appeal ended


class RemovalView(NamedTuple):
    """A removal as the page, the command line and the printouts read it: a tuple, so that
    the tens of thousands of a city's register are each made in one step (`new_tuple`)."""

    id: int
    account_url: str
    department: str
    removed_at: datetime
    poster: str
    content: str
    category: str
    action: str
    action_reason: str | None
    staff_employee_id: str
    staff: str
    evidence: str | None
    repeat: int  # how many removals of this poster's content this account has in all
    decision: str | None  # the clerk's decision on a repeat violator, if recorded

    @property
    def reason_missing(self) -> bool:
        """Deleted, and the file it came from did not say why (INTERFACE.md lets it)."""
        return self.action == DELETED and not self.action_reason
