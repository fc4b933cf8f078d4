"""R1 where approvals follow the department's filed policy (Madison: each department's policy
names its approving authority): an account whose latest approval was made by someone other than
the approver that policy names is kept as approved (a file written to the contract is never
refused) but owes an approval by the named approver, from its own day (not before the city's
policy was adopted), until one is recorded. Names are compared without regard to case or the
spaces around them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from ..deadlines import applies_from
from .model import Due, Snapshot
from .registry import POLICY, only_the_day, rule


def same_approver(approved_by: str, named: str) -> bool:
    """Whether the approval was made by the approver the policy names: the same name, whatever
    its case and the spaces around it."""
    return approved_by.strip().casefold() == named.strip().casefold()


@rule(
    "approver-mismatch",
    rule="R1",
    label="Approver not the policy's",
    basis=POLICY,
    opens="account",
    changes_at=only_the_day,
)
def approver_mismatch(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    if not snapshot.profile.approver_in_department_policy:
        return
    for a in snapshot.approvers:
        if same_approver(a.approved_by, a.named):
            continue
        who = a.approved_by.strip() or "no one named"
        named = a.named.strip()
        yield Due(
            due=applies_from(a.approved_on, snapshot.adopted_on),
            text=(
                f"Approved by {who}, but the department's filed policy names {named}: "
                f"record an approval by {named}"
            ),
            account=a.url,
            department=a.department,
            account_id=a.account_id,
        )
