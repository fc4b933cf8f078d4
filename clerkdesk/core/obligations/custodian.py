"""R3: every approved account has a designated custodian."""

from __future__ import annotations

from collections.abc import Iterator

from .model import Due, Snapshot
from .registry import rule


@rule("custodian-missing")
def custodian_missing(snapshot: Snapshot) -> Iterator[Due]:
    for account in snapshot.accounts:
        if account.status == "approved" and account.custodian is None and account.approved_on:
            yield Due(
                kind="custodian-missing",
                rule="R3",
                due=account.approved_on,
                text="Designate a custodian",
                account=account.url,
                department=account.department,
                account_id=account.id,
            )
