"""No deadline falls before the day its rule began to apply: the policy's adoption, the
account's approval, the person's start, whichever is latest. A period (days or hours) counts
from its event, or from that day when it is later."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from clerkdesk.core.deadlines import applies_from, days_late, late_approval_text
from clerkdesk.core.obligations import (
    AccountFacts,
    AssignmentFacts,
    DepartmentReviewFacts,
    PasswordChangeFacts,
    RemovalFacts,
    Snapshot,
    compute,
)
from clerkdesk.core.profile import PolicyProfile

CHICAGO = ZoneInfo("America/Chicago")
PROFILE = PolicyProfile(
    key="t", title="T", coordinating_office="City Clerk", authorities=("mayor",)
)
URL = "https://facebook.com/maplefallswi"
ADOPTED = date(2026, 11, 1)  # a month before the demonstration city is looked at
AS_OF = datetime(2026, 12, 1, 9, tzinfo=CHICAGO)


def local(day: date, hour: int = 0, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=CHICAGO)


def account(approved: date | None = date(2025, 10, 27)) -> AccountFacts:
    return AccountFacts(1, URL, "Mayor's Office", "approved", approved, "news@city.gov")


def term(
    starts: datetime, role: str = "authorized-user", ends: datetime | None = None
) -> AssignmentFacts:
    return AssignmentFacts(
        10, 1, URL, "Mayor's Office", 5, "Tom Becker", role, starts, ends, signed=False
    )


def due_of(kind: str, snap: Snapshot, as_of: datetime = AS_OF) -> date | datetime:
    [item] = [o for o in compute(snap, as_of) if o.kind == kind]
    return item.due


def test_an_approval_before_the_policy_owes_its_custodian_and_credential_from_the_adoption():
    snap = Snapshot(profile=PROFILE, adopted_on=ADOPTED, accounts=(account(),))
    # The demonstration city: approved 400 days ago, policy adopted a month ago.
    items = {o.kind: o for o in compute(snap, AS_OF)}
    for kind in ("custodian-missing", "credential-missing"):
        assert items[kind].due == ADOPTED
        assert items[kind].state == "overdue"


def test_an_approval_after_the_policy_owes_them_from_the_approval():
    snap = Snapshot(profile=PROFILE, adopted_on=ADOPTED, accounts=(account(date(2026, 11, 20)),))
    assert due_of("custodian-missing", snap) == date(2026, 11, 20)
    assert due_of("credential-missing", snap) == date(2026, 11, 20)


def test_without_an_adoption_date_the_approval_is_the_floor():
    snap = Snapshot(profile=PROFILE, adopted_on=None, accounts=(account(),))
    assert due_of("custodian-missing", snap) == date(2025, 10, 27)


def test_a_custodian_who_left_is_owed_a_successor_from_the_day_the_term_ended():
    ended = local(date(2026, 11, 19), 16, 30)
    snap = Snapshot(
        profile=PROFILE,
        adopted_on=ADOPTED,
        accounts=(account(),),
        assignments=(term(local(date(2026, 1, 5), 9), "custodian", ends=ended),),
    )
    assert due_of("custodian-missing", snap) == date(2026, 11, 19)


@pytest.mark.parametrize(
    "starts, approved, due",
    [
        # A person who started long before the policy and the approval: from the adoption.
        (date(2024, 3, 1), date(2025, 10, 27), ADOPTED),
        # A person who started on an account approved after the policy: from the approval.
        (date(2024, 3, 1), date(2026, 11, 10), date(2026, 11, 10)),
        # A person who started after both: from their own start.
        (date(2026, 11, 16), date(2025, 10, 27), date(2026, 11, 16)),
    ],
)
def test_an_agreement_is_owed_from_the_latest_of_start_approval_and_adoption(
    starts: date, approved: date, due: date
) -> None:
    snap = Snapshot(
        profile=PROFILE,
        adopted_on=ADOPTED,
        accounts=(account(approved),),
        assignments=(term(local(starts, 9)),),
    )
    assert due_of("agreement-unsigned", snap) == due


def test_the_first_review_counts_its_interval_from_the_adoption():
    reviews = (DepartmentReviewFacts("Mayor's Office", date(2025, 10, 27), None),)
    snap = Snapshot(profile=PROFILE, adopted_on=ADOPTED, reviews=reviews)
    assert due_of("access-review", snap) == ADOPTED + timedelta(days=180)
    # Someone who started after the adoption: from their start.
    later = (DepartmentReviewFacts("Mayor's Office", date(2026, 11, 16), None),)
    snap = Snapshot(profile=PROFILE, adopted_on=ADOPTED, reviews=later)
    assert due_of("access-review", snap) == date(2026, 11, 16) + timedelta(days=180)


def test_a_review_before_the_adoption_restarts_no_clock_before_it():
    reviews = (DepartmentReviewFacts("Mayor's Office", date(2024, 1, 5), date(2026, 2, 1)),)
    snap = Snapshot(profile=PROFILE, adopted_on=ADOPTED, reviews=reviews)
    assert due_of("access-review", snap) == ADOPTED + timedelta(days=180)


@pytest.mark.parametrize(
    "adopted, due",
    [
        (date(2026, 6, 10), local(date(2026, 6, 12))),
        # Adopted on the spring-forward day: 48 elapsed hours from midnight CST is 01:00 CDT.
        (date(2026, 3, 8), local(date(2026, 3, 10), 1)),
        # Adopted on the fall-back day: 48 elapsed hours from midnight CDT is 23:00 CST.
        (date(2026, 11, 1), local(date(2026, 11, 2), 23)),
    ],
    ids=["june", "spring", "autumn"],
)
def test_a_rotation_owed_since_before_the_policy_counts_its_hours_from_the_adoption(
    adopted: date, due: datetime
) -> None:
    left = local(adopted - timedelta(days=30), 16, 30)
    removal = RemovalFacts(1, URL, "Mayor's Office", 5, "Tom Becker", left)
    snap = Snapshot(profile=PROFILE, adopted_on=adopted, removals=(removal,))
    item_due = due_of("password-rotation", snap, due)
    assert item_due == due
    [item] = [o for o in compute(snap, due) if o.kind == "password-rotation"]
    assert item.state == "due-soon"
    assert f"left on {left:%Y-%m-%d %H:%M}" in item.text  # the event itself is kept


def test_a_change_before_the_policy_is_late_only_24_hours_after_the_adoption():
    changed = local(date(2026, 10, 20), 12)

    def late(recorded: datetime) -> list:  # type: ignore[type-arg]
        change = PasswordChangeFacts(1, URL, "Mayor's Office", changed, recorded)
        snap = Snapshot(profile=PROFILE, adopted_on=ADOPTED, password_changes=(change,))
        return [o for o in compute(snap, recorded) if o.kind == "credential-recorded-late"]

    # Midnight CDT on the fall-back day, plus 24 elapsed hours, is 23:00 CST that day.
    deadline = local(ADOPTED, 23)
    assert late(deadline) == []
    [item] = late(deadline + timedelta(hours=2))
    assert item.due == deadline
    assert item.text == "Password change recorded 2 hours late"


def test_applies_from_takes_the_latest_day_and_needs_the_zone_for_a_moment():
    assert applies_from(date(2026, 1, 5), None, date(2025, 1, 1)) == date(2026, 1, 5)
    assert applies_from(date(2026, 1, 5), date(2026, 2, 1), None) == date(2026, 2, 1)
    moment = local(date(2026, 1, 5), 10)
    assert applies_from(moment, date(2026, 1, 5), tz=CHICAGO) == moment
    assert applies_from(moment, date(2026, 1, 6), tz=CHICAGO) == local(date(2026, 1, 6))
    with pytest.raises(ValueError):
        applies_from(moment, date(2026, 1, 6))


def test_the_finding_of_an_approval_after_the_grandfathering_deadline():
    stoughton = date(2019, 6, 25)  # deadline 2019-08-09
    assert days_late(date(2019, 8, 9), stoughton, 45) is None
    assert days_late(date(2019, 8, 10), stoughton, 45) == 1
    assert days_late(date(2026, 11, 20), None, 45) is None
    late = days_late(date(2026, 11, 20), stoughton, 45)
    assert late == 2660
    assert late_approval_text(late, date(2019, 8, 9)) == (
        "approved 2,660 days after the deadline (2019-08-09, R5)"
    )
    assert late_approval_text(1, date(2019, 8, 9)).startswith("approved 1 day after")


def test_a_missing_city_e_mail_address_is_owed_from_the_adoption_at_the_earliest():
    bare = AccountFacts(1, URL, "Mayor's Office", "approved", date(2025, 10, 27), None)
    snap = Snapshot(profile=PROFILE, adopted_on=ADOPTED, accounts=(bare,))
    assert due_of("city-email-missing", snap) == ADOPTED
