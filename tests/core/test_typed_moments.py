"""A date and a time of day as a clerk types them, on the city's clock."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from clerkdesk.core.dates import parse_clock, parse_wall_moment, wall_text, zone
from clerkdesk.core.errors import InvalidValueError

CHICAGO = zone("America/Chicago")


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("14:30", time(14, 30)),
        ("2:30 PM", time(14, 30)),
        ("12:30 AM", time(0, 30)),
        ("12:30 pm", time(12, 30)),
        ("12:00 a.m.", time(0, 0)),
        ("0:05", time(0, 5)),
    ],
)
def test_a_clock_is_read_as_typed(text: str, clock: time) -> None:
    assert parse_clock(text) == clock


@pytest.mark.parametrize("text", ["13:00 PM", "0:30 AM", "24:00", "9:60", "930", "noon"])
def test_a_clock_not_read_is_refused(text: str) -> None:
    with pytest.raises(InvalidValueError):
        parse_clock(text)


def test_a_moment_is_the_date_and_clock_typed_in_the_city() -> None:
    expected = datetime(2027, 4, 6, 10, 30, tzinfo=CHICAGO)
    for text in ("2027-04-06 10:30 AM", "4/6/2027 10:30", "04/06/2027 10:30 am"):
        assert parse_wall_moment(text, CHICAGO) == expected


def test_a_time_the_clocks_skip_is_refused_plainly() -> None:
    with pytest.raises(InvalidValueError, match="does not exist in America/Chicago"):
        parse_wall_moment("2026-03-08 02:30", CHICAGO)
    assert parse_wall_moment("2026-03-08 03:00", CHICAGO).utcoffset().total_seconds() == -5 * 3600  # type: ignore[union-attr]


def test_a_date_alone_is_not_a_moment() -> None:
    with pytest.raises(InvalidValueError, match="needs a date and a time"):
        parse_wall_moment("2027-04-06", CHICAGO)


def test_the_hour_the_clocks_show_twice_needs_the_zone_named() -> None:
    # Sunday, November 1, 2026: Chicago's clocks go from 1:59 CDT back to 1:00 CST.
    with pytest.raises(InvalidValueError, match="happens twice in America/Chicago") as refused:
        parse_wall_moment("2026-11-01 1:30 AM", CHICAGO)
    assert "add CDT for the first or CST for the second" in str(refused.value)
    first = parse_wall_moment("2026-11-01 1:30 AM CDT", CHICAGO)
    second = parse_wall_moment("11/1/2026 01:30 cst", CHICAGO)
    assert first.utcoffset().total_seconds() == -5 * 3600  # type: ignore[union-attr]
    assert second.utcoffset().total_seconds() == -6 * 3600  # type: ignore[union-attr]
    assert (second.astimezone(UTC) - first.astimezone(UTC)).total_seconds() == 3600  # an hour apart
    with pytest.raises(InvalidValueError, match="EST is not the time in America/Chicago"):
        parse_wall_moment("2026-11-01 1:30 AM EST", CHICAGO)
    # The hours either side are read as before, with or without their zone's name.
    assert parse_wall_moment("2026-11-01 0:59", CHICAGO).tzname() == "CDT"
    assert parse_wall_moment("2026-11-01 2:00 AM", CHICAGO).tzname() == "CST"
    assert parse_wall_moment("2026-11-01 2:00 AM CST", CHICAGO).tzname() == "CST"


def test_a_moment_is_written_back_as_it_is_read() -> None:
    for text in ("2026-11-01 01:30 CDT", "2026-11-01 01:30 CST", "2026-11-20 14:05"):
        moment = parse_wall_moment(text, CHICAGO)
        assert wall_text(moment, CHICAGO) == text
        assert parse_wall_moment(wall_text(moment, CHICAGO), CHICAGO) == moment
    assert wall_text(datetime(2026, 11, 1, 7, 30, tzinfo=UTC), CHICAGO) == "2026-11-01 01:30 CST"
