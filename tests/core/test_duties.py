"""The rules of the clerk's other duties, without a database: a blackout's days, an exception's
last day, what a site check finds, and the profile's parameters for them."""

from datetime import date

import pytest

from clerkdesk.core.duties import (
    ExceptionFacts,
    SiteCheckFacts,
    blackout_days,
    exception_state,
    findings_of,
    in_blackout,
    restore_on,
)
from clerkdesk.core.errors import ValidationError
from clerkdesk.core.profile import papers_from_default
from clerkdesk.resources import load_profile

PAPERS, ELECTION = date(2026, 12, 1), date(2027, 4, 6)


def test_the_blackout_runs_from_the_papers_date_through_the_last_day_of_candidacy() -> None:
    assert blackout_days(PAPERS, ELECTION, None) == (PAPERS, ELECTION)
    assert not in_blackout(date(2026, 11, 30), PAPERS, ELECTION, None)
    assert in_blackout(PAPERS, PAPERS, ELECTION, None)
    assert in_blackout(ELECTION, PAPERS, ELECTION, None)
    assert not in_blackout(date(2027, 4, 7), PAPERS, ELECTION, None)
    assert restore_on(PAPERS, ELECTION, None) == date(2027, 4, 7)
    assert restore_on(PAPERS, ELECTION, date(2027, 1, 15)) == date(2027, 1, 16)


def test_an_exception_is_in_force_through_its_last_day() -> None:
    e = ExceptionFacts(
        1, "E-1", "tips", "cio", date(2026, 1, 1), date(2026, 1, 2), date(2026, 6, 30)
    )
    assert not e.in_force(date(2026, 1, 1))
    assert e.in_force(date(2026, 6, 30))
    assert not e.in_force(date(2026, 7, 1))


def test_an_exceptions_state_at_the_edges_of_its_days() -> None:
    """One answer for the Exceptions page and the rules: not in force before the day it is
    approved for, in force on that day and through its last, expired the day after."""
    approved, last = date(2026, 3, 10), date(2026, 6, 30)
    assert exception_state(None, last, date(2026, 3, 1)) == "awaiting approval"
    assert exception_state(approved, last, date(2026, 3, 9)) == "approved, not yet in force"
    assert exception_state(approved, last, approved) == "in force"
    assert exception_state(approved, last, last) == "in force"
    assert exception_state(approved, last, date(2026, 7, 1)) == "expired"
    assert exception_state(approved, None, date(2030, 1, 1)) == "in force"
    facts = ExceptionFacts(1, "E-1", "tips", "cio", date(2026, 3, 1), approved, last)
    for day in (date(2026, 3, 9), approved, last, date(2026, 7, 1)):
        assert facts.in_force(day) == (exception_state(approved, last, day) == "in force")


def test_a_site_not_posted_to_for_more_than_the_profile_days_looks_abandoned() -> None:
    def check(last_post: date) -> SiteCheckFacts:
        return SiteCheckFacts(
            1,
            "u",
            "d",
            None,
            date(2026, 11, 30),
            frozenset({"contact"}),
            "archived",
            "unavailable",
            last_post,
        )

    assert findings_of(check(date(2026, 10, 31)), ("contact",), 30) == []
    assert findings_of(check(date(2026, 10, 30)), ("contact",), 30) == ["abandoned"]
    assert findings_of(
        check(date(2026, 10, 30)), ("contact", "purpose"), 30, frozenset({"abandoned"})
    ) == ["notice-purpose"]


def test_the_profiles_name_their_exception_offices_and_the_calendar() -> None:
    assert load_profile("milwaukee").exception_offices == ("cio",)
    assert load_profile("janesville").exception_offices == ("city-manager",)
    assert load_profile("stoughton").exception_offices == ()
    profile = load_profile("stoughton")
    assert papers_from_default(profile, ELECTION, spring=True) == PAPERS
    assert papers_from_default(profile, date(2026, 8, 11), spring=False) == date(2026, 4, 15)
    with pytest.raises(ValidationError) as caught:
        profile.with_changes(
            exception_offices=("mayor",), site_check_days=0, spring_papers_from="13-01"
        )
    assert set(caught.value.fields) == {
        "exception_offices",
        "site_check_days",
        "spring_papers_from",
    }
