"""R17 in Wausau: the CCITC Director's retention directive to departments "no less than
annually" is a recurring item, due a year after the latest one recorded (or after the policy's
adoption when none is); in no other city. Its state at the due day's edges, fixed clock."""

from datetime import UTC, date, datetime

import pytest

from clerkdesk.core.obligations import Snapshot, compute
from clerkdesk.resources import load_profile

WAUSAU = load_profile("wausau")
KIND = "retention-directive"


def owed(profile, as_of, last=None, adopted=date(2025, 1, 6)):  # type: ignore[no-untyped-def]
    snap = Snapshot(profile=profile, adopted_on=adopted, retention_directive_on=last)
    return [o for o in compute(snap, as_of) if o.kind == KIND]


def test_the_next_directive_is_due_a_year_after_the_last() -> None:
    as_of = datetime(2026, 11, 20, 18, tzinfo=UTC)
    [item] = owed(WAUSAU, as_of, last=date(2026, 3, 2))
    assert (item.rule, item.due) == ("R17", date(2027, 3, 2))
    assert "the last was issued 2026-03-02" in item.text
    [first] = owed(WAUSAU, as_of)
    assert first.due == date(2026, 1, 6) and first.state == "overdue"
    assert "none recorded since the policy's adoption" in first.text


@pytest.mark.parametrize("key", ["stoughton", "milwaukee", "janesville", "madison"])
def test_no_other_city_owes_it(key: str) -> None:
    assert owed(load_profile(key), datetime(2026, 11, 20, 18, tzinfo=UTC)) == []


@pytest.mark.parametrize(
    ("as_of", "state"),
    [
        (datetime(2027, 3, 1, 18, tzinfo=UTC), "due-soon"),  # the day before
        (datetime(2027, 3, 3, 5, 59, tzinfo=UTC), "due-soon"),  # 23:59 of the day, in Chicago
        (datetime(2027, 3, 3, 6, 0, tzinfo=UTC), "overdue"),  # the day after
    ],
)
def test_its_state_at_the_due_day_s_edges(as_of: datetime, state: str) -> None:
    [item] = owed(WAUSAU, as_of, last=date(2026, 3, 2))
    assert (item.due, item.state) == (date(2027, 3, 2), state)
