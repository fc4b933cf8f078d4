"""What `check` replays of the requests register: each request's fields and the accounts it
names, from the events that add and change it. A request's status or closing day changed by
hand (a hold lifted without a trace) is reported. Its kept files are replayed from its events
too (file_replay)."""

from __future__ import annotations

from sqlalchemy import case, select
from sqlalchemy.orm import Session, aliased

from ...store.models.accounts import Account
from ...store.models.people import Person
from ...store.models.requests import RecordsRequest, RequestAccount
from ..kernel.common import driver_rows
from ..kernel.replayed import Replayed, State, account_named_in, person_named_in
from .file_replay import REQUEST_FILES

FIELDS = (
    "received_on",
    "requester",
    "summary",
    "status",
    "closed_on",
    "note",
    "reasons",
    "acknowledged_on",
    "extended_to",
    "requester_confined",  # "yes", or empty
    "action_notice_on",
    "action_ended_on",
    "custodian_employee_id",
    "accounts",
)


def _requests(session: Session) -> dict[str, State]:
    custodian = aliased(Person)
    rows = driver_rows(
        session,
        select(
            RecordsRequest.id,
            RecordsRequest.number,
            RecordsRequest.received_on,
            RecordsRequest.requester,
            RecordsRequest.summary,
            RecordsRequest.status,
            RecordsRequest.closed_on,
            RecordsRequest.note,
            RecordsRequest.reasons,
            RecordsRequest.acknowledged_on,
            RecordsRequest.extended_to,
            case((RecordsRequest.requester_confined, "yes"), else_=None),
            RecordsRequest.action_notice_on,
            RecordsRequest.action_ended_on,
            custodian.employee_id,
        ).outerjoin(custodian, custodian.id == RecordsRequest.custodian_person_id),
    )
    named: dict[int, list[str]] = {}
    for request_id, url in driver_rows(
        session,
        select(RequestAccount.request_id, Account.url).join(
            Account, Account.id == RequestAccount.account_id
        ),
    ):
        named.setdefault(request_id, []).append(url)
    return {
        row[1]: {
            **dict(zip(FIELDS[:-1], row[2:], strict=True)),
            "accounts": sorted(named.get(row[0], [])),
        }
        for row in rows
    }


REPLAYED = (
    Replayed(
        "records_request",
        "request",
        "number",
        FIELDS,
        ("request.create",),
        _requests,
        lists=("accounts",),
        follows=(account_named_in("accounts"), person_named_in("custodian_employee_id")),
    ),
    REQUEST_FILES,
)
