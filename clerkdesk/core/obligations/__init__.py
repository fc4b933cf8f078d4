"""The obligations engine: given a snapshot and an as-of moment, what is due, soonest first."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from ..dates import zone
from ..vocabulary import Basis
from .grandfather import grandfather_deadline
from .model import (
    DUE_SOON,
    OVERDUE,
    UPCOMING,
    AccountFacts,
    AssignmentFacts,
    DepartmentHeadFacts,
    DepartmentReviewFacts,
    Due,
    Obligation,
    PasswordChangeFacts,
    RemovalFacts,
    Snapshot,
)
from .registry import BASES, KINDS, LAW, POLICY, PRACTICE, Kind, kind_of, load_kinds, rule

__all__ = [
    "BASES",
    "DUE_SOON",
    "KINDS",
    "LAW",
    "OVERDUE",
    "POLICY",
    "PRACTICE",
    "UPCOMING",
    "AccountFacts",
    "AssignmentFacts",
    "DepartmentHeadFacts",
    "DepartmentReviewFacts",
    "Due",
    "Kind",
    "Obligation",
    "PasswordChangeFacts",
    "RemovalFacts",
    "Snapshot",
    "compute",
    "grandfather_deadline",
    "kind_of",
    "load_kinds",
    "rule",
    "state_of",
]


def state_of(due: date | datetime, as_of: datetime, warning_days: int) -> str:
    """`overdue` once the due date (or moment) has passed, `due-soon` within the warning
    window, `upcoming` after that. A date is due through the whole of that day."""
    if isinstance(due, datetime):
        # Compared in UTC: two moments in one zone would otherwise compare by wall-clock time,
        # which is wrong in the repeated hour of the autumn change.
        due_utc, now_utc = due.astimezone(UTC), as_of.astimezone(UTC)
        if due_utc < now_utc:
            return OVERDUE
        return DUE_SOON if due_utc <= now_utc + timedelta(days=warning_days) else UPCOMING
    today = as_of.date()
    if due < today:
        return OVERDUE
    return DUE_SOON if (due - today).days <= warning_days else UPCOMING


def compute(snapshot: Snapshot, as_of: datetime) -> list[Obligation]:
    """Every obligation in force at `as_of` (an aware moment), soonest due first."""
    if as_of.tzinfo is None:
        raise ValueError("as_of must be an aware moment")
    tz = zone(snapshot.profile.timezone)
    local_as_of = as_of.astimezone(tz)
    warning = snapshot.profile.warning_days
    # (sort moment, kind, account, order made, the obligation): sorted as plain tuples, the
    # order made settling ties as a stable sort would.
    items: list[tuple[datetime, str, str, int, Obligation]] = []
    # Many obligations share a due date: its sort moment and state are worked out once.
    by_date: dict[date, tuple[datetime, str]] = {}
    profile = snapshot.profile
    for kind in load_kinds().values():
        basis = profile.basis(kind.rule, kind.basis)
        if basis == Basis.OFF:
            continue  # the city's profile switched the rule off: no item, no warning
        for due in kind.function(snapshot, as_of):
            if isinstance(due.due, datetime):
                moment, state = due.due.astimezone(UTC), state_of(due.due, local_as_of, warning)
            else:
                known = by_date.get(due.due)
                if known is None:
                    end_of_day = datetime.combine(due.due, time.max, tzinfo=tz)
                    known = (end_of_day.astimezone(UTC), state_of(due.due, local_as_of, warning))
                    by_date[due.due] = known
                moment, state = known
            obligation = Obligation(  # by position: a city's thousands, made quickly
                kind.kind,
                kind.rule,
                state,
                due.due,
                due.text,
                due.account,
                due.department,
                due.person,
                due.account_id,
                due.person_id,
                basis,
                due.employee_id,
            )
            items.append((moment, kind.kind, due.account or "", len(items), obligation))
    items.sort()
    return [item[4] for item in items]
