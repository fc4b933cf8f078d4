"""How access reviews read: a row for each department with its next review due, its last and
the one under way; and the lines of one review."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from ....core.obligations import kind_of
from ....core.obligations.model import DUE_SOON, OVERDUE, Obligation
from ....core.vocabulary import ROLES
from ....services.kernel.views import DepartmentView
from ....services.reviews.writes import ReviewLineView, ReviewView
from ...widgets.countdown import countdown
from ...widgets.table_model import Column
from ..departments.page import head_text
from ..terms import short_moment
from . import REVIEW


@dataclass(frozen=True, slots=True)
class ReviewRow:
    department: DepartmentView
    due: Obligation | None  # the next review, when someone has access to its accounts
    countdown: str
    reviews: tuple[ReviewView, ...]  # newest first
    under_way: str  # the open review, in a few words

    @property
    def id(self) -> str:
        return self.department.name

    @property
    def open(self) -> ReviewView | None:
        return next((r for r in self.reviews if not r.completed), None)

    @property
    def last(self) -> ReviewView | None:
        return next((r for r in self.reviews if r.completed), None)


def review_rows(
    departments: Sequence[DepartmentView],
    obligations: Sequence[Obligation],
    history: Mapping[str, tuple[ReviewView, ...]],
    now: datetime,
) -> list[ReviewRow]:
    """`now` is in the city's time zone."""
    due_by = {o.department: o for o in obligations if kind_of(o.kind).opens == REVIEW}
    rows = []
    for d in departments:
        o = due_by.get(d.name)
        reviews = history.get(d.name, ())
        under_way = next((r for r in reviews if not r.completed), None)
        started = under_way.started_at.astimezone(now.tzinfo).date() if under_way else None
        rows.append(
            ReviewRow(
                d,
                o,
                countdown(o.due, now) if o else "",
                reviews,
                f"review {under_way.number}, started {started}" if under_way else "",
            )
        )
    return rows


def _last(row: ReviewRow) -> str:
    last = row.last
    if last is None or last.completed_on is None:
        return "never"
    return f"{last.completed_on.isoformat()}" + (f", {last.reviewer}" if last.reviewer else "")


def _tone(row: ReviewRow) -> str | None:
    state = row.due.state if row.due else None
    return state if state in (OVERDUE, DUE_SOON) else None


COLUMNS: list[Column[ReviewRow]] = [
    Column("Department", lambda r: r.department.name, width=220),
    Column("Head", lambda r: head_text(r.department), width=220),
    Column(
        "Next review due",
        lambda r: r.due.due.isoformat() if r.due else "nobody has access",
        sort_key=lambda r: r.due.due if r.due else None,
        tone=_tone,
        width=130,
    ),
    Column(
        "Countdown",
        lambda r: r.countdown,
        sort_key=lambda r: r.due.due if r.due else None,
        tone=_tone,
        width=130,
    ),
    Column(
        "Last review",
        _last,
        sort_key=lambda r: r.last.completed_on if r.last else None,
        width=200,
    ),
    Column("Under way", lambda r: r.under_way),
]


@dataclass(frozen=True, slots=True)
class LineRow:
    line: ReviewLineView
    since: str
    changed: str
    removed: str

    @property
    def id(self) -> int:
        return self.line.id


def _day(moment: datetime | None, tz: ZoneInfo) -> str:
    return "" if moment is None else moment.astimezone(tz).date().isoformat()


def line_rows(review: ReviewView, tz: ZoneInfo) -> list[LineRow]:
    return [
        LineRow(
            line,
            _day(line.since, tz),
            _day(line.last_password_change, tz) or "never recorded",
            short_moment(line.removed_at, tz),
        )
        for line in review.lines
    ]


def _decision(row: LineRow) -> str:
    decision = row.line.decision
    if decision == "remove":
        return f"remove (ended {row.removed})" if row.removed else "remove"
    return decision or "to decide"


LINE_COLUMNS: list[Column[LineRow]] = [
    Column("Account", lambda r: r.line.url, width=210, tooltip=True, address=True),
    Column("Person", lambda r: f"{r.line.person} ({r.line.employee_id})", width=190),
    Column("Role", lambda r: ROLES.get(r.line.role, r.line.role), width=105),
    Column("Since", lambda r: r.since, sort_key=lambda r: r.line.since, width=88),
    Column(
        "Agreement",
        lambda r: (
            f"signed {r.line.agreement_signed_on}" if r.line.agreement_signed_on else "not signed"
        ),
        width=125,
    ),
    Column(
        "Password changed",
        lambda r: r.changed,
        sort_key=lambda r: r.line.last_password_change,
        width=115,
    ),
    Column("Decision", _decision, width=140, tooltip=True),
    Column("Notes", lambda r: r.line.notes or "", tooltip=True),
]


def line_tone(row: LineRow) -> str | None:
    return "muted" if row.line.decision == "remove" else None
