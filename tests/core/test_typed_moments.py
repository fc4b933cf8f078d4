"""A date and a time of day as a clerk types them, on the city's clock."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from clerkdesk.core.dates import parse_clock, parse_wall_moment, zone
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
