"""What `check` replays of the lines of the access reviews: each line's decision (keep or
remove), its notes, when the access it removed ended and whether that starts the password
rotation clock (R10 reads it). A line added to a review, or a removal's rotation or decision
changed, in the table without an event is reported.

A line is known by its review and its term: "Parks #2: URL EMPLOYEE_ID ROLE START" (`line_key`),
and follows a renamed department, an account's new web address and a person's new employee ID.
The event that starts a review adds its lines; the one that records its outcome (or enters a
review done on paper, adding them) gives each line as it left it, in a `review_lines` block.
Lines of reviews started before the events named them so are noted, and checked from their
review's outcome."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from ...store.models.accounts import Account
from ...store.models.audit import AuditEvent
from ...store.models.departments import Department
from ...store.models.people import Person
from ...store.models.reviews import Review, ReviewLine
from ...store.models.terms import Assignment
from ..kernel.replayed import Follows, Replayed, State, logged
from ..terms.events import joined_key, moment_text, term_key

BLOCK = "review_lines"
FIELDS = ("decision", "notes", "removed_at", "rotate")
_STARTS = ("review.start", "review.past")
# A line's key: the review's ("Parks #2"), then its term's (URL EMPLOYEE_ID ROLE START).
_KEY = re.compile(r"(?P<review>.* #\d+): (?P<url>\S+) (?P<person>.+) (?P<role>\S+) (?P<start>\S+)")


def line_key(department: str, number: int, term: str) -> str:
    """A line's key: its review's department and number, and its term's key."""
    return f"{department} #{number}: {term}"


def line_said(line: ReviewLine, *, added: bool = False) -> dict[str, Any]:
    """A line as the events say it (what it adds, for a line the event adds)."""
    said: dict[str, Any] = {
        "decision": line.decision,
        "notes": line.notes,
        "removed_at": moment_text(line.removed_at) if line.removed_at else None,
        "rotate": bool(line.rotate),
    }
    return {"added": True, **said} if added else said


def lines_block(entries: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The `review_lines` block of an event that leaves these lines (by their keys)."""
    return {BLOCK: entries}


def _lines(session: Session, reviews: set[int] | None = None) -> dict[str, State]:
    """The lines (of `reviews` only, when given) as the table has them, by their keys."""
    query = (
        select(
            Department.name,
            Review.number,
            Account.url,
            Person.employee_id,
            Assignment.role,
            Assignment.starts_at,
            ReviewLine.decision,
            ReviewLine.notes,
            ReviewLine.removed_at,
            ReviewLine.rotate,
        )
        .join(Review, Review.id == ReviewLine.review_id)
        .join(Department, Department.id == Review.department_id)
        .join(Assignment, Assignment.id == ReviewLine.assignment_id)
        .join(Account, Account.id == Assignment.account_id)
        .join(Person, Person.id == Assignment.person_id)
    )
    if reviews is not None:
        query = query.where(ReviewLine.review_id.in_(reviews))
    return {
        line_key(name, number, term_key(url, employee_id, role, starts)): {
            "decision": decision,
            "notes": notes,
            "removed_at": moment_text(removed) if isinstance(removed, datetime) else None,
            "rotate": bool(rotate),
        }
        for name, number, url, employee_id, role, starts, decision, notes, removed, rotate in (
            session.execute(query)
        )
    }


def _moved(part: str) -> Any:
    """The key of a line as it is once the part `part` of it changed from `old` to `new`."""

    def renamed(key: str, old: str, new: str) -> str | None:
        found = _KEY.fullmatch(key)
        if found is None:
            return None
        parts = found.groupdict()
        if part == "review":
            department, _, number = parts["review"].rpartition(" #")
            if department != old:
                return None
            parts["review"] = f"{new} #{number}"
        elif parts[part] == old:
            parts[part] = new
        else:
            return None
        term = joined_key(parts["url"], parts["person"], parts["role"], parts["start"])
        return f"{parts['review']}: {term}"

    return renamed


def started_without(session: Session, block: str) -> set[int]:
    """The reviews whose start (or entry from paper) event carries no `block`: recorded
    before the events named their records so."""
    started: set[int] = set()
    rows = session.execute(
        select(AuditEvent.details).where(
            and_(
                AuditEvent.entity == "department",
                AuditEvent.action.in_(_STARTS),
                ~AuditEvent.details.like(f'%"{block}": {{%'),
            )
        )
    ).scalars()
    for (details,) in logged((text,) for text in rows):
        if isinstance(details.get("review"), int):
            started.add(details["review"])
    return started


def _started_before_blocks(session: Session) -> set[str]:
    """The lines of the reviews started (or entered from paper) before the events added them,
    by their keys as they are now."""
    started = started_without(session, BLOCK)
    return set(_lines(session, started)) if started else set()


REVIEW_LINES = Replayed(
    "review_line",
    "access review line",
    "review_line",  # named by the department's events' block
    FIELDS,
    (),
    _lines,
    follows=(
        Follows("department", "name", _moved("review")),
        Follows("account", "url", _moved("url")),
        Follows("person", "employee_id", _moved("person")),
    ),
    earlier=_started_before_blocks,
    block=BLOCK,
    block_of=("department",),
)
