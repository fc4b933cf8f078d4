"""The removed content register (R16): what was removed from the city's accounts, and the
clerk's decisions on repeat violators."""

from __future__ import annotations

from ..kernel.registers import CsvKind, declare

REGISTER = declare(
    __name__,
    "removals",
    {"removal", "repeat_decision", "poster_removals"},
    files=(
        CsvKind(
            "removals",
            (
                "account_url",
                "removed_at",
                "poster",
                "content",
                "category",
                "action",
                "staff_employee_id",
                "evidence",
                "action_reason",  # why it was deleted rather than hidden
            ),
            required=(
                "account_url",
                "removed_at",
                "poster",
                "content",
                "category",
                "action",
                "staff_employee_id",
            ),
            key=("account_url", "removed_at"),
        ),
    ),
    after=("accounts", "people", "requests"),
    facts="facts",
    replayed="replay",
    written_by={"account", "records_request", "removal"},
)
