"""The checks every text field and every date takes, whatever the register."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from clerkdesk.core.dates import parse_date, parse_moment
from clerkdesk.core.errors import InvalidValueError
from clerkdesk.core.validation import DEFAULT_TEXT_LIMIT, text_problem, value_problems, year_problem

TZ = ZoneInfo("America/Chicago")


@pytest.mark.parametrize(
    "text", ["1900-01-01", "2200-12-31", "1/1/1900", "12/31/2200", "2026-11-20"]
)
def test_the_first_and_last_plausible_years_are_taken(text: str) -> None:
    assert 1900 <= parse_date(text).year <= 2200


@pytest.mark.parametrize(
    "text", ["1899-12-31", "2201-01-01", "0001-01-01", "9999-12-31", "12/31/1899", "1/1/2201"]
)
def test_a_year_just_outside_is_refused(text: str) -> None:
    with pytest.raises(InvalidValueError, match="is not plausible"):
        parse_date(text)


@pytest.mark.parametrize("text", ["0001-01-01T00:00", "9999-12-31T23:59", "1899-12-31T23:59-06:00"])
def test_a_moment_in_an_implausible_year_is_refused(text: str) -> None:
    with pytest.raises(InvalidValueError, match="is not plausible"):
        parse_moment(text, TZ)


def test_the_moments_at_the_edges_are_taken() -> None:
    assert parse_moment("1900-01-01T00:00", TZ).year == 1900
    assert parse_moment("2200-12-31", TZ).year == 2200


def test_a_date_value_of_a_form_is_checked_too() -> None:
    assert year_problem(date(1899, 12, 31)) and year_problem(datetime(2201, 1, 1, tzinfo=TZ))
    assert year_problem(date(1900, 1, 1)) is None and year_problem(date(2200, 12, 31)) is None


CONTROLS = "\x00 \x07 \x08 \x1b \x7f \x85 \x9b \u2028 \u2029 \u202e \u200b \ufeff \f \v \n \r"


@pytest.mark.parametrize("char", CONTROLS.split(" "))
def test_control_characters_are_refused_in_a_one_line_field(char: str) -> None:
    assert "control character" in (text_problem("name", f"Ann{char}Bee") or "")


def test_a_tab_is_taken_and_a_line_break_where_the_field_has_several_lines() -> None:
    assert text_problem("name", "Ann\tBee") is None
    assert text_problem("purpose", "Snow days\r\nand detours\n") is None
    assert text_problem("purpose", "Snow\u2028days") is not None


def test_every_field_has_a_limit_and_a_field_by_name_its_own() -> None:
    assert text_problem("anything_new", "x" * DEFAULT_TEXT_LIMIT) is None
    assert "at most 200" in (text_problem("anything_new", "x" * 201) or "")
    assert text_problem("purpose", "x" * 2000) is None
    assert text_problem("purpose", "x" * 2001) is not None
    assert text_problem("name", "x" * 50, limit=40) is not None


def test_value_problems_name_each_field() -> None:
    found = value_problems(
        {"name": "A\x1b[2J", "title": "ok", "on": date(1, 1, 1), "count": 3, "flag": True}
    )
    assert set(found) == {"name", "on"}
