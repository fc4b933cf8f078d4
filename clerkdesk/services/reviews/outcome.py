"""Recording a review's signed outcome (R7): a decision, keep or remove, on every line. A
removal ends that term and, when the profile says so, starts the password-rotation clock like
a separation (R10). The outcome of a review in ClerkDesk takes effect when it is recorded; a
review done on paper and entered later (`past_reviews`) took effect on its own date."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.errors import ClerkDeskError, InvalidValueError, ValidationError
from ...core.validation import normalize_url
from ...core.words import counted
from ...store.models.departments import Department
from ...store.models.reviews import Review, ReviewLine
from ...store.models.terms import Assignment
from ..integrity.audit import Change, record
from ..kernel.common import city_row, city_today, clean, person_by_employee_id, profile_of
from ..kernel.database import Database
from ..terms.events import TERMS, changed, key_of_row, row_fields
from ..terms.planning import REVIEW
from .line_replay import line_key, line_said, lines_block
from .replay import reviews_block, utc
from .views import ReviewView

KEEP, REMOVE = "keep", "remove"
DECISIONS = (KEEP, REMOVE)

# A decision and its notes, by line id.
Decisions = Mapping[int, tuple[str, str | None]]


def complete_review(
    session: Session,
    db: Database,
    review: Review,
    reviewer_employee_id: str,
    on: date | None,
    decisions: Decisions,
    *,
    past: bool = False,
) -> None:
    """In the caller's transaction: check the outcome whole, then write its decisions, end the
    removed terms and complete the review; nothing is written when any of it is wrong. The
    removals end now; for a `past` review (entered from paper), when it started: its day."""
    if review.completed_on is not None:
        raise ClerkDeskError(f"review {review.number} is completed; add a note instead")
    profile = profile_of(city_row(session))
    tz = profile.zone
    problems: dict[str, str] = {}
    reviewer = person_by_employee_id(session, reviewer_employee_id or "")
    if not (reviewer_employee_id or "").strip():
        problems["reviewer"] = "required: choose who reviewed (the department head)"
    elif reviewer is None:
        problems["reviewer"] = f"no person with employee ID {reviewer_employee_id!r}"
    if on is None:
        problems["on"] = "required: the date on the signed worksheet"
    elif on > city_today(db, profile):
        problems["on"] = "cannot be in the future"
    elif on < review.started_at.astimezone(tz).date():
        problems["on"] = "is before the review started"
    lines = list(
        session.execute(select(ReviewLine).where(ReviewLine.review_id == review.id)).scalars()
    )
    known = {line.id for line in lines}
    if unknown := set(decisions) - known:
        problems["lines"] = f"line(s) {sorted(unknown)} are not in this review"
    undecided = [
        line.id for line in lines if decisions.get(line.id, ("", None))[0] not in DECISIONS
    ]
    if undecided:
        problems["decisions"] = (
            f"{counted(len(undecided), 'line')} {'has' if len(undecided) == 1 else 'have'} no "
            "decision; mark each keep or remove"
        )
    if problems:
        raise ValidationError(problems)
    assert reviewer is not None and on is not None
    now = db.clock()
    ends = review.started_at if past else now
    removed = []
    terms: dict[str, Any] = {}
    for line in lines:
        decision, notes = decisions[line.id]
        line.decision, line.notes = decision, clean(notes)
        if decision == REMOVE:
            term = session.get(Assignment, line.assignment_id)
            assert term is not None
            if term.ends_at is None or term.ends_at > ends:
                before = row_fields(term)
                term.ends_at = max(ends, term.starts_at)
                term.end_reason = f"removed in access review {review.number}"
                term.end_cause = REVIEW
                line.removed_at = term.ends_at
                line.rotate = profile.review_removal_rotates
                removed.append(term.id)
                terms[key_of_row(session, term)] = changed(before, row_fields(term))
    said: dict[str, Any] = {"completed_on": on, "reviewer_employee_id": reviewer.employee_id}
    if past:  # entered from paper: the event that records it adds it
        said |= {"added": True, "started_at": utc(review.started_at)}
    else:
        said = {field: [None, value] for field, value in said.items()}
    review.completed_on, review.reviewer_id = on, reviewer.id
    review.recorded_at, review.recorded_by = now, db.actor
    dep = session.get(Department, review.department_id)
    assert dep is not None
    session.flush()
    left = {
        line_key(dep.name, review.number, key_of_row(session, term)): line_said(line, added=past)
        for line in lines
        if (term := session.get(Assignment, line.assignment_id)) is not None
    }
    counts = f"{len(lines) - len(removed)} kept, {len(removed)} removed"
    if past:
        change = Change(
            "review.past",
            "department",
            dep.name,
            f"Entered access review {review.number} of {dep.name}, done on paper on {on}: "
            f"{counts} (reviewer {reviewer.name})"
            + ("; its removals ended that day" if removed else ""),
            {
                "review": review.id,
                "on": on,
                "removed_terms": removed,
                **reviews_block(session, review, said),
                **lines_block(left),
            },
        )
    else:
        change = Change(
            "review.complete",
            "department",
            dep.name,
            f"Recorded access review {review.number} of {dep.name}: {counts} "
            f"(reviewer {reviewer.name}, {on})",
            {
                "review": review.id,
                "removed_terms": removed,
                **reviews_block(session, review, said),
                **lines_block(left),
            },
        )
    if terms:
        change.details[TERMS] = terms
    record(session, db, change)
    session.flush()


def pair_decisions(
    review: ReviewView, keep: Sequence[str], revoke: Sequence[str]
) -> dict[int, tuple[str, str | None]]:
    """The decisions that `URL:EMPLOYEE_ID` pairs kept or revoked stand for: every line of
    that person on that account, whatever the role."""
    by_pair: dict[tuple[str, str], list[int]] = {}
    for line in review.lines:
        by_pair.setdefault((line.url, line.employee_id), []).append(line.id)
    decisions: dict[int, tuple[str, str | None]] = {}
    for decision, pairs in ((KEEP, keep), (REMOVE, revoke)):
        for pair in pairs:
            url, sep, employee_id = pair.rpartition(":")
            try:
                key = (normalize_url(url), employee_id)
            except InvalidValueError as exc:
                raise ClerkDeskError(f"{pair!r}: {exc.message}") from exc
            if not sep or key not in by_pair:
                raise ClerkDeskError(
                    f"{pair!r} is not a line of review {review.number} of "
                    f"{review.department} (give URL:EMPLOYEE_ID)"
                )
            for line_id in by_pair[key]:
                if line_id in decisions and decisions[line_id][0] != decision:
                    raise ClerkDeskError(f"{pair!r} is both kept and revoked")
                decisions[line_id] = (decision, None)
    return decisions
