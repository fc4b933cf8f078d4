"""A moment written to the minute from its numbers says what `%Y-%m-%d %H:%M` says: through
both daylight-saving changes, at the turn of a year, and at the first and last years a
register takes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from clerkdesk.core.dates import FIRST_YEAR, LAST_YEAR, format_moment, minute_text, zone

CHICAGO = zone("America/Chicago")


def test_a_moment_to_the_minute_reads_as_strftime_writes_it() -> None:
    starts = [
        datetime(2026, 3, 8, 6, 0, tzinfo=UTC),  # the spring change in Chicago
        datetime(2026, 11, 1, 5, 0, tzinfo=UTC),  # the autumn one: 01:xx twice
        datetime(2026, 12, 31, 23, 0, tzinfo=UTC),
        datetime(FIRST_YEAR, 1, 1, 7, 0, tzinfo=UTC),
        datetime(LAST_YEAR, 12, 31, 20, 0, tzinfo=UTC),
    ]
    seen = 0
    for start in starts:
        for minutes in range(0, 4 * 60, 7):
            local = (start + timedelta(minutes=minutes)).astimezone(CHICAGO)
            assert minute_text(local) == f"{local:%Y-%m-%d %H:%M}"
            assert format_moment(local, CHICAGO) == (f"{local:%Y-%m-%d %H:%M} {local.tzname()}")
            seen += 1
    assert seen > 150
    autumn = datetime(2026, 11, 1, 6, 30, tzinfo=UTC)
    assert format_moment(autumn, CHICAGO) == "2026-11-01 01:30 CDT"
    assert format_moment(autumn + timedelta(hours=1), CHICAGO) == "2026-11-01 01:30 CST"
