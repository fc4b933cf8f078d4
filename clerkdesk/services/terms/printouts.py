"""The papers department heads read and sign: the data gathered here, the PDF made by
`clerkdesk.printing` (imported only when something is printed)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from ...core.dates import long_date
from ...core.errors import ClerkDeskError, InvalidValueError
from ...core.profile import PolicyProfile
from ...core.vocabulary import PLATFORMS, ROLES
from ...core.words import counted
from ...resources import profile_keys, resource_dir
from ...store.models.accounts import Account
from ...store.models.credentials import Credential
from ...store.models.departments import Department
from ...store.models.people import Person
from ...store.models.terms import Assignment
from ..elections.writes import CandidateView
from ..integrity.audit import Change
from ..kernel.common import city_row, city_today, department_by_name, profile_of
from ..kernel.database import Database
from ..kernel.files import write_recorded
from ..kernel.lookups import account_at
from ..kernel.printouts import city_title, office_holder, print_header
from .writes import AssignmentView, assignment_query, unsigned_assignments

if TYPE_CHECKING:
    from ...printing.terms import AgreementData

Progress = Callable[[int, int], None]

CREDENTIAL_NOTE = (
    "The account's password is kept by the {office} in the City's credential store. It is "
    "never written on this form or on any other printout."
)


def default_agreement_text(profile_key: str | None = None) -> str:
    """ClerkDesk's agreement text for a city on a shipped profile: `agreement-<key>.txt`, the
    commitments of that city's policy only (R6); for another profile, or none, the generic
    `agreement.txt`. A line starting with # is a note on the file (where each clause comes
    from), not printed."""
    forms = resource_dir() / "forms"
    path = forms / f"agreement-{profile_key}.txt"
    if profile_key not in profile_keys() or not path.is_file():
        path = forms / "agreement.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    text = "\n".join(line for line in lines if not line.startswith("#"))
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def possessive(name: str) -> str:
    """ "the City of Stoughton's policy", "the City of Maple Falls' policy": a name that ends
    in s takes the apostrophe alone, as with the names of places and offices generally."""
    if name.endswith(("s", "S")):
        return f"{name}\u2019" if "\u2019" in name else f"{name}'"
    return f"{name}'s"


def signer_labels(profile: PolicyProfile) -> tuple[str, str, str]:
    """Who signs an agreement (R6), in the words the form and the window's Signatures dialog
    share: the user, the director (the profile's title), and the office (the profile's), for
    which someone signs ("For the City Clerk", "Signed for the City Clerk on")."""
    return profile.signers


def agreement_clauses(template: str, city: str, office: str, record_hours: int) -> tuple[str, ...]:
    """The agreement's paragraphs with the city's names filled in. Only the known
    placeholders are replaced, so braces elsewhere in a city's own text print as typed; the
    city's possessive ("{city}'s") reads as English does for a name ending in s."""
    title = city_title(city)
    filled = (
        template.replace("{city}'s", possessive(title))
        .replace("{city}\u2019s", possessive(title))
        .replace("{city}", title)
        .replace("{office}", office)
        .replace("{record_hours}", str(record_hours))
    )
    return tuple(" ".join(p.split()) for p in filled.split("\n\n") if p.strip())


def _agreement(session: Session, term: AssignmentView, today: date, now: datetime) -> AgreementData:
    from ...printing.terms import AgreementData
    from ..elections.blackouts import blackout_in

    city = city_row(session)
    profile = profile_of(city)
    person = session.get(Person, term.person_id)
    assert person is not None
    department = session.get(Department, person.department_id) if person.department_id else None
    credential = session.get(Credential, term.account_id)
    office = profile.coordinating_office
    account = session.get(Account, term.account_id)
    assert account is not None
    home = session.get(Department, account.department_id)
    head = session.get(Person, home.head_person_id) if home and home.head_person_id else None
    holder = office_holder(session, office, now)
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
            city.agreement_text or default_agreement_text(city.profile_key),
            city.name,
            office,
            profile.credential_record_hours,
        ),
        credential_note=CREDENTIAL_NOTE.format(office=office),
        account_department=home.name if home else None,
        purpose=account.purpose,
        notice=_blackout_notice(blackout_in(session, person.employee_id, today), person.name),
        **_approval_rows(profile, term, head.name if head else "", holder.name if holder else ""),
    )


def _blackout_notice(candidacy: CandidateView | None, name: str) -> str | None:
    """What an agreement printed during the person's election blackout says of it (R18)."""
    if candidacy is None:
        return None
    first, last = candidacy.blackout
    return (
        f"Printed during an election blackout: {name}, a candidate in the election "
        f"\u201c{candidacy.election}\u201d, may not post to the City's accounts from "
        f"{long_date(first)} through {long_date(last)} (Wis. Stat. 11.1205). Their posting "
        "access is suspended until then; this agreement takes effect when it is restored."
    )


def _approval_rows(
    profile: PolicyProfile, term: AssignmentView, head: str, holder: str
) -> dict[str, str]:
    """The agreement's rows for the director and the office, in `signer_labels`' words: the
    director's printed name is the department head's unless an approval names who, the
    office's the person holding it (titled as the office) unless an approval names who;
    where the
    policy approves each user in two steps (R4), the form's "Approved by …"."""
    _, director, office = signer_labels(profile)
    rows = {
        "director_label": director,
        "office_label": f"For the {office}",
        "director_name": term.director_approved_by or head,
        "office_name": term.office_approved_by or holder,
    }
    if profile.term_approvals:
        rows["director_label"] = f"Approved by {director}"
        rows["office_label"] = f"Approved by {office}"
    return rows


def _write(
    db: Database,
    terms: Sequence[AssignmentView],
    out: Path,
    title: str,
    progress: Progress | None,
    batch: str | None = None,
) -> None:
    """The agreements of `terms` in one PDF; a `batch` (a department's) has a cover sheet
    listing who is in it, for the director."""
    from ...printing.terms import BatchCover, render_agreements

    with db.reading() as session:
        today = city_today(db, profile_of(city_row(session)))
        items = [_agreement(session, term, today, db.clock()) for term in terms]
        header = print_header(db, session, "Authorized User Agreement")
        profile = profile_of(city_row(session))
    cover = None
    if batch is not None:
        user, director, office = signer_labels(profile)
        cover = BatchCover(
            title,
            f"Each agreement below is signed and dated by its {user.lower()}, by the "
            f"{director} and by the {office}, each on its own row, and goes back to the "
            f"{profile.coordinating_office}. Each is numbered on its own, so that it can be "
            "filed by itself.",
        )
    write_recorded(
        db,
        out,
        lambda partial: render_agreements(items, header, partial, progress, cover),
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
    with db.reading() as session:
        try:
            _id, url = account_at(session, account_url)
        except InvalidValueError as exc:
            raise ClerkDeskError(f"--account: {exc.message}") from exc
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
    _write(db, terms, out, f"Authorized User Agreements: {department}", progress, department)
    return len(terms)
