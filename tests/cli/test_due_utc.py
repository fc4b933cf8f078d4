"""`obligations --json` gives each item's due moment in UTC (`due_utc`, INTERFACE.md) beside
`due`, in the one form tools such as jq's `fromdateiso8601` read."""

import json
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from .test_people_commands import setup_city

CHICAGO = ZoneInfo("America/Chicago")  # the demonstration city's zone


def test_due_utc_is_the_due_moment_in_utc(clerkdesk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    setup_city(clerkdesk, tmp_path)
    result = clerkdesk("separate", "--person", "E1011", "--at", "2026-11-19T16:30")
    assert result.returncode == 0, result.stderr
    items = json.loads(clerkdesk("obligations", "--json", "--as-of", "2026-11-21T16:29").stdout)
    assert items
    rotations = {i["due_utc"] for i in items if i["kind"] == "password-rotation"}
    assert rotations == {"2026-11-21T22:30:00Z"}  # 16:30 CST, six hours behind UTC
    dates = 0
    for item in items:
        # What a script reads: the `…Z` form and nothing else.
        moment = datetime.strptime(item["due_utc"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        due = item["due"]
        if "T" in due:
            assert moment == datetime.fromisoformat(due)
        else:
            # A date is due through the whole of that day in the city's zone: its last second.
            dates += 1
            end = datetime.combine(date.fromisoformat(due), time(23, 59, 59), tzinfo=CHICAGO)
            assert moment == end
            assert moment.astimezone(CHICAGO).date() == date.fromisoformat(due)
    assert dates  # the city has date items too


def test_the_exported_calendar_reads_at_the_due_utc_moments(clerkdesk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.services.ical_readers import read_both

    setup_city(clerkdesk, tmp_path)
    assert clerkdesk("separate", "--person", "E1011", "--at", "2026-11-19T16:30").returncode == 0
    out = tmp_path / "deadlines.ics"
    assert clerkdesk("export", "calendar", "-o", str(out)).returncode == 0
    items = json.loads(clerkdesk("obligations", "--json").stdout)
    reads = read_both(out, CHICAGO)  # icalendar and ical.js alike
    assert len(reads) == len(items)
    read_moments = sorted(
        r.end.strftime("%Y-%m-%dT%H:%M:%SZ") if isinstance(r.end, datetime) else r.start.isoformat()
        for r in reads
    )
    listed = sorted(i["due_utc"] if "T" in i["due"] else i["due"] for i in items)
    assert read_moments == listed
    assert "2026-11-21T22:30:00Z" in listed
