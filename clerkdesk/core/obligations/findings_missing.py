"""R2: an approval is made after the findings the policy asks of its authority (Stoughton: a
Department Head's three, the Mayor's or the Council's one and the Council's designation of the
Authorized User). An approval recorded without them (an imported one) owes them from its own
day, or the policy's adoption when that is later, until they are recorded."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..deadlines import applies_from
from .model import Due, Snapshot
from .registry import POLICY, only_the_day, rule

__all__ = ["findings_missing"]


@rule(
    "findings-missing",
    rule="R2",
    label="Findings",
    basis=POLICY,
    opens="account",
    changes_at=only_the_day,
)
def findings_missing(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    profile = snapshot.profile
    for approval in snapshot.findings_missing:
        if not (profile.findings(approval.authority) or profile.designates(approval.authority)):
            continue  # this authority is asked for nothing here
        by = profile.authority_label(approval.authority)
        yield Due(
            due=applies_from(approval.approved_on, snapshot.adopted_on),
            text=f"Findings not recorded: record what the {by} found before approving",
            account=approval.url,
            department=approval.department,
            account_id=approval.account_id,
        )
