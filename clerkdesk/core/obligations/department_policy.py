"""R1 where the policy has each department file its own written social media policy with the
coordinating office, with a copy to the IT Director (Madison): a department with an account in
use owes it from its first account's approval (not before the city's policy was adopted), and
the copy from the day the policy was filed. Where the policy itself sets the day (Madison's 1
January 2013, `department_policy_by`), a department in use by then owes it on that day, even
before the city's adoption (RULES.md: a fixed date the policy sets), and one whose use began
later from that use, not before the adoption."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from ..deadlines import applies_from
from .model import Due, Snapshot
from .registry import POLICY, only_the_day, rule


@rule(
    "department-policy",
    rule="R1",
    label="Department policy",
    basis=POLICY,
    opens="department",
    changes_at=only_the_day,
)
def department_policy(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    profile = snapshot.profile
    if not profile.department_policy:
        return
    today = profile.day_at(as_of)
    # The day each department's use began: its first approval; in use before the policy, its
    # adoption.
    first: dict[str, date] = {}
    for account in snapshot.accounts:
        day = account.approved_on or snapshot.adopted_on or today
        if account.department not in first or day < first[account.department]:
            first[account.department] = day
    filed = {p.department: p for p in snapshot.department_policies}
    office = profile.coordinating_office
    for department in sorted(first):
        policy = filed.get(department)
        if policy is None:
            fixed = profile.department_policy_by
            yield Due(
                due=(
                    fixed
                    if fixed is not None and first[department] <= fixed
                    else applies_from(first[department], snapshot.adopted_on)
                ),
                text=(
                    f"File the department's written social media policy with the {office}, "
                    "with a copy to the IT Director"
                ),
                department=department,
            )
        elif policy.it_copy_on is None:
            yield Due(
                due=applies_from(policy.filed_on, snapshot.adopted_on),
                text="Send the IT Director a copy of the department's social media policy",
                department=department,
            )
