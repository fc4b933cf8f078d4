"""Every dated obligation as an iCalendar file (RFC 5545) that Outlook and Google Calendar
open: all-day events for deadlines that are days, timed ones in the city's time zone for
deadlines that are moments, a reminder the profile's warning days before, and a UID that is the
same from one export to the next, so that importing again updates the events instead of adding
them twice. icalendar is imported only when a calendar is written."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

from ...core import obligations as engine
from ...core.profile import PolicyProfile
from ..integrity.audit import Change
from ..kernel.common import city_row, profile_of
from ..kernel.database import Database
from ..kernel.files import write_recorded
from ..kernel.printouts import city_title
from .snapshot import snapshot

PRODID = "-//ClerkDesk//Deadlines of the city's social media accounts//EN"
# A deadline that is a moment is shown as a short appointment ending at the deadline.
MOMENT_LENGTH = timedelta(minutes=30)
# RFC 5545 orders versions of an event by SEQUENCE: counting minutes from a fixed day makes
# each export newer than the one before it, so a calendar takes the changed times.
_EPOCH = datetime(2020, 1, 1).timestamp()


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


def build_calendar(
    items: Sequence[engine.Obligation],
    profile: PolicyProfile,
    city: str,
    vault_id: str,
    now: datetime,
) -> bytes:
    """The iCalendar file of `items`, as bytes."""
    from icalendar import Alarm, Calendar, Event

    tz = profile.zone
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"{city}: social media deadlines")
    calendar.add("x-wr-timezone", profile.timezone)
    sequence = max(0, int((now.timestamp() - _EPOCH) // 60))
    seen: Counter[str] = Counter()
    for item in items:
        uid = uid_of(item, vault_id)
        repeat = seen[uid]
        seen[uid] += 1
        if repeat:
            uid = uid_of(item, vault_id, repeat)
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", now)
        event.add("sequence", sequence)
        event.add("summary", summary_of(item))
        event.add("description", description_of(item, profile, city))
        event.add("categories", [engine.kind_of(item.kind).label])
        event.add("transp", "TRANSPARENT")
        if isinstance(item.due, datetime):
            start = item.due.astimezone(tz) - MOMENT_LENGTH
            event.add("dtstart", start)
            event.add("dtend", item.due.astimezone(tz))
        else:
            assert isinstance(item.due, date)
            event.add("dtstart", item.due)
            event.add("dtend", item.due + timedelta(days=1))
        if item.account:
            event.add("url", item.account)
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary_of(item))
        alarm.add("trigger", -timedelta(days=profile.warning_days))
        event.add_component(alarm)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data


def _gathered(db: Database) -> tuple[list[engine.Obligation], PolicyProfile, str, str]:
    now = db.clock()
    with db.reading() as session:
        city = city_row(session)
        profile = profile_of(city)
        items = engine.compute(snapshot(session, now), now)
        return items, profile, city_title(city.name), city.vault_id or str(city.id)


def export_calendar(
    db: Database, out: Path, keep: Callable[[engine.Obligation], bool] | None = None
) -> int:
    """Write every obligation in force (or those `keep(obligation)` says) to `out`, and
    record the export. Returns the number of events."""
    items, profile, city, vault_id = _gathered(db)
    if keep is not None:
        items = [o for o in items if keep(o)]
    data = build_calendar(items, profile, city, vault_id, db.clock())
    write_recorded(
        db,
        out,
        lambda partial: partial.write_bytes(data),
        Change(
            "calendar.export",
            "city",
            city,
            f"Exported {len(items)} deadline(s) to the calendar file {out}",
            {"events": len(items), "file": str(out)},
        ),
    )
    return len(items)
