"""R8 and R9: every approved account's credential is on file with the office (owed from its
approval, not before the policy's adoption), and a password change is recorded within the
profile's hours (24 by default) of happening, counted from no earlier than the adoption."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from ..dates import add_hours
from ..deadlines import applies_from
from .model import Due, Snapshot, new_tuple
from .registry import POLICY, PRACTICE, only_the_day, rule

# How long a late record stays on Today's list of findings after it was recorded.
LATE_FINDING_DAYS = 30


@rule(
    "credential-missing",
    rule="R8",
    label="Credentials",
    basis=POLICY,
    opens="account:credential",
    changes_at=only_the_day,
)
def credential_missing(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    on_file = snapshot.credentials_on_file
    for owed_from, account in snapshot.approved_accounts:
        if account.id not in on_file:
            yield new_tuple(
                Due,
                (
                    owed_from,
                    "Put the account's password on file",
                    account.url,
                    account.department,
                    None,
                    account.id,
                    None,
                    None,
                    None,
                ),
            )


@rule(
    "credential-recorded-late",
    rule="R9",
    label="Late record",
    basis=PRACTICE,
    opens="account:credential",
)
def credential_recorded_late(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    tz = snapshot.profile.zone
    hours = snapshot.profile.credential_record_hours
    since = as_of - timedelta(days=LATE_FINDING_DAYS)
    adopted = snapshot.adopted_on
    for change in snapshot.password_changes:
        counted = applies_from(change.changed_at.astimezone(tz), adopted, tz=tz)
        deadline = add_hours(counted, hours)
        if change.recorded_at > deadline and change.recorded_at >= since:
            late = change.recorded_at - deadline
            yield Due(
                due=deadline,
                text=f"Password change recorded {_span(late)} late",
                account=change.url,
                department=change.department,
                account_id=change.account_id,
            )


def _span(delta: timedelta) -> str:
    hours = int(delta.total_seconds() // 3600)
    if hours >= 48:
        return f"{hours // 24} days"
    if hours >= 1:
        return f"{hours} hours"
    return f"{int(delta.total_seconds() // 60)} minutes"
