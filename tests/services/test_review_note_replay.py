"""`check` replays the notes added to the access reviews: a note's moment, author and text
changed in the table without an event, a note added or taken away by hand, are each reported
in words; a renamed department leaves it clean; notes added before the events named them are
noted, and a database of that time is clean."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from clerkdesk.services.departments import writes as departments
from clerkdesk.services.integrity import maintenance
from clerkdesk.services.integrity.audit import Change, record
from clerkdesk.services.kernel.inputs import DepartmentInput
from clerkdesk.services.reviews import writes as reviews
from clerkdesk.store.models.reviews import ReviewNote

from .duties_city import small_city

NOW = "2026-11-20 21:00:00+00:00"  # the tests' clock


def _keep_all(lines):  # type: ignore[no-untyped-def]
    return {line.id: ("keep", None) for line in lines}


@pytest.fixture
def noted(db):  # type: ignore[no-untyped-def]
    small_city(db)
    review = reviews.start_review(db, "Parks")
    reviews.record_outcome(db, review.id, "E100", date(2026, 11, 20), _keep_all(review.lines))
    reviews.annotate(db, review.id, "Called the head about the pool account")
    reviews.annotate(db, review.id, "Second thoughts, noted")
    assert maintenance.check(db) == []
    return db


def _second_note(db) -> int:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return int(session.execute(text("SELECT max(id) FROM review_note")).scalar_one())


CHANGED = [
    (
        "at = '2026-11-19 21:00:00'",
        f"at is 2026-11-19 21:00:00+00:00 in the table, {NOW} in the audit log",
    ),
    ("by = 'someone'", "by is someone in the table, {actor} in the audit log"),
    (
        "text = 'Nothing was noted'",
        "text is Nothing was noted in the table, Second thoughts, noted in the audit log",
    ),
]


@pytest.mark.parametrize(("change", "said"), CHANGED, ids=["at", "by", "text"])
def test_a_note_changed_without_an_event_is_reported(noted, change, said) -> None:  # type: ignore[no-untyped-def]
    note = _second_note(noted)
    with noted.engine.begin() as conn:
        conn.execute(text(f"UPDATE review_note SET {change} WHERE id = {note}"))
    assert maintenance.check(noted) == [
        f"access review note Parks #1, note 2: {said.format(actor=noted.actor)}"
    ]


def test_a_note_added_by_hand_is_reported(noted) -> None:  # type: ignore[no-untyped-def]
    with noted.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO review_note (review_id, at, by, text) "
                "SELECT id, '2026-11-20 21:00:00', 'someone', 'slipped in' FROM review"
            )
        )
    assert maintenance.check(noted) == [
        "access review Parks #1: notes is 3 in the table, 2 in the audit log",
        "access review note Parks #1, note 3: in the table with no event in the audit log",
    ]


def test_a_note_taken_away_is_reported(noted) -> None:  # type: ignore[no-untyped-def]
    note = _second_note(noted)
    with noted.engine.begin() as conn:
        conn.execute(text(f"DELETE FROM review_note WHERE id = {note}"))
    assert maintenance.check(noted) == [
        "access review Parks #1: notes is 1 in the table, 2 in the audit log"
    ]


def test_a_renamed_department_leaves_it_clean(noted) -> None:  # type: ignore[no-untyped-def]
    with noted.reading() as session:
        department_id = session.execute(text("SELECT id FROM department")).scalar_one()
    departments.update_department(noted, department_id, DepartmentInput("Parks and Rec"))
    assert maintenance.check(noted) == []
    note = _second_note(noted)
    with noted.engine.begin() as conn:
        conn.execute(text(f"UPDATE review_note SET by = 'someone' WHERE id = {note}"))
    assert maintenance.check(noted) == [
        f"access review note Parks and Rec #1, note 2: by is someone in the table, "
        f"{noted.actor} in the audit log"
    ]


def _old_note(db, review_id: int, words: str) -> None:  # type: ignore[no-untyped-def]
    """A note added as the events added them before they named it."""
    with db.writing() as session:
        session.add(ReviewNote(review_id=review_id, at=db.clock(), by=db.actor, text=words))
        record(
            session,
            db,
            Change(
                "review.note",
                "review",
                str(review_id),
                "Added a note to access review 1",
                {"note": words},
            ),
        )


def test_notes_added_before_the_events_named_them_are_noted(db) -> None:  # type: ignore[no-untyped-def]
    small_city(db)
    review = reviews.start_review(db, "Parks")
    reviews.record_outcome(db, review.id, "E100", date(2026, 11, 20), _keep_all(review.lines))
    _old_note(db, review.id, "first")
    _old_note(db, review.id, "second")
    report = maintenance.check_report(db)
    assert report.problems == []
    assert (
        "2 access review note(s) recorded before the audit log named each access review note "
        "on its own: checked from their next change"
    ) in report.notes
    # The next note is named, and counted with the ones before it.
    reviews.annotate(db, review.id, "third")
    assert maintenance.check(db) == []
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE review_note SET text = 'changed' WHERE text = 'third'"))
    assert maintenance.check(db) == [
        "access review note Parks #1, note 3: text is changed in the table, third in the audit log"
    ]
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM review_note WHERE text = 'first'"))
    found = maintenance.check(db)
    assert "access review Parks #1: notes is 2 in the table, 3 in the audit log" in found
