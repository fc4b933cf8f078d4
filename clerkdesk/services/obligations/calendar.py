"""Every dated obligation as an iCalendar file (RFC 5545) that Outlook and Google Calendar
open: all-day events for deadlines that are days, timed ones in UTC for deadlines that are
moments (no zone block for a client to misread), a reminder in proportion to the deadline and
never in the past, and a UID that is the same from one export to the next, so that importing
again updates the events instead of adding them twice. An event whose obligation has ended is
sent again as cancelled (`published`). icalendar is imported only when a calendar is
written."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from ...core import obligations as engine
from ...core.profile import PolicyProfile
from ..integrity.audit import Change
from ..kernel.common import city_row, profile_of
from ..kernel.database import Database
from ..kernel.files import write_recorded
from ..kernel.printouts import city_title
from . import published
from .published import ExportPlan, Sent
from .snapshot import snapshot

PRODID = "-//ClerkDesk//Deadlines of the city's social media accounts//EN"
# A deadline that is a moment is shown as a short appointment ending at the deadline.
MOMENT_LENGTH = timedelta(minutes=30)
# ClerkDesk's figure, not a policy's: a deadline that is a moment (the 24- and 48-hour
# password deadlines) rings this long before it, half a working day to act. A deadline that is
# a day rings the profile's warning days before it.
MOMENT_REMINDER = timedelta(hours=4)
# A reminder closer than this to the export is not set: it would ring as the file is opened.
_SOONEST = timedelta(minutes=2)


def uid_of(obligation: engine.Obligation, vault_id: str, repeat: int = 0) -> str:
    """What the obligation is about, never when it is due: the same item keeps its UID while
    its deadline moves. `vault_id` tells one city's register from another's."""
    key = "\x1f".join(
        str(part or "")
        for part in (
            vault_id,
            obligation.kind,
            obligation.account,
            obligation.employee_id or obligation.person,
            obligation.department,
            repeat or "",
        )
    )
    return f"{hashlib.sha256(key.encode()).hexdigest()[:32]}@clerkdesk"


def summary_of(obligation: engine.Obligation) -> str:
    subject = obligation.account or obligation.department or ""
    subject = subject.removeprefix("https://").removeprefix("http://")
    return f"{obligation.text} — {subject}" if subject else obligation.text


def description_of(obligation: engine.Obligation, profile: PolicyProfile, city: str) -> str:
    kind = engine.kind_of(obligation.kind)
    basis = profile.basis_label(obligation.basis, obligation.rule, obligation.kind)
    lines = [
        obligation.text + ".",
        "",
        f"{kind.label} ({obligation.rule}, {basis}), due {obligation.due_text}.",
    ]
    if obligation.account:
        lines.append(f"Account: {obligation.account}")
    if obligation.department:
        lines.append(f"Department: {obligation.department}")
    if obligation.person:
        who = obligation.person
        if obligation.employee_id:
            who += f" ({obligation.employee_id})"
        lines.append(f"Person: {who}")
    lines += ["", f"From the {city} register in ClerkDesk."]
    return "\n".join(lines)


def reminder_lead(due: date | datetime, now: datetime, warning_days: int) -> timedelta | None:
    """How long before its event's start an item's reminder rings, or None for no reminder.

    A day rings `warning_days` before it (the event starts at midnight); a moment
    `MOMENT_REMINDER` before the deadline. A reminder is never in the past at the export
    (`now`), where a calendar would ring it the moment the file is opened, every overdue item
    at once: an item due sooner than its lead rings at the first midnight before its day (a
    day) or halfway from the export to its start (a moment); an item whose day has begun, or
    whose appointment is under way or past, has none, since Today already shows it as due or
    overdue and the clerk is not told again what the file's opening said."""
    if isinstance(due, datetime):
        start = due - MOMENT_LENGTH
        lead = MOMENT_REMINDER - MOMENT_LENGTH
        left = start - now
        if left > lead:
            return lead
        if left < _SOONEST:
            return None
        return timedelta(minutes=(left // 2) // timedelta(minutes=1))
    days_left = (due - now.date()).days  # `now` in the city's zone
    if days_left > warning_days:
        return timedelta(days=warning_days)
    if days_left < 1:
        return None
    return timedelta(days=days_left - 1)


def _times(event: Any, due: date | datetime) -> None:
    if isinstance(due, datetime):
        event.add("dtstart", (due - MOMENT_LENGTH).astimezone(UTC))
        event.add("dtend", due.astimezone(UTC))
    else:
        event.add("dtstart", due)
        event.add("dtend", due + timedelta(days=1))


def _cancelled_event(sent: Sent, now: datetime) -> Any:
    from icalendar import Event

    event = Event()
    event.add("uid", sent.uid)
    event.add("dtstamp", now.astimezone(UTC))
    event.add("sequence", sent.sequence)
    event.add("status", "CANCELLED")
    event.add("summary", f"Ended: {sent.summary}")
    event.add(
        "description",
        "This deadline has ended in the register (the record moved on): there is nothing "
        "left to do for it.",
    )
    event.add("transp", "TRANSPARENT")
    _times(event, sent.due_value)
    return event


def uids_of(items: Sequence[engine.Obligation], vault_id: str) -> list[str]:
    """Each item's UID, in order; items alike in all the UID names get their place among them."""
    seen: Counter[str] = Counter()
    uids = []
    for item in items:
        uid = uid_of(item, vault_id)
        repeat = seen[uid]
        seen[uid] += 1
        uids.append(uid_of(item, vault_id, repeat) if repeat else uid)
    return uids


def plan_of(
    items: Sequence[engine.Obligation],
    vault_id: str,
    memory: dict[str, Sent],
    now: datetime,
    window_days: int,
    whole: bool = True,
) -> ExportPlan:
    current = [
        (uid, summary_of(item), item.due_text)
        for uid, item in zip(uids_of(items, vault_id), items, strict=True)
    ]
    return published.plan_export(memory, current, now, window_days, whole)


def build_calendar(
    items: Sequence[engine.Obligation],
    profile: PolicyProfile,
    city: str,
    vault_id: str,
    now: datetime,
    plan: ExportPlan | None = None,
) -> bytes:
    """The iCalendar file of `items` (and of the ended events `plan` cancels), as bytes;
    without `plan`, as a first export."""
    from icalendar import Alarm, Calendar, Event

    if plan is None:
        plan = plan_of(items, vault_id, {}, now, profile.warning_days)
    local_now = now.astimezone(profile.zone)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"{city}: social media deadlines")
    calendar.add("x-wr-timezone", profile.timezone)
    for item, sent in zip(items, plan.in_force, strict=True):
        event = Event()
        event.add("uid", sent.uid)
        event.add("dtstamp", now.astimezone(UTC))
        event.add("sequence", sent.sequence)
        event.add("status", "CONFIRMED")
        event.add("summary", sent.summary)
        event.add("description", description_of(item, profile, city))
        event.add("categories", [engine.kind_of(item.kind).label])
        event.add("transp", "TRANSPARENT")
        _times(event, item.due)
        if item.account:
            event.add("url", item.account)
        lead = reminder_lead(item.due, local_now, profile.warning_days)
        if lead is not None:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", sent.summary)
            alarm.add("trigger", -lead)
            event.add_component(alarm)
        calendar.add_component(event)
    for sent in plan.cancelled:
        calendar.add_component(_cancelled_event(sent, now))
    data: bytes = calendar.to_ical()
    return data


class _Gathered(NamedTuple):
    now: datetime
    items: list[engine.Obligation]
    profile: PolicyProfile
    city: str
    vault_id: str
    memory: dict[str, Sent]


def _gathered(db: Database) -> _Gathered:
    now = db.clock()
    with db.reading() as session:
        city = city_row(session)
        return _Gathered(
            now,
            engine.compute(snapshot(session, now), now),
            profile_of(city),
            city_title(city.name),
            city.vault_id or str(city.id),
            published.remembered(session),
        )


def export_calendar(
    db: Database, out: Path, keep: Callable[[engine.Obligation], bool] | None = None
) -> int:
    """Write every obligation in force (or those `keep(obligation)` says) to `out`, with the
    events of obligations that have ended since they were published sent as cancelled (a whole
    export only), and record the export and what it published. Returns the number of events
    in force."""
    now, items, profile, city, vault_id, memory = _gathered(db)
    if keep is not None:
        items = [o for o in items if keep(o)]
    plan = plan_of(items, vault_id, memory, now, profile.warning_days, whole=keep is None)
    data = build_calendar(items, profile, city, vault_id, now, plan)
    cancelled = [sent.uid for sent in plan.cancelled]
    write_recorded(
        db,
        out,
        lambda partial: partial.write_bytes(data),
        Change(
            "calendar.export",
            "city",
            city,
            f"Exported {len(items)} deadline(s) to the calendar file {out}"
            + (f", and {len(cancelled)} ended one(s) as cancelled" if cancelled else ""),
            {
                "events": len(items),
                "cancelled": cancelled,
                "forgotten": len(plan.dropped),
                "file": str(out),
            },
        ),
        alongside=lambda session: published.remember(session, plan, now),
    )
    return len(items)
