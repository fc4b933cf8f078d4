"""The CSV files of INTERFACE.md: which columns each kind has, which are required, which key."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CsvKind:
    name: str
    columns: tuple[str, ...]
    required: tuple[str, ...]
    key: tuple[str, ...]  # the columns a row's record is matched by
    # Longest text of a column, where it is not the one core.validation gives every column
    # of that name: (column, characters).
    limits: tuple[tuple[str, int], ...] = ()


KINDS: dict[str, CsvKind] = {
    "departments": CsvKind(
        "departments",
        ("name", "head_employee_id", "policy_filed_on", "policy_it_copy_on"),
        ("name",),
        ("name",),
    ),
    "people": CsvKind(
        "people",
        (
            "employee_id",
            "name",
            "title",
            "department",
            "email",
            "phone",
            "kind",
            "separated_on",
            "division",
        ),
        ("employee_id", "name"),
        ("employee_id",),
    ),
    "accounts": CsvKind(
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
            # A discontinued account's day and reason; optional (INTERFACE.md): what a file
            # leaves out is recorded as not known.
            "discontinued_on",
            "discontinue_reason",
        ),
        ("url", "platform", "department", "status"),
        ("url",),
    ),
    "assignments": CsvKind(
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
        ("account_url", "employee_id", "role"),
        # A person may hold a role on an account in several terms: starts_on says which (blank:
        # the one still open), as INTERFACE.md's account_url, employee_id and role do with it.
        ("account_url", "employee_id", "role", "starts_on"),
    ),
    # The clerk's other duties (R18, R19, R11, R13-R15); `allows` is added to INTERFACE.md's
    # exceptions: what a site check does not flag while the exception is in force.
    "elections": CsvKind(
        "elections",
        ("name", "papers_from", "election_on"),
        ("name", "papers_from", "election_on"),
        ("name",),
    ),
    "candidates": CsvKind(
        "candidates",
        ("election", "employee_id", "until_on"),
        ("election", "employee_id"),
        ("election", "employee_id"),
    ),
    "exceptions": CsvKind(
        "exceptions",
        (
            "number",
            "summary",
            "office",
            "approved_by",
            "approved_on",
            "expires_on",
            "accounts",
            "allows",
        ),
        ("number", "summary", "office"),
        ("number",),
    ),
    "site-checks": CsvKind(
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
        ),
        ("account_url", "checked_on", "checked_by_employee_id"),
        ("account_url", "checked_on"),
    ),
    "requests": CsvKind(
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
        ),
        ("number", "received_on", "summary", "status"),
        ("number",),
    ),
    "removals": CsvKind(
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
        (
            "account_url",
            "removed_at",
            "poster",
            "content",
            "category",
            "action",
            "staff_employee_id",
        ),
        ("account_url", "removed_at"),
    ),
}

IMPORT_KINDS = tuple(KINDS)
EXPORT_KINDS = (*KINDS, "audit")
AUDIT_COLUMNS = ("seq", "at", "actor", "action", "entity", "entity_key", "summary", "details")
