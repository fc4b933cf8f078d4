from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from clerkdesk.core.obligations import DepartmentReviewFacts, Snapshot, compute
from clerkdesk.core.profile import PolicyProfile

CHICAGO = ZoneInfo("America/Chicago")
PROFILE = PolicyProfile(
    key="t", title="T", coordinating_office="City Clerk", authorities=("mayor",)
)


def reviews(facts: DepartmentReviewFacts, day: date, profile: PolicyProfile = PROFILE) -> list:  # type: ignore[type-arg]
    snap = Snapshot(profile=profile, adopted_on=None, reviews=(facts,))
    as_of = datetime(day.year, day.month, day.day, 12, tzinfo=CHICAGO)
    return [o for o in compute(snap, as_of) if o.kind == "access-review"]


FIRST = DepartmentReviewFacts("Parks", first_assignment_on=date(2026, 1, 10), last_review_on=None)


@pytest.mark.parametrize(
    "day, state",
    [
        (date(2026, 7, 8), "due-soon"),  # the day before
        (date(2026, 7, 9), "due-soon"),  # the day of: 180 days after 10 January
        (date(2026, 7, 10), "overdue"),  # the day after
    ],
)
def test_first_review_is_due_180_days_after_the_first_assignment(day: date, state: str) -> None:
    [item] = reviews(FIRST, day)
    assert (item.rule, item.due, item.state, item.department) == (
        "R7",
        date(2026, 7, 9),
        state,
        "Parks",
    )


def test_after_a_review_the_clock_restarts_from_it() -> None:
    facts = DepartmentReviewFacts("Parks", date(2026, 1, 10), last_review_on=date(2026, 7, 1))
    [item] = reviews(facts, date(2026, 7, 2))
    assert (item.due, item.state) == (date(2026, 12, 28), "upcoming")


def test_the_interval_is_a_profile_parameter() -> None:
    [item] = reviews(FIRST, date(2026, 2, 1), PROFILE.with_changes(review_interval_days=90))
    assert item.due == date(2026, 4, 10)
