"""The IT Director's determination, per tool (platform), whether it lets the City meet the
public records law (R1, Madison: "Upon the request of any Department/Division Head the IT
Director shall determine whether a social media tool or site permits the City to comply"). One
record per platform, city-wide: who asked (a Department Head, by employee ID) and when, and
who determined, when, and what. The `tool-approval` obligation reads it
(core/obligations/tool_approval.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.errors import ValidationError
from ...core.vocabulary import PLATFORMS, AccountStatus
from ...store.models.accounts import Account, ToolDetermination
from ...store.models.departments import Department
from ...store.models.people import Person
from ..integrity.audit import Change, diff, record
from ..kernel.common import clean
from ..kernel.database import Database
from ..kernel.field_checks import check_dates_of, check_who_and_when
from ..kernel.plans import Planning

# The fields its events carry (services/accounts/replay.py replays them).
FIELDS = ("requested_by", "requested_on", "determined_by", "determined_on", "permits")


@dataclass(frozen=True)
class ToolDeterminationInput:
    platform: str
    requested_by: str | None = None  # the Department Head's employee ID
    requested_on: date | None = None
    determined_by: str | None = None
    determined_on: date | None = None
    permits: bool | None = None  # None: not yet determined


@dataclass(frozen=True, slots=True)
class ToolView:
    """A platform: its accounts in use and the determination on it, if any."""

    platform: str
    accounts: tuple[str, ...]
    requested_by: str | None = None
    requested_by_name: str | None = None
    requested_on: date | None = None
    determined_by: str | None = None
    determined_on: date | None = None
    permits: bool | None = None

    @property
    def label(self) -> str:
        return PLATFORMS.get(self.platform, self.platform)

    @property
    def state(self) -> str:
        """The determination in a few words, for a list."""
        if self.determined_on is not None and self.permits is not None:
            verdict = "permits" if self.permits else "does not permit"
            return f"{verdict} compliance ({self.determined_by}, {self.determined_on})"
        if self.requested_on is not None:
            return f"requested {self.requested_on}, not yet determined"
        return "not requested"


def _problems(planning: Planning, data: ToolDeterminationInput) -> dict[str, str]:
    problems: dict[str, str] = {}
    if data.platform not in PLATFORMS:
        problems["platform"] = f"unknown platform {data.platform!r}"
    head = clean(data.requested_by)
    session = planning.session
    if not head:
        problems["requested_by"] = "required: the Department Head who asked (employee ID)"
    else:
        person_id = planning.lookups.people.get(head)
        if person_id is None:
            problems["requested_by"] = f"no person with employee ID {head!r}"
        elif not session.execute(
            select(Department.id).where(Department.head_person_id == person_id)
        ).first():
            problems["requested_by"] = f"{head} heads no department: a Department Head asks"
    if data.requested_on is None:
        problems["requested_on"] = "required: the day the Department Head asked"
    check_who_and_when(
        "determined", data.determined_by, data.determined_on, planning.today, problems
    )
    if data.determined_on is not None and "determined_on" not in problems:
        if data.permits is None:
            problems["permits"] = "required: whether the tool permits compliance"
        elif data.requested_on is not None and data.determined_on < data.requested_on:
            problems["determined_on"] = f"is before the request ({data.requested_on})"
    elif data.determined_on is None and data.permits is not None:
        problems.setdefault("determined_on", "required: the day it was determined")
    check_dates_of({"requested_on": data.requested_on}, planning.today, problems)
    return problems


def save_tool_determination(db: Database, data: ToolDeterminationInput) -> ToolView:
    """Record the request and the IT Director's determination on a platform, or change them."""
    with db.writing() as session:
        planning = Planning(db, session)
        problems = _problems(planning, data)
        if problems:
            raise ValidationError(problems)
        after: dict[str, Any] = {
            "requested_by": clean(data.requested_by),
            "requested_on": data.requested_on,
            "determined_by": clean(data.determined_by),
            "determined_on": data.determined_on,
            "permits": data.permits if data.determined_on is not None else None,
        }
        person_id = planning.lookups.people[after["requested_by"]]
        row = session.execute(
            select(ToolDetermination).where(ToolDetermination.platform == data.platform)
        ).scalar_one_or_none()
        label = PLATFORMS[data.platform]
        if row is None:
            row = ToolDetermination(platform=data.platform, requested_by_person_id=person_id)
            _set(row, after)
            session.add(row)
            change = Change(
                "tool.record",
                "tool",
                data.platform,
                f"Recorded the tool determination on {label}",
                {k: v for k, v in after.items() if v is not None},
            )
        else:
            before = {
                "requested_by": planning.lookups.employee_id_of(row.requested_by_person_id),
                **{f: getattr(row, f) for f in FIELDS[1:]},
            }
            changes = diff(before, after)
            if not changes:
                return _views(session, data.platform)[0]
            row.requested_by_person_id = person_id
            _set(row, after)
            change = Change(
                "tool.update",
                "tool",
                data.platform,
                f"Changed the tool determination on {label}",
                changes,
            )
        session.flush()
        record(session, db, change)
        return _views(session, data.platform)[0]


def _set(row: ToolDetermination, values: dict[str, Any]) -> None:
    for name in FIELDS[1:]:
        setattr(row, name, values[name])


def _views(session: Session, platform: str | None = None) -> list[ToolView]:
    in_use: dict[str, list[str]] = {}
    for url, on in session.execute(
        select(Account.url, Account.platform)
        .where(Account.status != AccountStatus.DISCONTINUED)
        .order_by(Account.url)
    ):
        in_use.setdefault(on, []).append(url)
    t = ToolDetermination
    recorded = {
        row[0]: row[1:]
        for row in session.execute(
            select(
                t.platform,
                Person.employee_id,
                Person.name,
                t.requested_on,
                t.determined_by,
                t.determined_on,
                t.permits,
            ).outerjoin(Person, Person.id == t.requested_by_person_id)
        )
    }
    names = sorted(set(in_use) | set(recorded), key=lambda p: str(PLATFORMS.get(p, p)).lower())
    if platform is not None:
        names = [platform]
    return [ToolView(p, tuple(in_use.get(p, ())), *recorded.get(p, (None,) * 6)) for p in names]


def list_tools(db: Database) -> Sequence[ToolView]:
    """Every platform with an account not discontinued, or a determination recorded."""
    with db.reading() as session:
        return _views(session)


def department_heads(db: Database) -> list[tuple[str, str, str]]:
    """(employee ID, name, department) of each Department Head, who may ask."""
    with db.reading() as session:
        return [
            (e, n, d)
            for e, n, d in session.execute(
                select(Person.employee_id, Person.name, Department.name)
                .join(Department, Department.head_person_id == Person.id)
                .order_by(Department.name)
            )
        ]
