"""The calendar export read as calendar clients read it: with `icalendar` (Python) and with
Mozilla's ical.js (Thunderbird's engine, the npm package installed in tests/js by scripts/setup
and .ci/run). Both give each event as the same plain record, so that a test compares what both
readers took with the register's due moments."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

import icalendar
import pytest

JS = Path(__file__).resolve().parents[1] / "js"


class Read(NamedTuple):
    """An event as a reader took it: `start` and `end` a moment in UTC or a day; `alarms`
    each reminder's moment, a day's event starting at midnight in the city's zone."""

    uid: str
    status: str
    sequence: int
    start: date | datetime
    end: date | datetime
    alarms: tuple[datetime, ...]


def _ring(start: date | datetime, before_start: timedelta, zone: ZoneInfo) -> datetime:
    if isinstance(start, datetime):
        return (start + before_start).astimezone(UTC)
    # A day's days are counted on the wall clock of the city (nominal days, RFC 5545 3.3.6).
    return (datetime.combine(start, time(), zone) + before_start).astimezone(UTC)


def alarm_moments(event: Any, zone: ZoneInfo) -> list[datetime]:
    """The moments an icalendar event's reminders ring, in UTC."""
    start = event.decoded("dtstart")
    moments = []
    for alarm in event.walk("VALARM"):
        trigger = alarm.decoded("trigger")
        assert isinstance(trigger, timedelta), "a reminder relative to the start"
        assert alarm["trigger"].params.get("RELATED", "START") == "START"
        moments.append(_ring(start, trigger, zone))
    return moments


def _utc(value: date | datetime) -> date | datetime:
    if isinstance(value, datetime):
        assert value.tzinfo is not None, "no floating times"
        return value.astimezone(UTC)
    return value


def with_icalendar(path: Path, zone: ZoneInfo) -> list[Read]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return [
        Read(
            str(e["uid"]),
            str(e.get("status", "")),
            int(e.get("sequence", 0)),
            _utc(e.decoded("dtstart")),
            _utc(e.decoded("dtend")),
            tuple(alarm_moments(e, zone)),
        )
        for e in calendar.walk("VEVENT")
    ]


def _icaljs_missing() -> str | None:
    if shutil.which("node") is None:
        return "node is not installed"
    if not (JS / "node_modules" / "ical.js" / "package.json").exists():
        return f"ical.js is not installed in {JS} (scripts/setup runs `npm ci` there)"
    return None


def with_icaljs(path: Path, zone: ZoneInfo) -> list[Read]:
    """The events as ical.js reads them; skipped where node or ical.js is missing, but a
    failure in CI, where scripts/setup installs them."""
    missing = _icaljs_missing()
    if missing is not None:
        if os.environ.get("CI"):
            pytest.fail(f"cannot read the calendar with ical.js: {missing}")
        pytest.skip(f"cannot read the calendar with ical.js: {missing}")
    result = subprocess.run(
        ["node", str(JS / "read_calendar.mjs"), str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["method"] == "PUBLISH"
    reads = []
    for e in data["events"]:
        start, end = _parsed(e["start"]), _parsed(e["end"])
        alarms = []
        for alarm in e["alarms"]:
            assert "seconds" in alarm and alarm["related"] == "START", alarm
            alarms.append(_ring(start, timedelta(seconds=alarm["seconds"]), zone))
        reads.append(Read(e["uid"], e["status"] or "", e["sequence"], start, end, tuple(alarms)))
    return reads


def _parsed(text: str) -> date | datetime:
    if "T" in text:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return date.fromisoformat(text)


def _uid(read: Read) -> str:
    return read.uid


def read_both(path: Path, zone: ZoneInfo) -> list[Read]:
    """The events of `path`, checked to read alike in icalendar and ical.js."""
    python = with_icalendar(path, zone)
    javascript = with_icaljs(path, zone)
    assert sorted(javascript, key=_uid) == sorted(python, key=_uid)
    return python
