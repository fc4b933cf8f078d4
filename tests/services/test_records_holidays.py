"""A records request's answer day (R17) skips the year's holidays from the maintained
calendar, in a year no shipped list reached: Today and the Requests page agree, at the edges."""

from __future__ import annotations

from datetime import UTC, date, datetime

from clerkdesk.services.city import writes as city
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.requests.writes import RequestInput, list_requests, save_request


def test_a_request_received_in_2031_skips_thanksgiving_on_today_and_its_page(  # type: ignore[no-untyped-def]
    empty_db, clock
) -> None:
    clock.now = datetime(2031, 11, 26, 15, tzinfo=UTC)
    city.init_city(empty_db, "Stoughton", "stoughton", date(2019, 6, 25))
    # Wednesday 26 November 2031, the day before Thanksgiving: ten work days skip Thursday 27th
    # (a US holiday) but not Friday 28th (neither a US nor a Wisconsin one).
    save_request(empty_db, None, RequestInput("R-31", date(2031, 11, 26), "Every post"))
    for moment, state in (
        (datetime(2031, 12, 10, 15, tzinfo=UTC), "due-soon"),  # the day before
        (datetime(2031, 12, 12, 5, 59, tzinfo=UTC), "due-soon"),  # 23:59 of the day, in Chicago
        (datetime(2031, 12, 12, 6, 0, tzinfo=UTC), "overdue"),  # the day after
    ):
        clock.now = moment
        [item] = [o for o in obligations.due(empty_db) if o.kind == "records-request"]
        [view] = list_requests(empty_db)
        assert (view.due_on, view.state) == (item.due, item.state) == (date(2031, 12, 11), state)


def test_the_city_s_own_day_is_skipped_besides_the_calendar_s(  # type: ignore[no-untyped-def]
    empty_db, clock
) -> None:
    clock.now = datetime(2031, 11, 26, 15, tzinfo=UTC)
    city.init_city(empty_db, "Stoughton", "stoughton", date(2019, 6, 25))
    city.update_profile(empty_db, holidays=(date(2031, 11, 28),))
    view = save_request(empty_db, None, RequestInput("R-32", date(2031, 11, 26), "Every post"))
    [item] = [o for o in obligations.due(empty_db) if o.kind == "records-request"]
    assert view.due_on == item.due == date(2031, 12, 12)
