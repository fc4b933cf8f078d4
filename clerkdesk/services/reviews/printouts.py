"""The access review's worksheet (R7), for the department head to mark, sign and return; the
PDF made by `clerkdesk.printing.reviews` (imported only when printed)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.dates import long_date, short_date
from ...core.errors import ClerkDeskError
from ...core.obligations.review import return_by
from ...core.vocabulary import PLATFORMS, ROLES
from ...store.models.departments import Department
from ...store.models.people import Person
from ...store.models.reviews import Review
from ..integrity.audit import Change, record
from ..kernel.common import city_row, profile_of
from ..kernel.database import Database
from ..kernel.files import for_the_preview, replacing
from ..kernel.printouts import office_holder, print_header
from .writes import ReviewView, open_or_start, view_of


def print_worksheet(db: Database, review_id: int, out: Path) -> Path:
    """The worksheet of a review, for the department head to mark and sign."""
    with db.writing() as session:
        review = session.get(Review, review_id)
        if review is None:
            raise ClerkDeskError("that review is no longer in the register")
        _worksheet(session, db, view_of(session, review), Path(out))
    return Path(out)


def print_review(db: Database, department: str, out: Path) -> ReviewView:
    """Start the department's review (unless one is open) and print its worksheet: one
    transaction, so a printout that fails leaves no review started."""
    with db.writing() as session:
        view = view_of(session, open_or_start(session, db, department))
        _worksheet(session, db, view, Path(out))
        return view


def _worksheet(session: Session, db: Database, review: ReviewView, out: Path) -> None:
    """Render a review's worksheet and record that it was printed, in the caller's
    transaction (the file appears only with the event)."""
    from ...printing.reviews import WorksheetData, WorksheetLine, render_worksheet

    city = city_row(session)
    tz = profile_of(city).zone
    department = session.execute(
        select(Department).where(Department.name == review.department)
    ).scalar_one()
    head = session.get(Person, department.head_person_id) if department.head_person_id else None
    started = long_date(review.started_at.astimezone(tz).date())
    header = print_header(
        db, session, f"Access review {review.number}: {review.department}, started {started}"
    )
    profile = profile_of(city)
    clerk = office_holder(session, profile.coordinating_office, db.clock())
    data = WorksheetData(
        department=review.department,
        number=review.number,
        started_on=started,
        head=head.name if head else None,
        office=header.office,
        return_by=long_date(return_by(header.printed_on, profile)),
        clerk=clerk.name if clerk else "",
        clerk_contact=" · ".join(c for c in (clerk.email, clerk.phone) if c) if clerk else "",
        basis=profile.basis_label(profile.basis("R7"), "R7", "access-review"),
        lines=tuple(
            WorksheetLine(
                account=line.url,
                platform=PLATFORMS.get(line.platform, line.platform),
                person=line.person,
                employee_id=line.employee_id,
                role=ROLES[line.role],
                since=short_date(line.since.astimezone(tz).date()),
                agreement=short_date(line.agreement_signed_on)
                if line.agreement_signed_on
                else "not signed",
                last_change=short_date(line.last_password_change.astimezone(tz).date())
                if line.last_password_change
                else "never recorded",
            )
            for line in review.lines
        ),
    )
    record(
        session,
        db,
        for_the_preview(
            out,
            Change(
                "review.print",
                "department",
                review.department,
                f"Printed the worksheet of access review {review.number} of "
                f"{review.department} to {out}",
                {"review": review.id},
            ),
        ),
    )
    session.flush()
    with replacing(out) as partial:
        render_worksheet(data, header, partial)
