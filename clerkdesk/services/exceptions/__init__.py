"""The exceptions register: exceptions to the policy, the office that approves them, and what
each allows (R19)."""

from __future__ import annotations

from ..kernel.registers import CsvKind, declare

REGISTER = declare(
    __name__,
    "exceptions",
    {"policy_exception", "exception_account"},
    files=(
        CsvKind(
            "exceptions",
            (
                "number",
                "summary",
                "office",
                "approved_by",
                "approved_on",
                "expires_on",
                "accounts",
                # What a site check does not flag while the exception is in force.
                "allows",
            ),
            required=("number", "summary", "office"),
            key=("number",),
        ),
    ),
    after=("accounts",),
    replayed="replay",
    written_by={"exception"},
)
