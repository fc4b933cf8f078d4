"""A term (a person's assignment to an account) as the audit log names it, so that `check` can
replay terms whatever wrote them: a designation, a file's row, a succession, an end, a
signature, an approval, a separation or an access review.

Every event that adds, ends or changes terms carries `details["terms"]`:
{term key: {field: value or [before, after]}}. The key names a term by what never changes —
its account's web address, its holder's employee ID, its role and the moment it starts — and a
term the event adds says so (`"added": true`), so that its other replayed fields start empty.
Moments are written in UTC, dates as ISO dates, whatever the database."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session

from ...store.models.accounts import Account
from ...store.models.people import Person
from ...store.models.terms import Assignment

TERMS = "terms"
ADDED = "added"

# The agreement's three signature dates and the term's two approvals, by their columns.
SIGNATURES = ("user_signed_on", "director_signed_on", "office_signed_on")
APPROVALS = (
    "director_approved_by",
    "director_approved_on",
    "office_approved_by",
    "office_approved_on",
)
ENDS = ("ends_at", "end_reason", "end_cause")
# The fields of a term its events carry, and `check` replays.
FIELDS = (*ENDS, *SIGNATURES, *APPROVALS)
# The signed agreement's scan, kept under scans/, and its SHA-256: replayed from the events that
# name them (a term added since they are says it has none; one added before, from its scan's).
SCANS = ("scan_file", "scan_sha256")
MOMENTS = ("ends_at",)


def moment_text(moment: datetime) -> str:
    """A moment as a term's events write it: ISO in UTC (SQLite and PostgreSQL alike)."""
    return moment.astimezone(UTC).isoformat()


def value_text(value: Any) -> Any:
    """A term's field as its events write it: moments and dates as text, the rest as is."""
    if isinstance(value, datetime):
        return moment_text(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def term_key(url: str, employee_id: str, role: str, starts_at: datetime) -> str:
    """`URL EMPLOYEE_ID ROLE START`: neither a web address, a role nor the moment holds a
    space, so the employee ID is what lies between them (`key_parts`)."""
    return joined_key(url, employee_id, role, moment_text(starts_at))


def joined_key(url: str, employee_id: str, role: str, start: str) -> str:
    """A key of its parts, the start as UTC text."""
    return f"{url} {employee_id} {role} {start}"


def key_parts(key: str) -> tuple[str, str, str, str]:
    """The account's web address, the employee ID, the role and the start (UTC text)."""
    url, _, rest = key.partition(" ")
    employee_id, role, start = rest.rsplit(" ", 2)
    return url, employee_id, role, start


def key_of_row(session: Session, term: Assignment) -> str:
    """The key of a term read as a row."""
    account = session.get(Account, term.account_id)
    person = session.get(Person, term.person_id)
    assert account is not None and person is not None
    return term_key(account.url, person.employee_id, term.role, term.starts_at)


def added(columns: Mapping[str, Any]) -> dict[str, Any]:
    """A new term: the replayed fields it has (every other one is empty)."""
    entry: dict[str, Any] = {ADDED: True}
    entry.update(
        (field, value_text(columns[field])) for field in FIELDS if columns.get(field) is not None
    )
    entry.update((field, columns.get(field)) for field in SCANS)
    return entry


def changed(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, Any]:
    """The replayed fields of `after` that differ from `before`, as [before, after]."""
    entry: dict[str, Any] = {}
    for field in FIELDS:
        if field in after and after[field] != before.get(field):
            entry[field] = [value_text(before.get(field)), value_text(after[field])]
    return entry


def row_fields(term: Assignment) -> dict[str, Any]:
    """The replayed fields of a term read as a row."""
    return {field: getattr(term, field) for field in FIELDS}
