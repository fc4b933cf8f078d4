"""The terms register: custodians, authorized users and administrators of accounts (R3, R4),
their agreements' signatures (R6) and approvals."""

from __future__ import annotations

from ..kernel.registers import CsvKind, declare

REGISTER = declare(
    __name__,
    "terms",
    {"assignment"},
    files=(
        CsvKind(
            "assignments",
            (
                "account_url",
                "employee_id",
                "role",
                "starts_on",
                "ends_on",
                "agreement_signed_on",  # the user's signature
                "director_signed_on",
                "office_signed_on",
                "director_approved_by",
                "director_approved_on",
                "office_approved_by",
                "office_approved_on",
            ),
            required=("account_url", "employee_id", "role"),
            # A person may hold a role on an account in several terms: starts_on says which
            # (blank: the one still open).
            key=("account_url", "employee_id", "role", "starts_on"),
            fields=(
                ("starts_at", "starts_on"),
                ("ends_at", "ends_on"),
                ("user_signed_on", "agreement_signed_on"),
            ),
        ),
    ),
    after=("accounts", "people"),
    written_by={"account", "assignment", "department", "person"},
)
