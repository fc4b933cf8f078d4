"""R3: every approved account has a designated custodian."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..vocabulary import AccountStatus, Role
from .model import Due, Snapshot
from .registry import OPENS_ACCOUNT_PEOPLE, POLICY, rule


@rule("custodian-missing", rule="R3", label="Custodian", basis=POLICY, opens=OPENS_ACCOUNT_PEOPLE)
def custodian_missing(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    covered = {
        a.account_id
        for a in snapshot.assignments
        if a.role == Role.CUSTODIAN and a.active_at(as_of)
    }
    for account in snapshot.accounts:
        if (
            account.status == AccountStatus.APPROVED
            and account.approved_on
            and account.id not in covered
        ):
            yield Due(
                due=account.approved_on,
                text="Designate a custodian",
                account=account.url,
                department=account.department,
                account_id=account.id,
            )
