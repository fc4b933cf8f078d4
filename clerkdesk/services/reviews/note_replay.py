"""What `check` replays of the notes added to the access reviews: each note's moment, author
and text, and how many notes each review has. A note added, changed or taken away in the table
without an event is reported.

A note is known by its review and its place among the review's notes ("Parks #2, note 1",
`note_key`), and follows a renamed department. The event that adds a note gives it in a
`review_notes` block, and the review's count of notes in its `reviews` block ([before,
after]). Notes added before the events named them so are noted, and the count of a review
whose notes are all such is not held until its next note."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from ...store.models.audit import AuditEvent
from ...store.models.departments import Department
from ...store.models.reviews import Review, ReviewNote
from ..kernel.replayed import Follows, Replayed, State
from .keys import review_key, utc

BLOCK = "review_notes"
FIELDS = ("at", "by", "text")
_NOTE = "review.note"
_SEP = ", note "


def note_key(department: str, number: int, place: int) -> str:
    """A note's key: its review's, and its place among the review's notes (from 1)."""
    return f"{review_key(department, number)}{_SEP}{place}"


def note_count(session: Session, review: Review) -> int:
    """How many notes the review has."""
    return int(
        session.execute(
            select(func.count()).select_from(ReviewNote).where(ReviewNote.review_id == review.id)
        ).scalar_one()
    )


def notes_block(key: str, note: ReviewNote) -> dict[str, Any]:
    """The `review_notes` block of the event that adds `note` (known by `key`)."""
    said = {"added": True, "at": utc(note.at), "by": note.by, "text": note.text}
    return {BLOCK: {key: said}}


def unnamed_notes(session: Session) -> dict[int, tuple[int, int]]:
    """By review: how many of its notes were added by events that did not name them (before
    the events carried the block), and how many by events that did."""
    unnamed = case((AuditEvent.details.like(f'%"{BLOCK}": {{%'), 0), else_=1)
    rows = session.execute(
        select(AuditEvent.entity_key, func.sum(unnamed), func.count())
        .where(and_(AuditEvent.entity == "review", AuditEvent.action == _NOTE))
        .group_by(AuditEvent.entity_key)
    )
    return {
        int(key): (int(old), int(count) - int(old))
        for key, old, count in rows
        if str(key).isdigit() and old
    }


def _placed(session: Session) -> list[tuple[int, str, int, int, State]]:
    """Every note as (review id, department, number, place, fields), in order."""
    rows = session.execute(
        select(
            Review.id,
            Department.name,
            Review.number,
            ReviewNote.at,
            ReviewNote.by,
            ReviewNote.text,
        )
        .join(Review, Review.id == ReviewNote.review_id)
        .join(Department, Department.id == Review.department_id)
        .order_by(ReviewNote.review_id, ReviewNote.id)
    )
    placed: list[tuple[int, str, int, int, State]] = []
    place, last = 0, None
    for review_id, name, number, at, by, text in rows:
        place = place + 1 if review_id == last else 1
        last = review_id
        said = {"at": utc(at) if at is not None else None, "by": by, "text": text}
        placed.append((review_id, name, number, place, said))
    return placed


def _notes(session: Session) -> dict[str, State]:
    placed = _placed(session)
    return {note_key(name, number, place): said for _, name, number, place, said in placed}


def _added_before_blocks(session: Session) -> set[str]:
    """The notes added by events that did not name them: the first ones of their review."""
    unnamed = unnamed_notes(session)
    if not unnamed:
        return set()
    return {
        note_key(name, number, place)
        for review_id, name, number, place, _ in _placed(session)
        if place <= unnamed.get(review_id, (0, 0))[0]
    }


def _renamed(key: str, old: str, new: str) -> str | None:
    review, _, place = key.rpartition(_SEP)
    department, _, number = review.rpartition(" #")
    return f"{new} #{number}{_SEP}{place}" if department == old else None


REVIEW_NOTES = Replayed(
    "review_note",
    "access review note",
    "review_note",  # named by the review's events' block
    FIELDS,
    (),
    _notes,
    follows=(Follows("department", "name", _renamed),),
    earlier=_added_before_blocks,
    block=BLOCK,
    block_of=("review",),
)
