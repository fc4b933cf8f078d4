"""Access reviews (R7): a department head reviews, on paper, who still has access to the
department's accounts; the clerk records the signed outcome line by line. Removals end those
terms and, when the profile says so, start the password-rotation clock like a separation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core.access import agreement_signed_on
from ..core.dates import zone
from ..core.errors import ClerkDeskError, NotFoundError, ValidationError
from ..core.validation import normalize_url
from ..core.vocabulary import ROLES
from ..store.models import (
    Account,
    Assignment,
    Department,
    PasswordChange,
    Person,
    Review,
    ReviewLine,
    ReviewNote,
)
from .audit import Change, record
from .common import (
    city_row,
    city_today,
    clean,
    department_by_name,
    person_by_employee_id,
    profile_of,
)
from .database import Database
from .scans import keep_scan, kept_scan

DECISIONS = ("keep", "remove")


@dataclass(frozen=True, slots=True)
class ReviewLineView:
    id: int
    assignment_id: int
    url: str
    platform: str
    person: str
    employee_id: str
    role: str
    since: datetime
    agreement_signed_on: date | None
    last_password_change: datetime | None
    decision: str | None
    notes: str | None
    removed_at: datetime | None


@dataclass(frozen=True, slots=True)
class ReviewNoteView:
    at: datetime
    by: str
    text: str


@dataclass(frozen=True, slots=True)
class ReviewView:
    id: int
    department: str
    number: int
    started_at: datetime
    completed_on: date | None
    reviewer: str | None
    recorded_at: datetime | None
    recorded_by: str | None
    scan_file: str | None
    scan_sha256: str | None
    lines: tuple[ReviewLineView, ...]
    notes: tuple[ReviewNoteView, ...]

    @property
    def completed(self) -> bool:
        return self.completed_on is not None


def _department(session: Session, name: str) -> Department:
    department = department_by_name(session, name)
    if department is None:
        raise ClerkDeskError(f"unknown department {name!r}")
    return department


def view_of(session: Session, review: Review) -> ReviewView:
    department = session.get(Department, review.department_id)
    reviewer = session.get(Person, review.reviewer_id) if review.reviewer_id else None
    changed = (
        select(PasswordChange.account_id, func.max(PasswordChange.changed_at).label("at"))
        .group_by(PasswordChange.account_id)
        .subquery()
    )
    rows = session.execute(
        select(
            ReviewLine,
            Assignment,
            Account.url,
            Account.platform,
            Person.name,
            Person.employee_id,
            changed.c.at,
        )
        .join(Assignment, Assignment.id == ReviewLine.assignment_id)
        .join(Account, Account.id == Assignment.account_id)
        .join(Person, Person.id == Assignment.person_id)
        .outerjoin(changed, changed.c.account_id == Account.id)
        .where(ReviewLine.review_id == review.id)
        .order_by(Account.url, Person.name, Assignment.role)
    ).all()
    from ..store.types import UTCDateTime

    as_utc = UTCDateTime().process_result_value
    lines = []
    for line, term, url, platform, name, employee_id, last_change in rows:
        signed = agreement_signed_on(
            term.user_signed_on, term.director_signed_on, term.office_signed_on
        )
        lines.append(
            ReviewLineView(
                line.id,
                term.id,
                url,
                platform,
                name,
                employee_id,
                term.role,
                term.starts_at,
                signed,
                as_utc(last_change, session.bind.dialect) if last_change else None,  # type: ignore[union-attr]
                line.decision,
                line.notes,
                line.removed_at,
            )
        )
    notes = session.execute(
        select(ReviewNote).where(ReviewNote.review_id == review.id).order_by(ReviewNote.at)
    ).scalars()
    assert department is not None
    return ReviewView(
        review.id,
        department.name,
        review.number,
        review.started_at,
        review.completed_on,
        reviewer.name if reviewer else None,
        review.recorded_at,
        review.recorded_by,
        review.scan_file,
        review.scan_sha256,
        tuple(lines),
        tuple(ReviewNoteView(n.at, n.by, n.text) for n in notes),
    )


def _current_terms(session: Session, department_id: int, now: datetime) -> list[Assignment]:
    terms = session.execute(
        select(Assignment)
        .join(Account, Account.id == Assignment.account_id)
        .where(Account.department_id == department_id, Account.status != "discontinued")
    ).scalars()
    return [t for t in terms if t.starts_at <= now and (t.ends_at is None or t.ends_at > now)]


def start_review(db: Database, department: str) -> ReviewView:
    """The department's open review, or a new one listing everyone with access now."""
    with db.writing() as session:
        return view_of(session, open_or_start(session, db, department))


def open_or_start(session: Session, db: Database, department: str) -> Review:
    """In the caller's transaction: the department's open review, or a new one."""
    dep = _department(session, department)
    open_ = session.execute(
        select(Review).where(Review.department_id == dep.id, Review.completed_on.is_(None))
    ).scalar()
    if open_ is not None:
        return open_
    now = db.clock()
    terms = _current_terms(session, dep.id, now)
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
    session.add_all(ReviewLine(review_id=review.id, assignment_id=t.id) for t in terms)
    session.flush()
    record(
        session,
        db,
        Change(
            "review.start",
            "department",
            dep.name,
            f"Started access review {number} of {dep.name} ({len(terms)} lines)",
            {"review": review.id},
        ),
    )
    return review


def get_review(db: Database, review_id: int) -> ReviewView:
    with db.reading() as session:
        review = session.get(Review, review_id)
        if review is None:
            raise NotFoundError("that review is no longer in the register")
        return view_of(session, review)


def review_history(db: Database, department: str) -> Sequence[ReviewView]:
    """A department's reviews, newest first, with their decisions and notes."""
    with db.reading() as session:
        dep = _department(session, department)
        reviews = session.execute(
            select(Review).where(Review.department_id == dep.id).order_by(Review.number.desc())
        ).scalars()
        return [view_of(session, r) for r in reviews]


def record_outcome(
    db: Database,
    review_id: int,
    reviewer_employee_id: str,
    on: date | None,
    decisions: Mapping[int, tuple[str, str | None]],
) -> ReviewView:
    """Record the signed worksheet: a decision (keep or remove) and notes for every line."""
    with db.writing() as session:
        review = session.get(Review, review_id)
        if review is None:
            raise NotFoundError("that review is no longer in the register")
        _record(session, db, review, reviewer_employee_id, on, decisions)
        return view_of(session, review)


def _record(
    session: Session,
    db: Database,
    review: Review,
    reviewer_employee_id: str,
    on: date | None,
    decisions: Mapping[int, tuple[str, str | None]],
) -> None:
    if review.completed_on is not None:
        raise ClerkDeskError(f"review {review.number} is completed; add a note instead")
    profile = profile_of(city_row(session))
    tz = zone(profile.timezone)
    problems: dict[str, str] = {}
    reviewer = person_by_employee_id(session, reviewer_employee_id or "")
    if reviewer is None:
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
            f"{len(undecided)} line(s) have no decision; mark each keep or remove"
        )
    if problems:
        raise ValidationError(problems)
    assert reviewer is not None and on is not None
    now = db.clock()
    removed = []
    for line in lines:
        decision, notes = decisions[line.id]
        line.decision, line.notes = decision, clean(notes)
        if decision == "remove":
            term = session.get(Assignment, line.assignment_id)
            assert term is not None
            if term.ends_at is None or term.ends_at > now:
                term.ends_at = max(now, term.starts_at)
                term.end_reason = f"removed in access review {review.number}"
                line.removed_at = term.ends_at
                line.rotate = profile.review_removal_rotates
                removed.append(term.id)
    review.completed_on, review.reviewer_id = on, reviewer.id
    review.recorded_at, review.recorded_by = now, db.actor
    dep = session.get(Department, review.department_id)
    assert dep is not None
    record(
        session,
        db,
        Change(
            "review.complete",
            "department",
            dep.name,
            f"Recorded access review {review.number} of {dep.name}: "
            f"{len(lines) - len(removed)} kept, {len(removed)} removed "
            f"(reviewer {reviewer.name}, {on})",
            {"review": review.id, "removed_terms": removed},
        ),
    )
    session.flush()


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
    a refused outcome leaves no review behind."""
    with db.writing() as session:
        started = open_or_start(session, db, department)
        review = view_of(session, started)
        decisions = _pair_decisions(review, keep, revoke)
        _record(session, db, started, reviewer_employee_id, on, decisions)
        return view_of(session, started)


def _pair_decisions(
    review: ReviewView, keep: Sequence[str], revoke: Sequence[str]
) -> dict[int, tuple[str, str | None]]:
    by_pair: dict[tuple[str, str], list[int]] = {}
    for line in review.lines:
        by_pair.setdefault((line.url, line.employee_id), []).append(line.id)
    decisions: dict[int, tuple[str, str | None]] = {}
    for decision, pairs in (("keep", keep), ("remove", revoke)):
        for pair in pairs:
            url, sep, employee_id = pair.rpartition(":")
            try:
                key = (normalize_url(url), employee_id)
            except ValueError as exc:
                raise ClerkDeskError(f"{pair!r}: {exc}") from exc
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


def annotate(db: Database, review_id: int, text: str) -> ReviewView:
    """Add a note to a review; the only change a completed review takes."""
    if not clean(text):
        raise ValidationError({"note": "write the note"})
    with db.writing() as session:
        review = session.get(Review, review_id)
        if review is None:
            raise NotFoundError("that review is no longer in the register")
        session.add(ReviewNote(review_id=review.id, at=db.clock(), by=db.actor, text=text.strip()))
        record(
            session,
            db,
            Change(
                "review.note",
                "review",
                str(review.id),
                f"Added a note to access review {review.number}",
                {"note": text.strip()},
            ),
        )
        session.flush()
        return view_of(session, review)


def attach_worksheet(db: Database, review_id: int, source: Path) -> ReviewView:
    name, digest = keep_scan(db, source)
    with db.writing() as session:
        review = session.get(Review, review_id)
        if review is None:
            raise NotFoundError("that review is no longer in the register")
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
                {"file": name, "sha256": digest},
            ),
        )
        return view_of(session, review)


def worksheet_scan(db: Database, review: ReviewView) -> Path:
    return kept_scan(db, review.scan_file, review.scan_sha256)


def next_due(db: Database, department: str) -> date | None:
    """When the department's next review is due, or None when nobody has access."""
    from .obligations import due

    for item in due(db):
        if item.kind == "access-review" and item.department == department:
            assert isinstance(item.due, date)
            return item.due
    return None


def reminder_mailto(db: Database, department: str) -> str:
    """A ready e-mail to the department head: what to review and by when."""
    with db.reading() as session:
        dep = _department(session, department)
        head = session.get(Person, dep.head_person_id) if dep.head_person_id else None
        profile = profile_of(city_row(session))
        now = db.clock()
        terms = _current_terms(session, dep.id, now)
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
    due_on = next_due(db, department)
    when = f"by {due_on.isoformat()}" if due_on else "soon"
    subject = f"Access review of {dep.name}'s social media accounts {when}"
    greeting = f"Dear {head.name}," if head else "Hello,"
    body = "\n".join(
        [
            greeting,
            "",
            f"Please review who still has access to {dep.name}'s official social media accounts "
            f"{when}, and tell the {profile.coordinating_office} whom to keep and whom to remove.",
            "",
            "Current access:",
            *lines,
            "",
            "A worksheet for your signature can be printed from ClerkDesk.",
        ]
    )
    to = head.email if head and head.email else ""
    return f"mailto:{quote(to)}?subject={quote(subject)}&body={quote(body)}"


def review_due_dates(session: Session, now: datetime) -> list[tuple[str, date, date | None]]:
    """For the obligations snapshot: each department whose accounts someone can use now, the
    day its first assignment ever started, and the day of its last completed review."""
    tz = zone(profile_of(city_row(session)).timezone)
    first: dict[int, tuple[str, date]] = {}
    current: set[int] = set()
    rows = session.execute(
        select(Department.id, Department.name, Assignment.starts_at, Assignment.ends_at)
        .join(Account, Account.department_id == Department.id)
        .join(Assignment, Assignment.account_id == Account.id)
        .where(Account.status != "discontinued")
    )
    for dep_id, name, starts_at, ends_at in rows:
        if starts_at <= now and (ends_at is None or ends_at > now):
            current.add(dep_id)
        day = starts_at.astimezone(tz).date()
        if dep_id not in first or day < first[dep_id][1]:
            first[dep_id] = (name, day)
    last = {
        dep_id: day
        for dep_id, day in session.execute(
            select(Review.department_id, func.max(Review.completed_on))
            .where(Review.completed_on.is_not(None))
            .group_by(Review.department_id)
        )
    }
    return [(first[d][0], first[d][1], last.get(d)) for d in sorted(current)]
