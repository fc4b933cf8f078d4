"""The public-records requests register (R17): each request, the accounts it names, its letters
and records released, and the holds it puts on them."""

from __future__ import annotations

from ..kernel.registers import CsvKind, declare

REGISTER = declare(
    __name__,
    "requests",
    {"records_request", "request_account", "request_file"},
    files=(
        CsvKind(
            "requests",
            (
                "number",
                "received_on",
                "requester",
                "summary",
                "accounts",  # web addresses separated by spaces
                "custodian_employee_id",
                "status",
                "closed_on",
                "note",
                "reasons",  # why it was denied or partly granted
                "acknowledged_on",
                "extended_to",
                "requester_confined",  # `yes` or blank: the 90-day hold
                "action_notice_on",  # written notice of an action under 19.37
                "action_ended_on",  # the day its order and any appeal ended
            ),
            required=("number", "received_on", "summary", "status"),
            key=("number",),
        ),
    ),
    after=("accounts", "people"),
    facts="facts",
    replayed="replay",
    written_by={"account", "records_request"},
)
