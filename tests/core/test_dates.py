from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from clerkdesk.core.dates import add_hours, format_moment, local_date, parse_date, parse_moment
from clerkdesk.core.errors import ClerkDeskError

CHICAGO = ZoneInfo("America/Chicago")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2019-06-25", date(2019, 6, 25)),
        ("6/25/2019", date(2019, 6, 25)),
        (" 12/1/2026 ", date(2026, 12, 1)),
    ],
)
def test_parse_date_reads_iso_and_excel_us_dates(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["2019-02-30", "13/1/2019", "25/06/2019", "June 25", ""])
def test_parse_date_refuses_what_is_not_a_date(text: str) -> None:
    with pytest.raises(ClerkDeskError):
        parse_date(text)


def test_moment_without_offset_is_in_the_city_zone() -> None:
    moment = parse_moment("2026-03-08T01:30", CHICAGO)
    assert moment.utcoffset().total_seconds() == -6 * 3600


def test_moment_with_offset_keeps_it() -> None:
    moment = parse_moment("2026-03-08T01:30+00:00", CHICAGO)
    assert moment == datetime(2026, 3, 8, 1, 30, tzinfo=UTC)


def test_a_date_as_of_means_the_end_of_that_day() -> None:
    moment = parse_moment("2019-08-09", CHICAGO)
    assert local_date(moment, CHICAGO) == date(2019, 8, 9)
    assert (moment.hour, moment.minute) == (23, 59)


def test_hours_are_elapsed_time_across_the_spring_change() -> None:
    # 2026-03-08 02:00 CST -> 03:00 CDT: 48 hours after Saturday noon is Monday 13:00 local.
    start = datetime(2026, 3, 7, 12, 0, tzinfo=CHICAGO)
    end = add_hours(start, 48)
    assert (end.astimezone(UTC) - start.astimezone(UTC)).total_seconds() == 48 * 3600
    assert end.astimezone(CHICAGO).hour == 13


def test_hours_are_elapsed_time_across_the_autumn_change() -> None:
    start = datetime(2026, 10, 31, 12, 0, tzinfo=CHICAGO)
    end = add_hours(start, 48)
    assert (end.astimezone(UTC) - start.astimezone(UTC)).total_seconds() == 48 * 3600
    assert end.astimezone(CHICAGO).hour == 11


def test_format_moment_shows_the_city_zone() -> None:
    assert format_moment(datetime(2026, 7, 1, 17, 5, tzinfo=UTC), CHICAGO) == "2026-07-01 12:05 CDT"
