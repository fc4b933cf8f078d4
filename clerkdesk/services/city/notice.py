"""The office's public notice of its records (Wis. Stat. 19.34): the city's office hours and
where and how the public may ask for records (Settings, Public records). The notice itself is
printed by `services.requests.notice`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...core.errors import ValidationError
from ..integrity.audit import Change, diff, record
from ..kernel.common import city_row, profile_of
from ..kernel.database import Database
from .replay import settings_block

MOST = 2000  # characters of each text


@dataclass(frozen=True, slots=True)
class NoticeSettings:
    office_hours: str | None  # "Monday to Friday, 8:00 a.m. to 4:30 p.m."; None: not entered
    records_contact: str | None  # the place, address, e-mail or telephone to ask at


def notice_settings(db: Database) -> NoticeSettings:
    with db.reading() as session:
        city = city_row(session)
        return NoticeSettings(city.office_hours, city.records_contact)


def _text(value: str | None) -> str | None:
    lines = [" ".join(line.split()) for line in (value or "").strip().splitlines()]
    return "\n".join(lines).strip() or None


def update_notice_settings(
    db: Database, office_hours: str | None, records_contact: str | None
) -> NoticeSettings:
    """Record the office hours and where to ask (blank: not recorded), audited."""
    after = {"office_hours": _text(office_hours), "records_contact": _text(records_contact)}
    problems = {
        name: f"at most {MOST:,} characters"
        for name, value in after.items()
        if value and len(value) > MOST
    }
    problems.update(
        {
            name: "no control characters"
            for name, value in after.items()
            if value and any(ord(c) < 32 and c != "\n" for c in value)
        }
    )
    if problems:
        raise ValidationError(problems)
    with db.writing() as session:
        city = city_row(session)
        before = {"office_hours": city.office_hours, "records_contact": city.records_contact}
        if changes := diff(before, after):
            city.office_hours = after["office_hours"]
            city.records_contact = after["records_contact"]
            record(
                session,
                db,
                Change(
                    "city.notice",
                    "city",
                    city.name,
                    "Changed the office hours and where to ask for records (19.34 notice)",
                    {**changes, **settings_block(changes)},
                ),
            )
        return NoticeSettings(city.office_hours, city.records_contact)


def retention_directive_on(db: Database) -> date | None:
    """The day of the latest retention directive to departments (R17, Wausau), if recorded."""
    with db.reading() as session:
        return city_row(session).retention_directive_on


def record_retention_directive(db: Database, day: date | None) -> None:
    """Record the day of the latest retention directive (None: none recorded), audited; a day
    still to come is refused. Its next one is then due the profile's interval after it."""
    with db.writing() as session:
        city = city_row(session)
        profile = profile_of(city)
        today = profile.day_at(db.clock())
        if day is not None and day > today:
            raise ValidationError({"retention_directive_on": "cannot be in the future"})
        if city.retention_directive_on == day:
            return
        before, city.retention_directive_on = city.retention_directive_on, day
        record(
            session,
            db,
            Change(
                "city.directive",
                "city",
                city.name,
                f"Recorded the retention directive of {day}"
                if day
                else "Cleared the retention directive's day",
                {
                    "retention_directive_on": [before, day],
                    **settings_block({"retention_directive_on": [before, day]}),
                },
            ),
        )
