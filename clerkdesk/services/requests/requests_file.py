"""The `requests` file kind (INTERFACE.md): each row planned as the request form's input is,
matched by number; and the requests exported in the same columns."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...store.models.accounts import Account
from ...store.models.people import Person
from ...store.models.requests import RecordsRequest
from ..kernel.plans import Plan, Progress, RowsFile
from ..transfer.csv_read import Row, cell_date
from ..transfer.rows import Rows, plan_each, words, zeros_lost_check
from .writes import RequestInput, links_of, plan_request

MODEL, KEY = RecordsRequest, RecordsRequest.number


def plan(file: RowsFile, progress: Progress | None) -> list[tuple[Row, Plan]]:
    planning = file.planning
    existing = {r.number: r for r in planning.session.execute(select(RecordsRequest)).scalars()}
    links = links_of(planning.session)
    new_number = zeros_lost_check(existing, "another request")

    def read(row: Row, problems: dict[str, str]) -> Plan:
        c = row.cells
        new_number((c["number"] or "").strip(), problems, "number")
        data = RequestInput(
            number=c["number"] or "",
            received_on=cell_date(row, "received_on", problems),
            summary=c["summary"] or "",
            status=c["status"] or "",
            requester=c.get("requester"),
            accounts=words(c.get("accounts")),
            custodian_employee_id=c.get("custodian_employee_id"),
            closed_on=cell_date(row, "closed_on", problems),
            note=c.get("note"),
            reasons=c.get("reasons"),
            acknowledged_on=cell_date(row, "acknowledged_on", problems),
            extended_to=cell_date(row, "extended_to", problems),
            requester_confined=_confined(c.get("requester_confined"), problems),
            action_notice_on=cell_date(row, "action_notice_on", problems),
            action_ended_on=cell_date(row, "action_ended_on", problems),
            given=frozenset(c),
        )
        current = existing.get((data.number or "").strip())
        return plan_request(planning, data, current, links.get(current.id, ()) if current else ())

    return plan_each(file, progress, read, "number", "the same request as line {}", str)


def rows(session: Session, tz: ZoneInfo) -> Rows:
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
            r.reasons,
            r.acknowledged_on,
            r.extended_to,
            "yes" if r.requester_confined else None,
            r.action_notice_on,
            r.action_ended_on,
        )
        for r, employee_id in rows
    ]


def _confined(text: str | None, problems: dict[str, str]) -> bool:
    """`yes`, or blank (INTERFACE.md): the requester is committed or incarcerated."""
    said = (text or "").strip().lower()
    if said not in ("", "yes"):
        problems["requester_confined"] = "`yes` or blank"
    return said == "yes"
