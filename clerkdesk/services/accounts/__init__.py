"""The accounts register: each official account, its approval (R1, R2) and its
discontinuation; and the IT Director's determination on each tool they use (R1, Madison)."""

from __future__ import annotations

from ..kernel.registers import CsvKind, declare

REGISTER = declare(
    __name__,
    "accounts",
    {"account", "approval", "latest_approval", "tool_determination"},
    files=(
        CsvKind(
            "accounts",
            (
                "url",
                "platform",
                "handle",
                "department",
                "purpose",
                "city_email",
                "status",
                "authority",
                "approved_by",
                "approved_on",
                "reference",
                "tool_approved_by",
                "tool_approved_on",
                "archived_in",
                # A discontinued account's day and reason; optional (INTERFACE.md): what a
                # file leaves out is recorded as not known.
                "discontinued_on",
                "discontinue_reason",
                # What the archive captures (`yes`, `no`, blank: not recorded) and its last
                # capture; optional.
                "archive_comments",
                "archive_messages",
                "archive_subscribers",
                "archive_captured_on",
            ),
            required=("url", "platform", "department", "status"),
            key=("url",),
        ),
    ),
    after=("departments",),
    facts="published",
    replayed="replay",
    written_by={"account", "tool"},
    event_rows={"account": ("account", "url")},
)
