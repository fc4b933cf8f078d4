"""A public-records request's letters (R17), written and kept with the request: printed by
`clerkdesk.printing.letters` (imported only when one is written), kept under scans/ by their
SHA-256 as the request's other files are (`files.keep_request_file`, whose event `check`
replays), and saved where the clerk chose. A letter is refused, and nothing is written, when
the request does not allow it (`core.records.letter_refusal`): a denial without its reasons
first of all (Wis. Stat. 19.35(4)(b))."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...core.dates import long_date
from ...core.errors import ClerkDeskError, NotFoundError, ValidationError
from ...core.obligations.records_request import answer_due
from ...core.records import (
    ACKNOWLEDGMENT,
    DENIAL,
    EXTENSION,
    LETTER_KINDS,
    PARTLY_GRANTED,
    RESPONSE,
    letter_refusal,
)
from ...core.vocabulary import Role
from ...paths import private_file
from ...store.models.accounts import Account
from ...store.models.people import Person
from ...store.models.requests import RecordsRequest, RequestAccount
from ...store.models.terms import Assignment
from ..kernel.common import city_row, city_today, profile_of
from ..kernel.database import Database
from ..kernel.printouts import city_title, office_holder, print_header
from ..kernel.scans import keep_scan
from .files import RequestFileView, keep_request_file
from .letter_texts import default_letter_text, fill, own_texts

if TYPE_CHECKING:
    from ...printing.layout import PrintHeader
    from ...printing.letters import LetterData

TITLES = {
    ACKNOWLEDGMENT: "Your public-records request is received",
    EXTENSION: "More time is needed to answer your request",
    RESPONSE: "The answer to your public-records request",
    DENIAL: "Denial of your public-records request",
}
# ClerkDesk's wording of what Wis. Stat. 19.35(4)(b) asks a written denial to say; printed on
# every denial, in whole or in part, whatever text the city chose for the rest.
REVIEW_RIGHTS = (
    "This decision is subject to review. You may bring an action for mandamus asking a court "
    "to order release of the record (Wis. Stat. 19.37(1)), or you may apply to the Attorney "
    "General or to the district attorney of the county to bring such an action for you "
    "(Wis. Stat. 19.35(4)(b) and 19.37(1))."
)


def _custodians(
    session: Session, request: RecordsRequest, now: datetime
) -> list[tuple[str, Person | None]]:
    """Each account the request names and its custodian (R3), None where none is designated."""
    urls = session.execute(
        select(Account.id, Account.url)
        .join(RequestAccount, RequestAccount.account_id == Account.id)
        .where(RequestAccount.request_id == request.id)
        .order_by(Account.url)
    ).all()
    people = dict(
        session.execute(
            select(Assignment.account_id, Person)
            .join(Person, Person.id == Assignment.person_id)
            .where(
                Assignment.role == Role.CUSTODIAN,
                Assignment.starts_at <= now,
                or_(Assignment.ends_at.is_(None), Assignment.ends_at > now),
                Assignment.account_id.in_([a for a, _u in urls]),
            )
            .order_by(Person.name)
        )
        .tuples()
        .all()
    )
    return [(url, people.get(account_id)) for account_id, url in urls]


def _named(person: Person) -> str:
    return f"{person.name}, {person.title}" if person.title else person.name


def _signer(
    session: Session,
    db: Database,
    request: RecordsRequest,
    office: str,
    records_office: str,
    custodians: list[tuple[str, Person | None]],
) -> Person | None:
    """Who signs: whoever answers the request, as the Requests page says: the person named,
    else the holder of the office that answers requests, else the accounts' one custodian,
    else the holder of the coordinating office."""
    if request.custodian_person_id:
        return session.get(Person, request.custodian_person_id)
    if not records_office:
        people = {p.id: p for _url, p in custodians if p is not None}
        if len(people) == 1:
            return next(iter(people.values()))
    return office_holder(session, office, db.clock())


def letter_data(
    db: Database, session: Session, request_id: int, kind: str, why: str = ""
) -> tuple[LetterData, PrintHeader]:
    """What a letter of `kind` of the request says; refused as `letter_refusal` says."""
    from ...printing.letters import LetterData

    request = session.get(RecordsRequest, request_id)
    if request is None:
        raise NotFoundError("that request is no longer in the register")
    refusal = letter_refusal(
        kind, request.number, request.status, request.reasons, request.extended_to, why
    )
    if refusal is not None:
        raise ValidationError(dict([refusal]))
    city = city_row(session)
    profile = profile_of(city)
    today = city_today(db, profile)
    office = profile.records_office or profile.coordinating_office
    custodians = _custodians(session, request, db.clock())
    holder = _signer(session, db, request, office, profile.records_office, custodians)
    first_target = answer_due(request.received_on, city.adopted_on, profile)
    day: date = {
        ACKNOWLEDGMENT: request.acknowledged_on or today,
        EXTENSION: today,
    }.get(kind, request.closed_on or today)
    outcome = (
        "Some of the records you asked for are released with this letter. Others are "
        "withheld; what is withheld, and why, is set out below."
        if request.status == PARTLY_GRANTED
        else "The records you asked for are released with this letter."
    )
    values = {
        "city": city_title(city.name),
        "office": office,
        "number": request.number,
        "requester": request.requester or "the requester",
        "received_on": long_date(request.received_on),
        "acknowledged_on": long_date(request.acknowledged_on or today),
        "due_on": long_date(first_target),
        "extended_to": long_date(request.extended_to) if request.extended_to else "",
        "closed_on": long_date(request.closed_on) if request.closed_on else "",
        "custodian": "; ".join(sorted({_named(p) for _url, p in custodians if p})) or office,
        "outcome": outcome,
    }
    own = own_texts(city.letter_texts).get(kind)
    sections: list[tuple[str, str]] = []
    dates: tuple[tuple[str, str], ...] = ()
    reasons = (request.reasons or "").strip()
    if kind == EXTENSION:
        dates = (("First target", values["due_on"]), ("New target", values["extended_to"]))
        sections.append(("Why more time is needed", why.strip()))
    elif kind == RESPONSE and request.status == PARTLY_GRANTED:
        sections.append(("What is withheld, and why", reasons))
        sections.append(("Your right to have this decision reviewed", REVIEW_RIGHTS))
    elif kind == DENIAL:
        sections.append(("The reasons for the denial", reasons))
        sections.append(("Your right to have this decision reviewed", REVIEW_RIGHTS))
    data = LetterData(
        title=TITLES[kind],
        dated=long_date(day),
        to=request.requester or "To the requester (an anonymous request)",
        regarding=f"Public-records request {request.number}, received "
        f"{long_date(request.received_on)}",
        asked=request.summary,
        accounts=tuple(url for url, _p in custodians),
        paragraphs=fill(own or default_letter_text(kind), values),
        sections=tuple(sections),
        dates=dates,
        custodians=tuple(
            f"{_named(p)}: custodian of {url}"
            if p is not None
            else f"{url}: no custodian is designated; the {office} answers for its records"
            for url, p in custodians
        ),
        signer=holder.name if holder else f"For the {office}",
        signer_title=(holder.title or "") if holder else "",
        city=city_title(city.name),
    )
    title = f"Request {request.number}: {LETTER_KINDS[kind].lower()}"
    return data, print_header(db, session, title)


def write_letter(
    db: Database, request_id: int, kind: str, out: Path | None, why: str = ""
) -> RequestFileView:
    """Write a letter of the request, keep it with the request (its SHA-256 recorded, the
    event `check` replays), and save a copy at `out` (None: only kept). Nothing is kept or
    saved when the letter is refused."""
    from ...printing.letters import render_letter

    if out is not None and Path(out).is_dir():
        raise ClerkDeskError(f"could not write {out}: it is a folder; give a file name")
    with db.reading() as session:
        data, header = letter_data(db, session, request_id, kind, why)
        number = session.get(RecordsRequest, request_id).number  # type: ignore[union-attr]
    folder = Path(tempfile.mkdtemp(prefix="clerkdesk-letter-"))
    try:
        name = f"{LETTER_KINDS[kind]} {number}.pdf".replace("/", "-")
        pdf = folder / (Path(out).name if out is not None else name)
        if pdf.suffix.lower() != ".pdf":
            pdf = pdf.with_name(pdf.name + ".pdf")
        render_letter(data, header, pdf)
        scan, digest = keep_scan(db, pdf)
        with db.writing() as session:
            request = session.get(RecordsRequest, request_id)
            if request is None:
                raise NotFoundError("that request is no longer in the register")
            details: dict[str, object] = {"letter": kind, "saved_to": str(out) if out else None}
            if why.strip():
                details["why"] = why.strip()[:4000]
            kept = keep_request_file(session, db, request, kind, pdf.name, scan, digest, details)
        if out is not None:
            target = Path(out)
            partial = target.with_name(target.name + ".partial")
            try:
                shutil.copyfile(pdf, partial)
                partial.replace(target)
            except OSError as exc:
                raise ClerkDeskError(
                    f"the letter is kept with request {number}, but could not be saved to "
                    f"{target}: {exc.strerror or exc}"
                ) from exc
            finally:
                partial.unlink(missing_ok=True)
            private_file(target)
        return kept
    finally:
        shutil.rmtree(folder, ignore_errors=True)
