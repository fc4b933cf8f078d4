"""The dates of a series' records past retention and covered by no disposition (what the
database counts for the "past retention" item), at their edges and over 29 February."""

from datetime import date, timedelta

import pytest

from clerkdesk.core.records import keep_until
from clerkdesk.core.retention import (
    Pending,
    Record,
    RetentionFacts,
    Series,
    Started,
    due_window,
    first_not_past,
)

SM = Series(1, "SM-1", "Social media content", 7, "Wisconsin Municipal Records Schedule (2018)")


@pytest.mark.parametrize(
    "day",
    [date(2026, 3, 4), date(2027, 2, 28), date(2027, 3, 1), date(2028, 2, 29), date(2028, 3, 1)],
)
@pytest.mark.parametrize("years", [1, 4, 7])
def test_records_dated_before_the_bound_are_past_and_none_after(day, years) -> None:  # type: ignore[no-untyped-def]
    bound = first_not_past(years, day)
    for dated in (bound - timedelta(days=d) for d in range(1, 800)):
        assert keep_until(dated, years) < day
    for dated in (bound + timedelta(days=d) for d in range(800)):
        assert keep_until(dated, years) >= day


def test_the_window_starts_after_what_the_latest_disposition_covers() -> None:
    assert due_window(SM, (), date(2026, 11, 20)) == (None, date(2019, 11, 20))
    begun = (
        Started("A", 1, date(2026, 3, 4)),
        Started("B", 1, date(2026, 6, 1)),
        Started("C", 2, date(2026, 9, 1)),  # another series'
    )
    lo, hi = due_window(SM, begun, date(2026, 11, 20))
    # B covers the records kept through 2026-06-01: dated through 2019-06-01.
    assert (lo, hi) == (date(2019, 6, 2), date(2019, 11, 20))


def test_counted_records_join_those_read_in_each_series() -> None:
    other = Series(2, "SM-0", "Web pages", 7, "City")
    facts = RetentionFacts(
        (SM, other),
        (Record("letters", "request 2019-3", 1, date(2019, 5, 1)),),
        counted=(Pending(1, 4, date(2019, 6, 1)), Pending(2, 2, date(2018, 1, 1))),
    )
    assert facts.pending_on(date(2026, 11, 20)) == (
        (other, Pending(2, 2, date(2018, 1, 1))),
        (SM, Pending(1, 5, date(2019, 5, 1))),
    )
