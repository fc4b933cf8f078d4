"""Retention and disposition (Wis. Stat. 19.21), pure: what is past retention, what a hold
keeps, the Historical Society's 60 days, and the two obligation kinds at their edges."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from clerkdesk.core.obligations import Snapshot, compute
from clerkdesk.core.profile import PolicyProfile
from clerkdesk.core.records import Hold
from clerkdesk.core.retention import (
    Record,
    RetentionFacts,
    Series,
    Started,
    destruction_from,
    destruction_refusal,
    disposition_list,
)

CHICAGO = ZoneInfo("America/Chicago")
PROFILE = PolicyProfile(
    key="t", title="T", coordinating_office="City Clerk", authorities=("mayor",)
)
SM = Series(1, "SM-1", "Social media content", 7, "Wisconsin Municipal Records Schedule (2018)")
URL = "https://facebook.com/maplefallswi"
DATED = date(2019, 3, 4)  # kept through 2026-03-04
NOTICE = date(2026, 9, 1)  # its 60th day: 2026-10-31


def at(day: date) -> datetime:
    return datetime.combine(day, time(9), tzinfo=CHICAGO)


def records(*days: date) -> tuple[Record, ...]:
    return tuple(Record("removals", URL, 1, d, (7,)) for d in days)


def kinds(facts: RetentionFacts, day: date) -> list[tuple[str, object, str | None]]:
    snapshot = Snapshot(PROFILE, None, facts={"retention": facts})
    return [
        (o.kind, o.due, o.record)
        for o in compute(snapshot, at(day))
        if o.kind in ("retention-past", "disposition-notice")
    ]


@pytest.mark.parametrize(
    ("day", "listed"),
    [(date(2026, 3, 4), False), (date(2026, 3, 5), True), (date(2026, 3, 6), True)],
)
def test_a_record_is_past_retention_the_day_after_its_last_day_kept(day, listed) -> None:  # type: ignore[no-untyped-def]
    parts = disposition_list([SM], records(DATED), {}, {}, (), day)
    assert bool(parts) is listed
    facts = RetentionFacts((SM,), records(DATED))
    expected = [("retention-past", date(2026, 3, 5), "SM-1")] if listed else []
    assert kinds(facts, day) == expected


def test_the_list_groups_by_kind_and_label_and_keeps_held_records_apart() -> None:
    hold = Hold("2026-014", date(2027, 1, 4), "denied")
    other = Record("letters", "request 2019-3", 1, date(2019, 5, 1), (), "2019-3")
    [part] = disposition_list(
        [SM],
        (*records(DATED, date(2019, 4, 1)), other),
        {},
        {"2019-3": hold},
        (),
        date(2026, 11, 20),
    )
    assert [(i.kind, i.label, i.count, i.first, i.last) for i in part.due] == [
        ("removals", URL, 2, DATED, date(2019, 4, 1))
    ]
    assert [(i.label, i.holds) for i in part.held] == [("request 2019-3", (hold,))]
    # A series' records not yet past retention are not listed; an unmapped series is ignored.
    assert disposition_list([SM], records(date(2024, 1, 1)), {}, {}, (), date(2026, 11, 20)) == ()


@pytest.mark.parametrize(("days", "due"), [(59, False), (60, True), (61, True)])
def test_the_societys_60_days_at_their_edges(days, due) -> None:  # type: ignore[no-untyped-def]
    day = NOTICE + timedelta(days=days)
    begun = Started("SM-1-2026-09-01", 1, date(2026, 8, 31), notice_on=NOTICE)
    facts = RetentionFacts((SM,), records(DATED), dispositions=(begun,))
    expected = [("disposition-notice", date(2026, 10, 31), begun.number)] if due else []
    assert kinds(facts, day) == expected  # begun: no "past retention" item either
    assert destruction_from(NOTICE, None) == date(2026, 10, 31)
    refusal = destruction_refusal(begun.number, NOTICE, None, day, [])
    assert (refusal is None) is due
    destroyed = Started(begun.number, 1, begun.through, NOTICE, None, date(2026, 11, 2))
    assert kinds(RetentionFacts((SM,), records(DATED), dispositions=(destroyed,)), day) == []


def test_a_waiver_allows_destruction_that_day_and_a_hold_names_its_request() -> None:
    assert destruction_from(NOTICE, date(2026, 9, 5)) == date(2026, 9, 5)
    hold = Hold("2026-014", None)
    [part] = disposition_list(
        [SM],
        records(DATED),
        {7: [hold]},
        {},
        (Started("N", 1, date(2026, 8, 31), waived_on=NOTICE),),
        date(2026, 11, 20),
    )
    assert destruction_refusal("N", None, NOTICE, date(2026, 11, 20), part.held) == (
        f"disposition N: {URL} is on hold: public-records request 2026-014 is open; its "
        "records may not be destroyed while public-records request 2026-014 holds them"
    )
    assert "record the notice sent" in (destruction_refusal("N", None, None, NOTICE, []) or "")
