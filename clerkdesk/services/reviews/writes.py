"""Access reviews (R7): a department head reviews, on paper, who still has access to the
department's accounts; the clerk records the signed outcome line by line (`review_outcome`),
keeps the signed worksheet, adds notes, and reminds the head when the next review is due. A
review done on paper before it was entered is recorded with its own date (`past_reviews`).

What a review looks like is in `review_views`; its use cases are here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...core.dates import long_date
from ...core.errors import ClerkDeskError, ValidationError
from ...core.obligations.review import return_by
from ...core.vocabulary import ROLES
from ...store.models.accounts import Account
from ...store.models.departments import Department
from ...store.models.people import Person
from ...store.models.reviews import Review, ReviewLine, ReviewNote
from ...store.models.terms import Assignment
from ..integrity.audit import Change, record
from ..kernel.common import city_row, city_today, clean, department_by_name, profile_of
from ..kernel.database import Database
from ..kernel.scans import keep_scan, kept_scan
from ..obligations.due import review_due_on
from ..requests.holds import refuse_if_held
from ..terms.events import key_of_row
from .board import newest_first
from .line_replay import line_key, line_said, lines_block
from .note_replay import note_count, note_key, notes_block
from .outcome import DECISIONS, complete_review, pair_decisions
from .past import is_past, past_review_lines, record_past_by_pairs, record_past_review
from .replay import reviews_block, utc
from .views import (
    ReviewLineView,
    ReviewNoteView,
    ReviewView,
    current_assignments,
    department_named,
    review_by_id,
    view_of,
)

__all__ = [
    "DECISIONS",
    "ReviewLineView",
    "ReviewNoteView",
    "ReviewView",
    "annotate",
    "attach_worksheet",
    "get_review",
    "next_due",
    "open_or_start",
    "past_review_lines",
    "record_by_pairs",
    "record_outcome",
    "record_past_review",
    "reminder_mailto",
    "review_history",
    "start_review",
    "view_of",
    "worksheet_scan",
]


# The longest mailto: link the mail programs on Windows are known to take.
MAILTO_LIMIT = 2_000


def start_review(db: Database, department: str) -> ReviewView:
    """The department's open review, or a new one listing everyone with access now."""
    with db.writing() as session:
        return view_of(session, open_or_start(session, db, department))


def open_or_start(session: Session, db: Database, department: str) -> Review:
    """In the caller's transaction: the department's open review, or a new one."""
    dep = department_named(session, department)
    open_ = session.execute(
        select(Review).where(Review.department_id == dep.id, Review.completed_on.is_(None))
    ).scalar()
    if open_ is not None:
        return open_
    now = db.clock()
    terms = current_assignments(session, dep.id, now)
    if not terms:
        raise ClerkDeskError(f"nobody has access to the accounts of {dep.name}; nothing to review")
    number = 1 + (
        session.execute(
            select(func.max(Review.number)).where(Review.department_id == dep.id)
        ).scalar()
        or 0
    )
    review = Review(department_id=dep.id, number=number, started_at=now)
    session.add(review)
    session.flush()
    lines = [ReviewLine(review_id=review.id, assignment_id=t.id, rotate=False) for t in terms]
    session.add_all(lines)
    session.flush()
    added = {
        line_key(dep.name, number, key_of_row(session, t)): line_said(line, added=True)
        for t, line in zip(terms, lines, strict=True)
    }
    record(
        session,
        db,
        Change(
            "review.start",
            "department",
            dep.name,
            f"Started access review {number} of {dep.name} ({len(terms)} lines)",
            {
                "review": review.id,
                **reviews_block(session, review, {"added": True, "started_at": utc(now)}),
                **lines_block(added),
            },
        ),
    )
    return review


def get_review(db: Database, review_id: int) -> ReviewView:
    with db.reading() as session:
        return view_of(session, review_by_id(session, review_id))


def review_history(db: Database, department: str) -> Sequence[ReviewView]:
    """A department's reviews with their decisions and notes: the one under way first, then
    the completed ones, newest first (a review entered from paper takes its place by date)."""
    with db.reading() as session:
        dep = department_named(session, department)
        reviews = session.execute(
            select(Review).where(Review.department_id == dep.id).order_by(Review.number.desc())
        ).scalars()
        views = [view_of(session, r) for r in reviews]
    return sorted(views, key=newest_first)


def record_outcome(
    db: Database,
    review_id: int,
    reviewer_employee_id: str,
    on: date | None,
    decisions: Mapping[int, tuple[str, str | None]],
) -> ReviewView:
    """Record the signed worksheet: a decision (keep or remove) and notes for every line."""
    with db.writing() as session:
        review = review_by_id(session, review_id)
        complete_review(session, db, review, reviewer_employee_id, on, decisions)
        return view_of(session, review)


def record_by_pairs(
    db: Database,
    department: str,
    reviewer_employee_id: str,
    on: date | None,
    keep: Sequence[str],
    revoke: Sequence[str],
) -> ReviewView:
    """The command line's form: `URL:EMPLOYEE_ID` pairs kept or revoked (every role the
    person holds on that account). Starting the review and recording it are one transaction:
    a refused outcome leaves no review behind. A date before today, and before the review
    under way started (if one is), is a review done on paper (`past_reviews`)."""
    with db.writing() as session:
        dep = department_named(session, department)
        if is_past(session, db, dep, on):
            assert on is not None
            past = record_past_by_pairs(session, db, dep, reviewer_employee_id, on, keep, revoke)
            return view_of(session, past)
        started = open_or_start(session, db, department)
        decisions = pair_decisions(view_of(session, started), keep, revoke)
        complete_review(session, db, started, reviewer_employee_id, on, decisions)
        return view_of(session, started)


def annotate(db: Database, review_id: int, text: str) -> ReviewView:
    """Add a note to a review; the only change a completed review takes."""
    if not clean(text):
        raise ValidationError({"note": "write the note"})
    with db.writing() as session:
        review = review_by_id(session, review_id)
        before = note_count(session, review)
        note = ReviewNote(review_id=review.id, at=db.clock(), by=db.actor, text=text.strip())
        session.add(note)
        department = session.get_one(Department, review.department_id)
        record(
            session,
            db,
            Change(
                "review.note",
                "review",
                str(review.id),
                f"Added a note to access review {review.number}",
                {
                    "note": note.text,
                    **reviews_block(session, review, {"notes": [before or None, before + 1]}),
                    **notes_block(note_key(department.name, review.number, before + 1), note),
                },
            ),
        )
        session.flush()
        return view_of(session, review)


def _refuse_if_covers_held(session: Session, db: Database, review: Review) -> None:
    """The signed worksheet is a record of every account the review covers: while a
    public-records request holds one of them (R17), it is not replaced."""
    covered = select(Assignment.account_id).join(
        ReviewLine, ReviewLine.assignment_id == Assignment.id
    )
    accounts = session.execute(
        select(Account)
        .where(Account.id.in_(covered.where(ReviewLine.review_id == review.id)))
        .order_by(Account.url)
    ).scalars()
    today = city_today(db, profile_of(city_row(session)))
    doing = f"Replacing the signed worksheet of access review {review.number}, which covers"
    for account in accounts:
        refuse_if_held(session, account, today, doing)


def attach_worksheet(db: Database, review_id: int, source: Path) -> ReviewView:
    """Keep the signed worksheet under the home folder, with its SHA-256; one kept before is
    not replaced while a request holds an account the review covers."""
    name, digest = keep_scan(db, source)
    with db.writing() as session:
        review = review_by_id(session, review_id)
        if review.scan_file and review.scan_file != name:
            _refuse_if_covers_held(session, db, review)
        said = {"scan_file": [review.scan_file, name], "scan_sha256": [review.scan_sha256, digest]}
        review.scan_file, review.scan_sha256 = name, digest
        record(
            session,
            db,
            Change(
                "review.scan",
                "review",
                str(review.id),
                f"Attached the signed worksheet of access review "
                f"{review.number} ({Path(source).name})",
                {"file": name, "sha256": digest, **reviews_block(session, review, said)},
            ),
        )
        return view_of(session, review)


def worksheet_scan(db: Database, review: ReviewView) -> Path:
    return kept_scan(db, review.scan_file, review.scan_sha256)


def next_due(db: Database, department: str) -> date | None:
    """When the department's next review is due, or None when nobody has access."""
    with db.reading() as session:
        dep = department_by_name(session, department)
        return review_due_on(session, dep.id, db.clock()) if dep is not None else None


def reminder_mailto(db: Database, department: str) -> str:
    """A ready e-mail to the department head: what to review and by when."""
    with db.reading() as session:
        dep = department_named(session, department)
        head = session.get(Person, dep.head_person_id) if dep.head_person_id else None
        profile = profile_of(city_row(session))
        now = db.clock()
        terms = current_assignments(session, dep.id, now)
        if not terms:
            raise ClerkDeskError(
                f"nobody has access to the accounts of {dep.name}; there is nothing to review"
            )
        lines = []
        for term in sorted(terms, key=lambda t: t.account_id):
            account = session.get(Account, term.account_id)
            person = session.get(Person, term.person_id)
            assert account is not None and person is not None
            lines.append(f"- {account.url}: {person.name} ({ROLES[term.role].lower()})")
        due_on = review_due_on(session, dep.id, now)
        today = profile.day_at(now)
    # The day the answer is asked for is the one the worksheet printed today says (R7): the
    # review's own due day may be past already, and one letter must not ask for two dates.
    answer_by = long_date(return_by(today, profile))
    subject = f"Access review of {dep.name}'s social media accounts: please answer by {answer_by}"
    greeting = f"Dear {head.name}," if head else "Hello,"
    to = head.email if head and head.email else ""
    due = ""
    if due_on is not None:
        due = f" (the review {'was' if due_on < today else 'is'} due {long_date(due_on)})"

    def address(shown: list[str]) -> str:
        more = len(lines) - len(shown)
        # Lines end CR LF in a mailto body (RFC 6068).
        body = "\r\n".join(
            [
                greeting,
                "",
                f"Please review who still has access to {dep.name}'s official social media "
                f"accounts, and tell the {profile.coordinating_office} whom to keep and whom "
                f"to remove by {answer_by}{due}.",
                "",
                "Current access:",
                *shown,
                *([f"- and {more:,} more: see the worksheet"] if more else []),
                "",
                "A worksheet for your signature can be printed from ClerkDesk; it asks for the "
                "same day.",
            ]
        )
        return f"mailto:{quote(to)}?subject={quote(subject)}&body={quote(body)}"

    # Mail programs on Windows take links of about 2,000 characters: a long list is cut short.
    shown = list(lines)
    while len(address(shown)) > MAILTO_LIMIT and shown:
        shown.pop()
    return address(shown)
