"""The register of public-records requests (R17): plan a request from a form or a file's row,
write it, list the requests. A request open, or denied less than 60 days ago, holds the
records of the accounts it names (`holds`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from ...core.dates import work_days_between
from ...core.errors import ClerkDeskError, InvalidValueError
from ...core.obligations import record_state
from ...core.obligations.records_request import answer_due, answered_by
from ...core.profile import PolicyProfile
from ...core.records import DENIALS, DENIED, OPEN, REQUEST_STATUSES
from ...core.vocabulary import Role
from ...store.models.accounts import Account
from ...store.models.people import Person
from ...store.models.requests import RecordsRequest, RequestAccount, RequestFile
from ...store.models.terms import Assignment
from ..integrity.audit import Change, diff
from ..kernel.common import city_row, clean, count_rows, profile_of
from ..kernel.database import Database
from ..kernel.inputs import Given, gives
from ..kernel.plans import ADDED, UNCHANGED, UPDATED, Plan, Planning, failed, write_one
from .views import RequestView

_TEXT = {"number": 60, "requester": 200, "summary": 4000, "note": 4000, "reasons": 4000}


@dataclass(frozen=True)
class RequestInput:
    number: str
    received_on: date | None
    summary: str
    status: str = OPEN
    requester: str | None = None
    accounts: tuple[str, ...] = ()  # web addresses
    custodian_employee_id: str | None = None
    closed_on: date | None = None
    note: str | None = None
    reasons: str | None = None
    acknowledged_on: date | None = None
    extended_to: date | None = None
    requester_confined: bool = False
    action_notice_on: date | None = None
    action_ended_on: date | None = None
    given: Given = None


# The fields a request gained for its letters and holds (19.35): a file without their columns
# leaves them as they are.
LATER_FIELDS = (
    "reasons",
    "acknowledged_on",
    "extended_to",
    "requester_confined",
    "action_notice_on",
    "action_ended_on",
)


def plan_request(
    planning: Planning, data: RequestInput, current: RecordsRequest | None, links: tuple[int, ...]
) -> Plan:
    """Add a request, or change `current` (whose accounts are `links`)."""
    lookups = planning.lookups
    problems: dict[str, str] = {}
    number = clean(data.number) or ""
    if not number:
        problems["number"] = "required"
    for name, most in _TEXT.items():
        value = clean(getattr(data, name))
        if value is not None and len(value) > most:
            problems[name] = f"at most {most:,} characters"
    if not clean(data.summary):
        problems["summary"] = "say what is asked for"
    status = (data.status or "").strip().lower()
    if status not in REQUEST_STATUSES:
        problems["status"] = f"must be one of: {', '.join(REQUEST_STATUSES)}"
    received, closed = data.received_on, data.closed_on
    if received is None:
        problems.setdefault("received_on", "required")
    elif received > planning.today:
        problems["received_on"] = "cannot be in the future"
    if closed is not None:
        if status == OPEN:
            problems["closed_on"] = "an open request has no closed_on; give its new status too"
        elif closed > planning.today:
            problems["closed_on"] = "cannot be in the future"
        elif received is not None and closed < received:
            problems["closed_on"] = f"is before the request was received ({received})"
    elif status in REQUEST_STATUSES and status != OPEN:
        problems["closed_on"] = (
            "a denial needs its date (the 60-day hold counts from it)"
            if status == DENIED
            else f"say the day the request was {REQUEST_STATUSES[status].lower()}"
        )
    problems.update(_later_problems(data, received, status, planning.today))
    account_ids: list[int] = []
    for text in data.accounts:
        try:
            account_id, _url = lookups.account_at(text)
        except InvalidValueError as exc:
            problems["accounts"] = f"{text}: {exc.message}"
            break
        except ClerkDeskError as exc:
            problems["accounts"] = exc.message
            break
        if account_id not in account_ids:
            account_ids.append(account_id)
    custodian = clean(data.custodian_employee_id)
    if custodian and custodian not in lookups.people:
        problems["custodian_employee_id"] = f"no person with employee ID {custodian!r}"
    if problems:
        return failed(problems, number)
    assert received is not None
    if current is not None and not gives(data.given, "accounts"):
        account_ids = list(links)
    if current is not None and not gives(data.given, "custodian_employee_id"):
        custodian = lookups.employee_id_of(current.custodian_person_id)
    values = {
        "number": number,
        "received_on": received,
        "requester": clean(data.requester),
        "summary": clean(data.summary),
        "custodian_person_id": lookups.people[custodian] if custodian else None,
        "status": status,
        "closed_on": closed,
        "note": clean(data.note) if current is None or gives(data.given, "note") else current.note,
    }
    for name in LATER_FIELDS:
        given = getattr(data, name)
        if current is not None and not gives(data.given, name):
            values[name] = getattr(current, name)
        else:
            values[name] = clean(given) if name == "reasons" else given
    values["requester_confined"] = bool(values["requester_confined"])
    urls = lookups.urls_of([*account_ids, *links])
    after = {
        **{k: v for k, v in values.items() if k != "custodian_person_id"},
        "custodian_employee_id": custodian,
        "accounts": sorted(urls[a] for a in account_ids),
        # said only when so: a request recorded before the column was is not confined either
        "requester_confined": "yes" if values["requester_confined"] else None,
    }
    via = planning.via
    if current is None:
        plan = Plan(
            key=number,
            insert={**values, "recorded_at": planning.now},
            outcome=ADDED,
            changes=[
                Change(
                    "request.create",
                    "records_request",
                    number,
                    f"Registered public-records request {number}{via}",
                    {k: v for k, v in after.items() if v not in (None, [])},
                )
            ],
        )
        plan.dependents.extend(
            (RequestAccount, {"account_id": a}, "request_id") for a in account_ids
        )
        return plan
    before = {
        **{k: getattr(current, k) for k in values if k != "custodian_person_id"},
        "custodian_employee_id": lookups.employee_id_of(current.custodian_person_id),
        "accounts": sorted(urls[a] for a in links),
        "requester_confined": "yes" if current.requester_confined else None,
    }
    changes = diff(before, after)
    plan = Plan(key=number, update={}, outcome=UNCHANGED, row_id=current.id)
    if not changes:
        return plan
    plan.update = {"id": current.id, **values}
    plan.outcome = UPDATED
    if set(account_ids) != set(links):
        plan.follow_ups.append(lambda session, row_id: _relink(session, row_id, account_ids))
    plan.changes.append(
        Change(
            "request.update",
            "records_request",
            number,
            f"Changed public-records request {number}{via}",
            changes,
        )
    )
    return plan


def _later_problems(
    data: RequestInput, received: date | None, status: str, today: date
) -> dict[str, str]:
    """What is wrong with the fields of a request's letters and holds (19.35)."""
    problems: dict[str, str] = {}
    for name in ("acknowledged_on", "action_notice_on", "action_ended_on"):
        day = getattr(data, name)
        if day is not None and day > today:
            problems[name] = "cannot be in the future"
    for name in ("acknowledged_on", "extended_to", "action_notice_on"):
        day = getattr(data, name)
        if day is not None and received is not None and day < received:
            problems.setdefault(name, f"is before the request was received ({received})")
    notice, ended = data.action_notice_on, data.action_ended_on
    if ended is not None and notice is None:
        problems.setdefault("action_ended_on", "give the day written notice of the action came too")
    elif ended is not None and notice is not None and ended < notice:
        problems.setdefault("action_ended_on", f"is before the notice of the action ({notice})")
    if data.given is None and status in DENIALS and not clean(data.reasons):
        # The window's denial: a written denial gives its reasons (a file's is kept without,
        # and Today asks for them).
        problems["reasons"] = (
            "a denial gives its reasons, and the letter says how it can be reviewed "
            "(Wis. Stat. 19.35(4)(b))"
        )
    return problems


def _relink(session: Session, request_id: int, account_ids: list[int]) -> None:
    session.execute(delete(RequestAccount).where(RequestAccount.request_id == request_id))
    if account_ids:
        session.execute(
            insert(RequestAccount),
            [{"request_id": request_id, "account_id": a} for a in account_ids],
        )


def links_of(session: Session, request_ids: list[int] | None = None) -> dict[int, tuple[int, ...]]:
    """The accounts each request names, by request id."""
    query = select(RequestAccount.request_id, RequestAccount.account_id)
    if request_ids is not None:
        query = query.where(RequestAccount.request_id.in_(request_ids))
    links: dict[int, list[int]] = {}
    for request_id, account_id in session.execute(query):
        links.setdefault(request_id, []).append(account_id)
    return {k: tuple(v) for k, v in links.items()}


def save_request(db: Database, request_id: int | None, data: RequestInput) -> RequestView:
    """A form's write: a new request (None) or a change to one."""

    def plan_of(planning: Planning, current: RecordsRequest | None) -> Plan:
        links = links_of(planning.session, [current.id]).get(current.id, ()) if current else ()
        return plan_request(planning, data, current, links)

    return write_one(
        db,
        RecordsRequest,
        request_id,
        "that request is no longer in the register",
        plan_of,
        lambda session, row_id: _one(session, row_id, db.clock()),
    )


def _views(session: Session, as_of: datetime, where: Any = None) -> list[RequestView]:
    """The requests as the page shows them; each answer's due day and state are Today's
    (core/obligations), as of `as_of`."""
    city = city_row(session)
    profile = profile_of(city)
    query = (
        select(RecordsRequest, Person.employee_id, Person.name)
        .outerjoin(Person, Person.id == RecordsRequest.custodian_person_id)
        .order_by(RecordsRequest.received_on.desc(), RecordsRequest.number.desc())
    )
    if where is not None:
        query = query.where(where)
    rows = session.execute(query).all()
    ids = [r.id for r, _e, _n in rows] if where is not None else None
    links = links_of(session, ids)
    urls = dict(session.execute(select(Account.id, Account.url)).tuples().all())
    custodians = _custodians(session)
    files = dict(
        session.execute(
            select(RequestFile.request_id, func.count()).group_by(RequestFile.request_id)
        )
        .tuples()
        .all()
    )
    views = []
    for request, employee_id, name in rows:
        accounts = links.get(request.id, ())
        views.append(
            RequestView(
                id=request.id,
                number=request.number,
                received_on=request.received_on,
                requester=request.requester,
                summary=request.summary,
                accounts=tuple(sorted(urls[a] for a in accounts)),
                custodian_employee_id=employee_id,
                answers=name or _answers(profile, accounts, custodians),
                status=request.status,
                closed_on=request.closed_on,
                note=request.note,
                due_on=(
                    due := answered_by(
                        answer_due(request.received_on, city.adopted_on, profile),
                        request.extended_to,
                    )
                ),
                files=files.get(request.id, 0),
                state=record_state("records-request", due, as_of, profile)
                if request.status == OPEN
                else None,
                days_taken=work_days_between(
                    request.received_on, request.closed_on, profile.days_off
                )
                if request.closed_on
                else None,
                **{name: getattr(request, name) for name in LATER_FIELDS},
            )
        )
    return views


def _custodians(session: Session) -> dict[int, str]:
    """The custodian of each account whose term is still open (R3)."""
    query = (
        select(Assignment.account_id, Person.name)
        .join(Person, Person.id == Assignment.person_id)
        .where(Assignment.role == Role.CUSTODIAN, Assignment.ends_at.is_(None))
    )
    return dict(session.execute(query).tuples().all())


def _answers(profile: PolicyProfile, accounts: tuple[int, ...], custodians: dict[int, str]) -> str:
    """Who answers a request no person was named for: the profile's office, else the custodian
    of the accounts it concerns."""
    if profile.records_office:
        return profile.records_office
    names = sorted({custodians[a] for a in accounts if a in custodians})
    return ", ".join(names) if names else "the accounts' custodian"


def _one(session: Session, request_id: int, as_of: datetime) -> RequestView:
    return _views(session, as_of, RecordsRequest.id == request_id)[0]


def count_requests(db: Database) -> int:
    return count_rows(db, RecordsRequest.id)


def list_requests(db: Database) -> Sequence[RequestView]:
    with db.reading() as session:
        return _views(session, db.clock())
