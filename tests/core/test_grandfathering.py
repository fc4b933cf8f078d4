"""R5 as the account register shows it: the deadline and how pressing it is."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from clerkdesk.core.grandfathering import Grandfathering, grandfathering
from clerkdesk.core.obligations.model import DUE_SOON, OVERDUE, UPCOMING
from clerkdesk.core.profile import PolicyProfile

CHICAGO = ZoneInfo("America/Chicago")
PROFILE = PolicyProfile(
    key="t", title="T", coordinating_office="City Clerk", authorities=("mayor",)
)
ADOPTED = date(2019, 6, 25)  # with a 45-day window: approve by 2019-08-09


def on(day: date) -> Grandfathering | None:
    return grandfathering(
        ADOPTED, PROFILE, datetime(day.year, day.month, day.day, 12, tzinfo=CHICAGO)
    )


def test_the_deadline_is_the_window_after_adoption() -> None:
    assert on(date(2019, 7, 1)) == Grandfathering(date(2019, 8, 9), UPCOMING)


def test_its_state_follows_the_warning_window() -> None:
    assert on(date(2019, 8, 1)) == Grandfathering(date(2019, 8, 9), DUE_SOON)
    assert on(date(2019, 8, 9)) == Grandfathering(date(2019, 8, 9), DUE_SOON)
    assert on(date(2019, 8, 10)) == Grandfathering(date(2019, 8, 9), OVERDUE)


def test_no_deadline_while_the_adoption_date_is_unknown() -> None:
    moment = datetime(2026, 11, 20, 12, tzinfo=CHICAGO)
    assert grandfathering(None, PROFILE, moment) is None


def test_a_policy_without_grandfathering_has_no_deadline() -> None:
    from dataclasses import replace as _replace
    from datetime import UTC as _UTC
    from datetime import date as _date
    from datetime import datetime as _datetime

    from clerkdesk.resources import load_profile

    janesville = load_profile("janesville")
    stoughton = load_profile("stoughton")
    as_of = _datetime(2026, 11, 20, 21, tzinfo=_UTC)
    assert grandfathering(_date(2021, 3, 1), janesville, as_of) is None
    found = grandfathering(_date(2021, 3, 1), stoughton, as_of)
    assert found is not None and found.deadline == _date(2021, 4, 15)
    switched = _replace(stoughton, rules={**stoughton.rules, "R5": "off"})
    assert grandfathering(_date(2021, 3, 1), switched, as_of) is None
