"""The calendar stays true to the register: every export read by icalendar and by ical.js
(tests/services/ical_readers.py) gives the register's due moments; an item that has ended is
sent again as cancelled, with a higher SEQUENCE, for the profile's warning window and then
dropped; moments are in UTC across the daylight-saving changes; reminders are in proportion to
the deadline and never in the past at the export."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from clerkdesk.core.obligations import Obligation
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.departments.writes import update_department
from clerkdesk.services.integrity import audit
from clerkdesk.services.kernel.common import city_row
from clerkdesk.services.kernel.inputs import (
    AccountInput,
    ApprovalInput,
    DepartmentInput,
    PersonInput,
)
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.obligations.calendar import (
    MOMENT_LENGTH,
    MOMENT_REMINDER,
    export_calendar,
    reminder_lead,
    uids_of,
)
from clerkdesk.services.people import separation
from clerkdesk.services.people import writes as people
from clerkdesk.services.terms import writes as assignments
from clerkdesk.store.models.calendar import CalendarEvent

from ..conftest import NOW
from .ical_readers import Read, read_both

CHICAGO = ZoneInfo("America/Chicago")
WARNING = 14  # Stoughton's warning days


def city_with(db, parks, left: datetime):  # type: ignore[no-untyped-def]
    """A pre-existing account (R5's day, long overdue), an approved one whose user left at
    `left` (R10's 48-hour moment), and the custodian's duties."""
    update_department(db, parks.id, DepartmentInput("Parks", "E100"))
    people.create_person(db, PersonInput("E200", "Tom Becker", "Staff", "Parks"))
    x = accounts.create_account(
        db, AccountInput("https://x.com/parks", "x", "Parks", status="pre-existing")
    )
    fb = accounts.create_account(
        db, AccountInput("https://facebook.com/parks", "facebook", "Parks")
    )
    accounts.approve_account(
        db, fb.id, ApprovalInput("mayor", "Ann Lee", date(2026, 3, 10), "Memo 1", True)
    )
    start = left - timedelta(days=40)
    assignments.designate(db, fb.id, "E100", "custodian", start)
    assignments.designate(db, fb.id, "E200", "authorized-user", start)
    separation.separate(db, "E200", left)
    return x


def by_uid(db, items: list[Obligation]) -> dict[str, Obligation]:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        city = city_row(session)
        vault_id = city.vault_id or str(city.id)
    return dict(zip(uids_of(items, vault_id), items, strict=True))


def check_against_register(db, reads: list[Read], now: datetime) -> dict[str, Obligation]:  # type: ignore[no-untyped-def]
    """Each event in force is an item of the register at its due day or moment (in UTC),
    and no reminder rings before the export."""
    items = by_uid(db, obligations.due(db))
    in_force = [r for r in reads if r.status == "CONFIRMED"]
    assert sorted(r.uid for r in in_force) == sorted(items)
    for read in in_force:
        item = items[read.uid]
        if isinstance(item.due, datetime):
            assert read.end == item.due.astimezone(UTC)
            assert read.start == item.due.astimezone(UTC) - MOMENT_LENGTH
        else:
            assert (read.start, read.end) == (item.due, item.due + timedelta(days=1))
        assert all(moment > now for moment in read.alarms), (item.text, read.alarms)
    return items


@pytest.fixture
def x_account(db, parks, clock):  # type: ignore[no-untyped-def]
    clock.now = NOW
    return city_with(db, parks, NOW - timedelta(hours=3))


def test_an_ended_item_is_cancelled_in_the_window_and_dropped_after(  # type: ignore[no-untyped-def]
    db, x_account, clock, tmp_path: Path
) -> None:
    first = tmp_path / "1.ics"
    export_calendar(db, first)
    before = {r.uid: r for r in read_both(first, CHICAGO)}
    items = check_against_register(db, list(before.values()), NOW)
    [grandfather] = [uid for uid, o in items.items() if o.kind == "grandfather-approval"]
    assert before[grandfather].status == "CONFIRMED"

    # The account is approved an hour later: its grandfathering deadline has ended.
    ended = NOW + timedelta(hours=1)
    clock.now = ended
    accounts.approve_account(
        db, x_account.id, ApprovalInput("mayor", "Ann Lee", date(2026, 11, 20), "Memo 2", True)
    )
    second = tmp_path / "2.ics"
    export_calendar(db, second)
    after = {r.uid: r for r in read_both(second, CHICAGO)}
    check_against_register(db, list(after.values()), ended)
    gone = after[grandfather]
    assert gone.status == "CANCELLED"  # in both readers (read_both)
    assert gone.sequence > before[grandfather].sequence
    assert (gone.start, gone.alarms) == (date(2019, 8, 9), ())
    assert all(after[uid].sequence > before[uid].sequence for uid in before)  # newer versions
    [event] = audit.list_events(db, limit=1)
    assert event.action == "calendar.export"
    assert json.loads(event.details)["cancelled"] == [grandfather]

    # Sent again, cancelled, at every export of the window: the day before its end, its end.
    last = gone.sequence
    for at in (ended + timedelta(days=WARNING - 1), ended + timedelta(days=WARNING)):
        clock.now = at
        again = tmp_path / f"{at:%Y%m%d%H%M}.ics"
        export_calendar(db, again)
        [still] = [r for r in read_both(again, CHICAGO) if r.uid == grandfather]
        assert still.status == "CANCELLED" and still.sequence > last
        last = still.sequence

    # After the window: no longer in the file, nor in the register's memory.
    clock.now = ended + timedelta(days=WARNING, minutes=1)
    late = tmp_path / "late.ics"
    export_calendar(db, late)
    assert grandfather not in {r.uid for r in read_both(late, CHICAGO)}
    with db.reading() as session:
        kept = set(session.execute(select(CalendarEvent.uid)).scalars())
    assert grandfather not in kept and kept == {r.uid for r in read_both(late, CHICAGO)}


def test_an_item_exported_alone_cancels_nothing(db, x_account, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    export_calendar(db, tmp_path / "all.ics")
    clock.now = NOW + timedelta(hours=1)
    accounts.approve_account(
        db, x_account.id, ApprovalInput("mayor", "Ann Lee", date(2026, 11, 20), "Memo 2", True)
    )
    target = obligations.due(db)[0]
    alone = tmp_path / "one.ics"
    assert export_calendar(db, alone, lambda o: o == target) == 1
    [read] = read_both(alone, CHICAGO)
    assert read.status == "CONFIRMED"
    # The whole export after it still cancels the ended item.
    whole = tmp_path / "whole.ics"
    export_calendar(db, whole)
    assert [r.status for r in read_both(whole, CHICAGO)].count("CANCELLED") == 1


@pytest.mark.parametrize(
    "left, due_utc",
    [
        # 48 hours from 16:30 CST on Friday, over the spring change: 17:30 CDT on Sunday.
        (datetime(2027, 3, 12, 16, 30, tzinfo=CHICAGO), datetime(2027, 3, 14, 22, 30)),
        # 48 hours from 16:30 CDT on Friday, over the autumn change: 15:30 CST on Sunday.
        # (The register's clock never runs earlier than its log, begun on NOW: the autumn
        # change of 2027, not of 2026.)
        (datetime(2027, 11, 5, 16, 30, tzinfo=CHICAGO), datetime(2027, 11, 7, 21, 30)),
    ],
)
def test_a_timed_deadline_across_a_daylight_saving_change_is_at_its_utc_moment(  # type: ignore[no-untyped-def]
    db, parks, clock, tmp_path: Path, left: datetime, due_utc: datetime
) -> None:
    clock.now = left + timedelta(hours=1)
    city_with(db, parks, left)
    assert db.clock() == clock.now
    out = tmp_path / "dst.ics"
    export_calendar(db, out)
    reads = read_both(out, CHICAGO)
    items = check_against_register(db, reads, clock.now)
    rotations = [r for r in reads if items[r.uid].kind == "password-rotation"]
    assert rotations
    for read in rotations:
        assert read.end == due_utc.replace(tzinfo=UTC)
        # The reminder four hours before the deadline, in proportion to 48 hours.
        assert read.alarms == (due_utc.replace(tzinfo=UTC) - MOMENT_REMINDER,)


def test_reminders_of_days_are_the_warning_days_before_or_the_next_midnight() -> None:
    due = date(2026, 12, 15)
    at = datetime(2026, 11, 20, 15, 0, tzinfo=CHICAGO)
    assert reminder_lead(due, at, WARNING) == timedelta(days=14)
    # The day its warning starts and after: the first midnight still to come.
    at = datetime(2026, 12, 1, 15, 0, tzinfo=CHICAGO)
    assert reminder_lead(due, at, WARNING) == timedelta(days=13)
    at = datetime(2026, 12, 14, 15, 0, tzinfo=CHICAGO)  # the day before: tonight's midnight
    assert reminder_lead(due, at, WARNING) == timedelta(0)
    at = datetime(2026, 12, 15, 0, 1, tzinfo=CHICAGO)  # the day itself: Today shows it
    assert reminder_lead(due, at, WARNING) is None
    at = datetime(2026, 12, 16, 9, 0, tzinfo=CHICAGO)  # overdue
    assert reminder_lead(due, at, WARNING) is None


def test_reminders_of_moments_are_hours_before_or_halfway_never_past() -> None:
    due = datetime(2026, 11, 22, 16, 30, tzinfo=CHICAGO)
    start = due - MOMENT_LENGTH
    at = due - timedelta(hours=47)  # just after a separation: four hours before the deadline
    assert reminder_lead(due, at, WARNING) == MOMENT_REMINDER - MOMENT_LENGTH
    at = due - timedelta(hours=3)  # inside the four hours: halfway to the start
    lead = reminder_lead(due, at, WARNING)
    assert lead == timedelta(hours=1, minutes=15) and start - lead > at
    at = start - timedelta(minutes=1)  # about to start: none rather than one ringing now
    assert reminder_lead(due, at, WARNING) is None
    assert reminder_lead(due, due + timedelta(minutes=1), WARNING) is None  # overdue
