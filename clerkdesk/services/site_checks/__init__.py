"""The site checks register: what a person saw on each account's site (R11, R13-R15, R21)."""

from __future__ import annotations

from ..kernel.registers import CsvKind, declare

REGISTER = declare(
    __name__,
    "site_checks",
    {"site_check"},
    files=(
        CsvKind(
            "site-checks",
            (
                "account_url",
                "checked_on",
                "checked_by_employee_id",
                "notices",
                "direct_messages",
                "mfa",
                "last_post_on",
                "archived_in",
                "accessibility",
                "monitored_daily",
                "answered_48h",
                "monitored_as_directed",
            ),
            required=("account_url", "checked_on", "checked_by_employee_id"),
            key=("account_url", "checked_on"),
        ),
    ),
    after=("accounts", "people", "exceptions"),
    replayed="replay",
    written_by={"site_check"},
)
