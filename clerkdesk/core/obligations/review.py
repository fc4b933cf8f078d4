"""R7: department heads review who still has access to their accounts, every N days (the
profile's review interval) after the last completed review, or after the first assignment;
never counted from before the policy's adoption."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from ..dates import add_days
from ..deadlines import applies_from
from ..profile import PolicyProfile
from .model import Due, Snapshot
from .registry import PRACTICE, rule

ACCESS_REVIEW = "access-review"


@rule(ACCESS_REVIEW, rule="R7", label="Access review", basis=PRACTICE, opens="review")
def access_review(snapshot: Snapshot, as_of: datetime) -> Iterator[Due]:
    interval = snapshot.profile.review_interval_days
    for facts in snapshot.reviews:
        since = facts.last_review_on or facts.first_assignment_on
        due = add_days(applies_from(since, snapshot.adopted_on), interval)
        yield Due(
            due=due,
            text=f"Review who has access to the accounts of {facts.department}",
            department=facts.department,
        )


def return_by(printed_on: date, profile: PolicyProfile) -> date:
    """The day a review's worksheet, printed on `printed_on`, is due back from the department
    head: the profile's review response days later (R7)."""
    return add_days(printed_on, profile.review_response_days)
