"""The records law's days (R17): work days, the 60-day hold after a denial, retention."""

from datetime import date, timedelta

import pytest

from clerkdesk.core.dates import add_work_days
from clerkdesk.core.records import hold_of, keep_until, response_due

DENIED_ON = date(2026, 9, 1)


def test_work_days_skip_the_weekend() -> None:
    friday = date(2026, 11, 20)
    assert add_work_days(friday, 1) == date(2026, 11, 23)  # Monday
    assert add_work_days(friday, 5) == date(2026, 11, 27)


def test_the_response_target_skips_a_weekend_and_the_holidays() -> None:
    holidays = (date(2026, 11, 26), date(2026, 11, 27))
    assert response_due(date(2026, 11, 18), 10, holidays) == date(2026, 12, 4)
    assert response_due(date(2026, 11, 18), 10, ()) == date(2026, 12, 2)
    assert response_due(date(2026, 11, 25), 1, holidays) == date(2026, 11, 30)


@pytest.mark.parametrize(("days", "held"), [(59, True), (60, True), (61, False)])
def test_a_denial_holds_through_its_60th_day(days: int, held: bool) -> None:
    hold = hold_of("R-1", "denied", DENIED_ON, DENIED_ON, DENIED_ON + timedelta(days=days))
    assert (hold is not None) is held
    if hold is not None:
        assert hold.until == date(2026, 10, 31)


def test_partly_granted_is_held_as_a_denial_and_a_grant_or_withdrawal_is_not() -> None:
    day = DENIED_ON + timedelta(days=10)
    assert hold_of("R-1", "partly-granted", DENIED_ON, DENIED_ON, day) is not None
    assert hold_of("R-1", "granted", DENIED_ON, DENIED_ON, day) is None
    assert hold_of("R-1", "withdrawn", DENIED_ON, DENIED_ON, day) is None
    open_hold = hold_of("R-1", "open", DENIED_ON, None, day)
    assert open_hold is not None and open_hold.until is None
    assert hold_of("R-1", "open", DENIED_ON, None, DENIED_ON - timedelta(days=1)) is None


def test_records_are_kept_the_profile_years_after_discontinuation() -> None:
    assert keep_until(date(2026, 11, 20), 7) == date(2033, 11, 20)
    assert keep_until(date(2028, 2, 29), 7) == date(2035, 2, 28)
