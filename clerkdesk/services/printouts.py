"""The papers department heads read and sign: the data gathered here, the PDF made by
`clerkdesk.printing` (imported only when something is printed)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.errors import ClerkDeskError
from ..core.profile import PolicyProfile
from ..core.validation import normalize_url
from ..core.vocabulary import PLATFORMS, ROLES
from ..core.words import counted
from ..resources import resource_dir
from ..store.models import Account, Assignment, Credential, Department, Person, Review
from .assignments import AssignmentView, assignment_query, unsigned_assignments
from .audit import Change, record
from .common import city_row, city_today, department_by_name, profile_of
from .database import Database
from .files import replacing, write_recorded
from .reviews import ReviewView, open_or_start, view_of

if TYPE_CHECKING:
    from ..printing.agreement import AgreementData
    from ..printing.layout import PrintHeader

Progress = Callable[[int, int], None]

CREDENTIAL_NOTE = (
    "The account's password is kept by the {office} in the City's credential store. It is "
    "never written on this form or on any other printout."
)


def default_agreement_text() -> str:
    return (resource_dir() / "forms" / "agreement.txt").read_text(encoding="utf-8")


def city_title(name: str) -> str:
    """ "Stoughton" reads "City of Stoughton"; a name that already says what it is stays."""
    if name.lower().startswith(("city of", "town of", "village of")):
        return name
    return f"City of {name}"


def agreement_clauses(template: str, city: str, office: str, record_hours: int) -> tuple[str, ...]:
    """The agreement's paragraphs with the city's names filled in. Only the three known
    placeholders are replaced, so braces elsewhere in a city's own text print as typed."""
    filled = (
        template.replace("{city}", city_title(city))
        .replace("{office}", office)
        .replace("{record_hours}", str(record_hours))
    )
    return tuple(" ".join(p.split()) for p in filled.split("\n\n") if p.strip())


def _agreement(session: Session, term: AssignmentView) -> AgreementData:
    from ..printing.agreement import AgreementData

    city = city_row(session)
    profile = profile_of(city)
    person = session.get(Person, term.person_id)
    assert person is not None
    department = session.get(Department, person.department_id) if person.department_id else None
    credential = session.get(Credential, term.account_id)
    office = profile.coordinating_office
    return AgreementData(
        city=city_title(city.name),
        office=office,
        name=person.name,
        employee_id=person.employee_id,
        title=person.title,
        department=department.name if department else None,
        division=person.division,
        role=ROLES[term.role],
        platform=PLATFORMS.get(term.platform, term.platform),
        handle=term.handle,
        url=term.url,
        username=credential.username if credential else None,
        clauses=agreement_clauses(
            city.agreement_text or default_agreement_text(),
            city.name,
            office,
            profile.credential_record_hours,
        ),
        credential_note=CREDENTIAL_NOTE.format(office=office),
        **_approval_rows(profile, term),
    )


def _approval_rows(profile: PolicyProfile, term: AssignmentView) -> dict[str, str]:
    """The agreement's rows for the director and the office: where the policy approves each
    user in two steps (R4), the form's "Approved by …" and the names recorded."""
    if not profile.term_approvals:
        return {}
    return {
        "director_label": f"Approved by {profile.director_title}",
        "office_label": f"Approved by {profile.coordinating_office}",
        "director_name": term.director_approved_by or "",
        "office_name": term.office_approved_by or "",
    }


def _header(db: Database, session: Session, title: str) -> PrintHeader:
    from ..printing.layout import PrintHeader

    city = city_row(session)
    profile = profile_of(city)
    return PrintHeader(
        city=city_title(city.name),
        office=profile.coordinating_office,
        title=title,
        printed_on=city_today(db, profile),
    )


def _write(
    db: Database,
    terms: Sequence[AssignmentView],
    out: Path,
    title: str,
    progress: Progress | None,
) -> None:
    from ..printing.agreement import render_agreements

    with db.reading() as session:
        items = [_agreement(session, term) for term in terms]
        header = _header(db, session, title)
    write_recorded(
        db,
        out,
        lambda partial: render_agreements(items, header, partial, progress),
        Change(
            "agreement.print",
            "assignment",
            ",".join(str(t.id) for t in terms)[:500],
            f"Printed {counted(len(terms), 'agreement')} to {out}",
            {"people": sorted({t.employee_id for t in terms}), "file": str(out)},
        ),
    )


def print_agreement(db: Database, account_url: str, employee_id: str, out: Path) -> Path:
    """The agreement of a person's current (else latest) term on an account."""
    try:
        url = normalize_url(account_url)
    except ClerkDeskError as exc:
        raise ClerkDeskError(f"--account: {exc.message}") from exc
    with db.reading() as session:
        if session.execute(select(Account.id).where(Account.url == url)).first() is None:
            raise ClerkDeskError(f"no account {url} in the register")
        rows = session.execute(
            assignment_query()
            .where(Account.url == url, Person.employee_id == employee_id)
            .order_by(Assignment.starts_at.desc())
        ).all()
    terms = [AssignmentView(*row) for row in rows]
    if not terms:
        raise ClerkDeskError(f"{employee_id} holds no role on {url}")
    now = db.clock()
    term = next((t for t in terms if t.active_at(now)), terms[0])
    _write(db, [term], out, "Authorized User Agreement", None)
    return out


def print_assignment_agreement(db: Database, term: AssignmentView, out: Path) -> Path:
    _write(db, [term], out, "Authorized User Agreement", None)
    return out


def print_unsigned(
    db: Database, department: str, out: Path, progress: Progress | None = None
) -> int:
    """Every unsigned agreement of a department's current terms, in one PDF."""
    with db.reading() as session:
        known = department_by_name(session, department)
        if known is None:
            raise ClerkDeskError(f"unknown department {department!r}")
        department = known.name
    terms = unsigned_assignments(db, department)
    if not terms:
        raise ClerkDeskError(
            f"no unsigned agreements among the current terms in {department}; nothing to print"
        )
    _write(db, terms, out, f"Authorized User Agreements: {department}", progress)
    return len(terms)


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
    from ..core.dates import zone
    from ..printing.review import WorksheetData, WorksheetLine, render_worksheet

    city = city_row(session)
    tz = zone(profile_of(city).timezone)
    department = session.execute(
        select(Department).where(Department.name == review.department)
    ).scalar_one()
    head = session.get(Person, department.head_person_id) if department.head_person_id else None
    started = review.started_at.astimezone(tz).date().isoformat()
    header = _header(
        db, session, f"Access review {review.number}: {review.department}, started {started}"
    )
    data = WorksheetData(
        department=review.department,
        number=review.number,
        started_on=started,
        head=head.name if head else None,
        office=header.office,
        lines=tuple(
            WorksheetLine(
                account=line.url,
                platform=PLATFORMS.get(line.platform, line.platform),
                person=line.person,
                employee_id=line.employee_id,
                role=ROLES[line.role],
                since=line.since.astimezone(tz).date().isoformat(),
                agreement=line.agreement_signed_on.isoformat()
                if line.agreement_signed_on
                else "not signed",
                last_change=line.last_password_change.astimezone(tz).date().isoformat()
                if line.last_password_change
                else "never recorded",
            )
            for line in review.lines
        ),
    )
    record(
        session,
        db,
        Change(
            "review.print",
            "department",
            review.department,
            f"Printed the worksheet of access review {review.number} of "
            f"{review.department} to {out}",
            {"review": review.id},
        ),
    )
    session.flush()
    with replacing(out) as partial:
        render_worksheet(data, header, partial)
