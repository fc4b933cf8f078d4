"""R12: an account is registered with a city e-mail address, never a personal one; an
approved account whose city address was emptied owes one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..deadlines import CountedFrom
from .model import Due, Snapshot
from .registry import OPENS_ACCOUNT, POLICY, rule


@rule("city-email-missing", rule="R12", label="City e-mail", basis=POLICY, opens=OPENS_ACCOUNT)
def city_email_missing(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    counted = CountedFrom(snapshot.adopted_on)
    for approved_on, account in snapshot.approved_accounts:
        if not account.city_email:
            yield Due(
                due=counted[approved_on],
                text="Give the account its city e-mail address",
                account=account.url,
                department=account.department,
                account_id=account.id,
            )
