"""The public list of the city's accounts (R20) is verified and published again every 12 months
(ClerkDesk's figure): counted from its last publication, or from the day the city began to use
ClerkDesk when it was never published; only while some account is in use."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from clerkdesk.core.obligations import Snapshot, compute
from clerkdesk.core.obligations.public_list import PublicListFacts, add_months
from clerkdesk.core.profile import PolicyProfile
from clerkdesk.core.vocabulary import IN_USE, AccountStatus
from clerkdesk.resources import load_profile

CHICAGO = ZoneInfo("America/Chicago")
PROFILE = PolicyProfile(
    key="t", title="T", coordinating_office="City Clerk", authorities=("mayor",)
)


def items(facts: PublicListFacts, day: date, profile: PolicyProfile = PROFILE) -> list:  # type: ignore[type-arg]
    snap = Snapshot(profile=profile, adopted_on=None, facts={"accounts": facts})
    as_of = datetime(day.year, day.month, day.day, 12, tzinfo=CHICAGO)
    return [o for o in compute(snap, as_of) if o.kind == "public-list"]


PUBLISHED = PublicListFacts(
    last_published_on=date(2026, 3, 10), first_use_on=date(2025, 1, 5), in_use=4
)
NEVER = PublicListFacts(last_published_on=None, first_use_on=date(2026, 1, 5), in_use=4)


@pytest.mark.parametrize(
    "day, state",
    [
        (date(2027, 2, 23), "upcoming"),  # the day before the warning window
        (date(2027, 2, 24), "due-soon"),  # 14 days before
        (date(2027, 3, 9), "due-soon"),  # the day before
        (date(2027, 3, 10), "due-soon"),  # the day of: a year after the last publication
        (date(2027, 3, 11), "overdue"),  # the day after
    ],
)
def test_a_year_after_the_last_publication(day: date, state: str) -> None:
    [item] = items(PUBLISHED, day)
    assert (item.rule, item.due, item.state, item.basis) == (
        "R20",
        date(2027, 3, 10),
        state,
        "practice",
    )
    assert item.text == "Verify and publish again the public list of the city's accounts"
    assert (item.account, item.department, item.account_id, item.record) == (None, None, None, None)


@pytest.mark.parametrize(
    "day, state",
    [
        (date(2027, 1, 4), "due-soon"),  # the day before
        (date(2027, 1, 5), "due-soon"),  # the day of: a year after ClerkDesk's first use
        (date(2027, 1, 6), "overdue"),  # the day after
    ],
)
def test_never_published_a_year_after_the_first_use(day: date, state: str) -> None:
    [item] = items(NEVER, day)
    assert (item.due, item.state) == (date(2027, 1, 5), state)
    assert item.text == "Publish the public list of the city's accounts"


def test_a_publication_the_day_before_the_due_date_starts_the_year_again() -> None:
    again = PUBLISHED._replace(last_published_on=date(2027, 3, 9))
    [item] = items(again, date(2027, 3, 11))
    assert (item.due, item.state) == (date(2028, 3, 9), "upcoming")


def test_nothing_is_owed_without_an_account_in_use_until_a_list_is_published() -> None:
    assert items(NEVER._replace(in_use=0), date(2027, 6, 1)) == []
    # A list once published is kept true: its accounts all discontinued, it is published again.
    [item] = items(PUBLISHED._replace(in_use=0), date(2027, 6, 1))
    assert item.due == date(2027, 3, 10)
    # A snapshot made without the register's facts (one rule's) has no item either.
    snap = Snapshot(profile=PROFILE, adopted_on=None)
    assert [
        o for o in compute(snap, datetime(2027, 6, 1, tzinfo=CHICAGO)) if o.kind == "public-list"
    ] == []


def test_the_interval_is_the_profile_s() -> None:
    six = PolicyProfile(
        key="t",
        title="T",
        coordinating_office="City Clerk",
        authorities=("mayor",),
        public_list_months=6,
    )
    [item] = items(PUBLISHED, date(2026, 9, 10), six)
    assert (item.due, item.state) == (date(2026, 9, 10), "due-soon")
    with pytest.raises(Exception, match="public_list_months"):
        six.with_changes(public_list_months=0)


def test_a_year_after_29_february_is_28_february() -> None:
    assert add_months(date(2028, 2, 29), 12) == date(2029, 2, 28)
    assert add_months(date(2027, 2, 28), 12) == date(2028, 2, 28)
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)


@pytest.mark.parametrize("key", ["stoughton", "milwaukee", "wausau", "janesville", "madison"])
def test_its_figure_is_labelled_clerkdesk_s_in_every_shipped_profile(key: str) -> None:
    profile = load_profile(key)
    assert profile.public_list_months == 12
    label = profile.basis_label(profile.basis("R20", "practice"), "R20", "public-list")
    assert label.endswith("; every 12 months: ClerkDesk's figure"), label
    # The figure belongs to the public list's item only, not to R20's other items.
    assert "12 months" not in profile.basis_label(profile.basis("R20"), "R20", "other-kind")


def test_the_stoughton_item_is_good_practice() -> None:
    profile = load_profile("stoughton")
    [item] = items(PUBLISHED, date(2027, 3, 11), profile)
    assert item.basis == "practice"
    assert profile.basis_label(item.basis, item.rule, item.kind) == (
        "good practice; every 12 months: ClerkDesk's figure"
    )


def test_in_use_is_approved_or_pre_existing() -> None:
    assert {AccountStatus.APPROVED, AccountStatus.PRE_EXISTING} == IN_USE
