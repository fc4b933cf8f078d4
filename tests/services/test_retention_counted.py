"""Records past retention counted by the database (the "past retention" item reads no removal
one by one): several series, a disposition at its edge, a hold, a removal near midnight, on
the day before, of and after a record passes its retention. The item must say what the whole
disposition list says."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from clerkdesk.core import obligations as engine
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.obligations.snapshot import snapshot
from clerkdesk.services.removals.writes import record_removal
from clerkdesk.services.requests.writes import RequestInput, save_request
from clerkdesk.services.retention.dispositions import begin_disposition, disposition_list_now
from clerkdesk.services.retention.series import SeriesInput, save_series
from clerkdesk.services.transfer import csv_import

from ..conftest import NOW
from . import test_removals
from .test_removals import URL, removal, write

city = test_removals.city  # the fixture: one approved account
SCHEDULE = "Wisconsin Municipal Records Schedule (2018)"
LONG = "https://facebook.com/stoughtonlibrary"  # kept 3 years
HELD = "https://facebook.com/stoughtonpolice"  # a request holds its records


@pytest.fixture
def series(city, tmp_path):  # type: ignore[no-untyped-def]
    csv_import.import_csv(
        city,
        "accounts",
        write(
            tmp_path,
            "more.csv",
            "url,platform,department,status,authority,approved_by,approved_on\n"
            f"{LONG},facebook,Parks,approved,mayor,Tim Swadley,2019-07-01\n"
            f"{HELD},facebook,Parks,approved,mayor,Tim Swadley,2019-07-01\n",
        ),
    )
    for code, years, url in (("SM-1", 1, URL), ("SM-2", 3, LONG), ("SM-3", 1, HELD)):
        save_series(city, None, SeriesInput(code, f"Series {code}", years, SCHEDULE, (url,)))
    # SM-1: Stoughton's day 2025-11-20 ends at 06:00 UTC: the first is kept through
    # 2026-11-20 (past on 2026-11-21), the other two through 2026-11-21 (past the day after).
    for moment in (
        datetime(2025, 11, 21, 5, 59, tzinfo=UTC),
        datetime(2025, 11, 21, 6, 0, tzinfo=UTC),
        datetime(2025, 11, 21, 15, 0, tzinfo=UTC),
    ):
        record_removal(city, removal(moment))
    # SM-2: kept through 2025-06-01, 2025-06-02, 2025-06-10; a notice sent on 2025-06-02
    # covers what was past retention by 2025-06-01: the first only.
    for day in (1, 2, 10):
        record_removal(city, removal(datetime(2022, 6, day, 15, tzinfo=UTC), account_url=LONG))
    begin_disposition(city, "SM-2", notice_on=date(2025, 6, 2))
    # SM-3: long past, but an open request holds the account's records.
    record_removal(city, removal(datetime(2024, 1, 5, 15, tzinfo=UTC), account_url=HELD))
    save_request(
        city, None, RequestInput("2026-020", date(2026, 11, 2), "Removed", accounts=(HELD,))
    )
    return city


def _listed(db) -> dict[str, tuple[int, date]]:  # type: ignore[no-untyped-def]
    """Per series, what the whole disposition list has as due: how many, the earliest."""
    out = {}
    for part in disposition_list_now(db)[1]:
        if part.due:
            out[part.series.code] = (
                sum(i.count for i in part.due),
                min(i.first for i in part.due),
            )
    return out


@pytest.mark.parametrize(
    ("shift", "sm1"),
    [(0, None), (1, (1, date(2025, 11, 20))), (2, (3, date(2025, 11, 20)))],
)
def test_the_item_counts_what_the_list_has_due_at_each_edge(series, clock, shift, sm1) -> None:  # type: ignore[no-untyped-def]
    clock.now = NOW + timedelta(days=shift)  # the day before, of, after the first passes
    items = [o for o in obligations.due(series) if o.kind == "retention-past"]
    expected = {"SM-2": (2, date(2022, 6, 2))} | ({"SM-1": sm1} if sm1 else {})
    assert _listed(series) == expected
    assert sorted((o.record, o.due) for o in items) == [
        (code, first.replace(year=first.year + years) + timedelta(days=1))
        for code, years in (("SM-1", 1), ("SM-2", 3))
        if code in expected
        for first in [expected[code][1]]
    ]
    for o in items:
        count = expected[o.record][0]  # type: ignore[index]
        assert f"{count:,} record(s) past" in o.text
    assert not [o for o in items if o.record == "SM-3"]  # held by request 2026-020


def test_the_facts_kept_between_computations_are_read_again_each_day(series) -> None:  # type: ignore[no-untyped-def]
    """One window left open over the three days: the count of each day is that day's, as facts
    read afresh give it (the records past retention are counted by the day)."""
    seen = []
    for shift in (0, 1, 2):
        at = NOW + timedelta(days=shift)
        kept = obligations.due(series, at)
        with series.reading() as session:
            assert kept == engine.compute(snapshot(session, at), at)
        seen.append(sorted((o.record, o.text) for o in kept if o.kind == "retention-past"))
    assert seen[0] != seen[1] != seen[2]
