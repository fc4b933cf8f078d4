"""R12: an account is registered with a city e-mail address, never a personal one; an
approved account whose city address was emptied owes one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from .model import Due, Snapshot
from .registry import POLICY, only_the_day, rule


@rule(
    "city-email-missing",
    rule="R12",
    label="City e-mail",
    basis=POLICY,
    opens="account",
    changes_at=only_the_day,
)
def city_email_missing(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    for owed_from, account in snapshot.approved_accounts:
        if not account.city_email:
            yield Due(
                due=owed_from,
                text="Give the account its city e-mail address",
                account=account.url,
                department=account.department,
                account_id=account.id,
            )
