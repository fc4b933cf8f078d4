"""The days off a work-day deadline skips (R17): the maintained calendar's United States and
Wisconsin holidays for any year, as observed, plus the city's own days, and nothing else."""

from __future__ import annotations

from datetime import date

import pytest

from clerkdesk.core.dates import add_work_days, work_days_between
from clerkdesk.core.errors import ValidationError
from clerkdesk.core.profile import PolicyProfile
from clerkdesk.core.records import response_due
from clerkdesk.core.workdays import DaysOff

US_WI = DaysOff("US-WI")
THANKSGIVING_2031 = date(2031, 11, 27)  # the fourth Thursday of November 2031


def test_the_calendar_knows_years_no_shipped_list_reached() -> None:
    assert THANKSGIVING_2031 in US_WI
    assert US_WI.name(THANKSGIVING_2031) == "Thanksgiving Day"
    assert date(2031, 11, 26) not in US_WI  # the day before
    # The day after is no holiday of the United States or of Wisconsin: a city adds its own.
    assert date(2031, 11, 28) not in US_WI
    assert date(2031, 11, 28) in DaysOff("US-WI", (date(2031, 11, 28),))
    # Wisconsin's own: Christmas Eve and New Year's Eve.
    assert {date(2031, 12, 24), date(2031, 12, 31)} <= {d for d, _ in US_WI.in_year(2031)}
    assert date(2031, 12, 24) not in DaysOff("US")
    # Far ahead, and a holiday on a weekend observed on the Friday before.
    assert date(2060, 11, 25) in US_WI  # Thanksgiving 2060
    assert date(2032, 7, 5) in US_WI  # 4 July 2032 is a Sunday: observed Monday
    assert date(2026, 7, 3) in US_WI  # 4 July 2026 is a Saturday: observed Friday


def test_no_calendar_skips_only_the_city_s_own_days() -> None:
    own = DaysOff("", (date(2031, 3, 3),))
    assert THANKSGIVING_2031 not in own
    assert date(2031, 3, 3) in own and own.name(date(2031, 3, 3)) == "the city's own holiday"


@pytest.mark.parametrize(
    ("received", "due"),
    [
        # Ten work days after Tuesday 25 November 2031: Thursday 27th is skipped.
        (date(2031, 11, 25), date(2031, 12, 10)),
        # Received the day before Thanksgiving: Thanksgiving is the first day it skips.
        (date(2031, 11, 26), date(2031, 12, 11)),
        # Received on Thanksgiving: counting starts the next day, as on any other day.
        (THANKSGIVING_2031, date(2031, 12, 11)),
        # Received the day after: Thanksgiving is behind it; 10 work days run to 12 December.
        (date(2031, 11, 28), date(2031, 12, 12)),
    ],
)
def test_a_request_received_in_2031_skips_that_year_s_thanksgiving(
    received: date, due: date
) -> None:
    profile = PolicyProfile(
        key="stoughton", title="t", coordinating_office="City Clerk", authorities=("mayor",)
    )
    assert response_due(received, 10, profile.days_off) == due
    assert work_days_between(received, due, profile.days_off) == 10
    # Without the calendar the answer would fall a day earlier, where the day was skipped.
    if received < THANKSGIVING_2031:
        assert add_work_days(received, 10) == date(due.year, due.month, due.day - 1)


def test_a_profile_names_a_known_calendar() -> None:
    profile = PolicyProfile(
        key="x", title="t", coordinating_office="City Clerk", authorities=("mayor",)
    )
    assert profile.holiday_calendar == "US-WI"
    assert PolicyProfile.from_dict({**profile.to_dict(), "holiday_calendar": "US"}).days_off
    with pytest.raises(ValidationError) as refused:
        profile.with_changes(holiday_calendar="Narnia")
    assert set(refused.value.fields) == {"holiday_calendar"}
