"""The deadlines as an iCalendar file, read back with icalendar: one event per obligation,
all-day for days and timed in UTC for moments, a reminder the profile's warning days before a
day and hours before a moment (never in the past: tests/services/test_calendar_true.py), and
UIDs that stay the same from one export to the next."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.departments.writes import update_department
from clerkdesk.services.integrity import audit
from clerkdesk.services.kernel.inputs import (
    AccountInput,
    ApprovalInput,
    DepartmentInput,
    PersonInput,
)
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.obligations.calendar import export_calendar
from clerkdesk.services.people import separation
from clerkdesk.services.people import writes as people
from clerkdesk.services.terms import writes as assignments

from ..conftest import NOW
from .ical_readers import read_both

CHICAGO = ZoneInfo("America/Chicago")


@pytest.fixture
def register(db, parks):  # type: ignore[no-untyped-def]
    """A pre-existing account (R5's date), an approved one whose user separates (R10's
    moment), and a review owed (R7)."""
    update_department(db, parks.id, DepartmentInput("Parks", "E100"))
    people.create_person(db, PersonInput("E200", "Tom Becker", "Staff", "Parks"))
    accounts.create_account(
        db, AccountInput("https://x.com/parks", "x", "Parks", status="pre-existing")
    )
    fb = accounts.create_account(
        db, AccountInput("https://facebook.com/parks", "facebook", "Parks")
    )
    accounts.approve_account(
        db, fb.id, ApprovalInput("mayor", "Ann Lee", date(2026, 3, 10), "Memo 1", True)
    )
    start = NOW - timedelta(days=40)
    assignments.designate(db, fb.id, "E100", "custodian", start)
    assignments.designate(db, fb.id, "E200", "authorized-user", start)
    separation.separate(db, "E200", NOW - timedelta(hours=3))
    return fb


def read(path):  # type: ignore[no-untyped-def]
    read_both(path, CHICAGO)  # ical.js reads it as icalendar does
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return calendar, list(calendar.walk("VEVENT"))


def test_every_obligation_is_an_event_with_its_date_or_moment(db, register, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "deadlines.ics"
    count = export_calendar(db, out)
    items = obligations.due(db)
    calendar, events = read(out)
    assert count == len(items) == len(events) > 0
    assert calendar["version"] == "2.0" and "ClerkDesk" in str(calendar["prodid"])
    assert calendar["x-wr-timezone"] == "America/Chicago"
    assert calendar.walk("VTIMEZONE") == []  # moments are in UTC: no zone block to misread
    by_summary = {str(e["summary"]): e for e in events}
    for item in items:
        [event] = [e for e in events if str(e["summary"]).startswith(item.text)]
        start = event.decoded("dtstart")
        alarms = event.walk("VALARM")
        if isinstance(item.due, datetime):  # a moment: timed, in UTC
            assert isinstance(start, datetime) and start.utcoffset() == timedelta(0)
            assert "TZID" not in event["dtstart"].params
            assert event.decoded("dtend") == item.due
            # Due in 45 hours: four hours before the deadline, the event starting 30 minutes
            # before it.
            [alarm] = alarms
            assert alarm.decoded("trigger") == -timedelta(hours=3, minutes=30)
        else:  # a day: all day
            assert not isinstance(start, datetime) and start == item.due
            assert event.decoded("dtend") == item.due + timedelta(days=1)
            if item.state == "upcoming":
                [alarm] = alarms
                assert alarm.decoded("trigger") == -timedelta(days=14)  # the warning days
            elif item.state == "overdue":
                assert alarms == []  # it would ring as the file is opened
        assert str(event["status"]) == "CONFIRMED"
        assert item.text in str(event["description"])
    grandfather = by_summary["Approve or discontinue by 2019-08-09 — x.com/parks"]
    assert grandfather.decoded("dtstart") == date(2019, 8, 9)
    assert "R5" in str(grandfather["description"]) and "Stoughton policy" in str(
        grandfather["description"]
    )
    [rotation] = [i for i in items if i.kind == "password-rotation"]
    assert rotation.due == NOW - timedelta(hours=3) + timedelta(hours=48)
    assert any(
        e.decoded("dtstart").tzinfo is not None
        for e in events
        if isinstance(e.decoded("dtstart"), datetime)
    )
    [event] = audit.list_events(db, limit=1)
    assert event.action == "calendar.export"


def test_uids_stay_the_same_from_one_export_to_the_next(db, register, tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    first = tmp_path / "first.ics"
    export_calendar(db, first)
    clock.now = NOW + timedelta(days=2)  # the states change; the events are the same ones
    second = tmp_path / "second.ics"
    export_calendar(db, second)
    _, before = read(first)
    _, after = read(second)
    uids = [str(e["uid"]) for e in before]
    assert len(set(uids)) == len(uids)  # one event per obligation
    assert uids == [str(e["uid"]) for e in after]
    # A later export is a newer version of each event, so a calendar takes its changes.
    assert all(int(b["sequence"]) < int(a["sequence"]) for b, a in zip(before, after, strict=True))


def test_a_city_without_deadlines_writes_an_empty_calendar(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "none.ics"
    assert export_calendar(db, out) == 0
    calendar, events = read(out)
    assert events == [] and calendar["version"] == "2.0"


def test_one_obligation_alone_keeps_the_uid_it_has_in_the_whole_calendar(
    db, register, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    whole, alone = tmp_path / "all.ics", tmp_path / "one.ics"
    export_calendar(db, whole)
    target = obligations.due(db)[0]
    assert export_calendar(db, alone, lambda o: o == target) == 1
    _, every = read(whole)
    _, [event] = read(alone)
    assert str(event["uid"]) in {str(e["uid"]) for e in every}
