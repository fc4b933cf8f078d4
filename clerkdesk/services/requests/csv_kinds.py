"""The `requests` and `removals` CSV kinds (README.md): each row read into the input a form
gives and planned by the register's own plan; and the rows exported in the same columns."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.dates import parse_moment
from ...core.errors import ClerkDeskError
from ...core.validation import ZerosLost, zeros_lost_problem
from ...store.models import Account, Person
from ...store.records_models import RecordsRequest, Removal
from ..kernel.plans import Plan, Progress, RowsFile
from ..removals.writes import RemovalInput, RemovalLookups, plan_removal
from ..transfer.csv_read import Row, cell_date
from .writes import RequestInput, links_of, plan_request


def plan_requests(file: RowsFile, progress: Progress | None) -> list[tuple[Row, Plan]]:
    planning = file.planning
    existing = {r.number: r for r in planning.session.execute(select(RecordsRequest)).scalars()}
    links = links_of(planning.session)
    seen: dict[str, int] = {}
    numbers = ZerosLost()
    for number in existing:
        numbers.add(number)
    plans = []
    for row in file.rows:
        c = row.cells
        problems: dict[str, str] = {}
        number = (c["number"] or "").strip()
        if number not in existing and (other := numbers.original(number)) is not None:
            problems["number"] = zeros_lost_problem(number, other, "another request")
        numbers.add(number)
        data = RequestInput(
            number=c["number"] or "",
            received_on=cell_date(row, "received_on", problems),
            summary=c["summary"] or "",
            status=c["status"] or "",
            requester=c.get("requester"),
            accounts=tuple((c.get("accounts") or "").split()),
            custodian_employee_id=c.get("custodian_employee_id"),
            closed_on=cell_date(row, "closed_on", problems),
            note=c.get("note"),
            given=frozenset(c),
        )
        current = existing.get((data.number or "").strip())
        plan = plan_request(planning, data, current, links.get(current.id, ()) if current else ())
        plan.problems = {**plan.problems, **problems}
        if plan.key in seen:
            plan.problems["number"] = f"the same request as line {seen[plan.key]}"
        elif plan.key:
            seen[plan.key] = row.line
        plans.append((row, plan))
    return plans


def _moment(row: Row, column: str, tz: ZoneInfo, problems: dict[str, str]) -> datetime | None:
    text = row.cells.get(column)
    if not text:
        return None
    if "T" not in text and ":" not in text:
        problems[column] = f"{text!r} has no time of day (use YYYY-MM-DDTHH:MM)"
        return None
    try:
        moment = parse_moment(text.replace(" ", "T", 1), tz)
    except ClerkDeskError as exc:
        problems[column] = exc.message
        return None
    if not 1900 <= moment.year <= 2200:
        problems[column] = f"{text!r}: a year before 1900 or after 2200 is a mistake"
        return None
    return moment


def plan_removals(file: RowsFile, progress: Progress | None) -> list[tuple[Row, Plan]]:
    planning = file.planning
    lookups = RemovalLookups(planning)
    plans = []
    for row in file.rows:
        c = row.cells
        problems: dict[str, str] = {}
        data = RemovalInput(
            account_url=c["account_url"] or "",
            removed_at=_moment(row, "removed_at", planning.tz, problems),
            poster=c["poster"] or "",
            content=c["content"] or "",
            category=c["category"] or "",
            action=c["action"] or "",
            staff_employee_id=c["staff_employee_id"] or "",
            action_reason=c.get("action_reason"),
            evidence=c.get("evidence"),
        )
        if problems:
            # A moment that cannot be read: the row's other cells are still checked.
            data = RemovalInput(**{**vars(data), "removed_at": planning.now})
        plan = plan_removal(lookups, data)
        plan.problems = {**plan.problems, **problems}
        plans.append((row, plan))
    return plans


Rows = Sequence[Sequence[Any]]


def request_rows(session: Session, tz: ZoneInfo) -> Rows:
    urls = dict(session.execute(select(Account.id, Account.url)).tuples().all())
    links = links_of(session)
    rows = session.execute(
        select(RecordsRequest, Person.employee_id)
        .outerjoin(Person, Person.id == RecordsRequest.custodian_person_id)
        .order_by(RecordsRequest.number)
    )
    return [
        (
            r.number,
            r.received_on,
            r.requester,
            r.summary,
            " ".join(sorted(urls[a] for a in links.get(r.id, ()))),
            employee_id,
            r.status,
            r.closed_on,
            r.note,
        )
        for r, employee_id in rows
    ]


def removal_rows(session: Session, tz: ZoneInfo) -> Rows:
    rows = session.execute(
        select(Removal, Account.url, Person.employee_id)
        .join(Account, Account.id == Removal.account_id)
        .join(Person, Person.id == Removal.staff_person_id)
        .order_by(Account.url, Removal.removed_at)
    )
    return [
        (
            url,
            r.removed_at.astimezone(tz).isoformat(timespec="minutes"),
            r.poster,
            r.content,
            r.category,
            r.action,
            employee_id,
            r.evidence,
            r.action_reason,
        )
        for r, url, employee_id in rows
    ]
