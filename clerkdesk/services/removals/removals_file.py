"""The `removals` file kind (INTERFACE.md): each row planned as the removal form's input is,
matched by account and moment (an archiver's export, renamed to these columns); and the
removals exported in the same columns."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.dates import parse_moment
from ...core.errors import ClerkDeskError
from ...store.models.accounts import Account
from ...store.models.people import Person
from ...store.models.removals import Removal
from ..kernel.plans import Plan, Progress, RowsFile
from ..transfer.csv_read import Row
from ..transfer.rows import Rows
from .lookups import RemovalLookups
from .writes import RemovalInput, plan_removal

MODEL, KEY = Removal, None


def _moment(row: Row, column: str, tz: ZoneInfo, problems: dict[str, str]) -> datetime | None:
    text = row.cells.get(column)
    if not text:
        return None
    if "T" not in text and ":" not in text:
        problems[column] = f"{text!r} has no time of day (use YYYY-MM-DDTHH:MM)"
        return None
    try:
        moment = parse_moment(text.replace(" ", "T", 1), tz)
    except ClerkDeskError as exc:
        problems[column] = exc.message
        return None
    if not 1900 <= moment.year <= 2200:
        problems[column] = f"{text!r}: a year before 1900 or after 2200 is a mistake"
        return None
    return moment


def plan(file: RowsFile, progress: Progress | None) -> list[tuple[Row, Plan]]:
    planning = file.planning
    lookups = RemovalLookups(planning)
    plans = []
    for row in file.rows:
        c = row.cells
        problems: dict[str, str] = {}
        data = RemovalInput(
            account_url=c["account_url"] or "",
            removed_at=_moment(row, "removed_at", planning.tz, problems),
            poster=c["poster"] or "",
            content=c["content"] or "",
            category=c["category"] or "",
            action=c["action"] or "",
            staff_employee_id=c["staff_employee_id"] or "",
            action_reason=c.get("action_reason"),
            evidence=c.get("evidence"),
        )
        if problems:
            # A moment that cannot be read: the row's other cells are still checked.
            data = RemovalInput(**{**vars(data), "removed_at": planning.now})
        plan = plan_removal(lookups, data)
        plan.problems = {**plan.problems, **problems}
        plans.append((row, plan))
    return plans


def rows(session: Session, tz: ZoneInfo) -> Rows:
    rows = session.execute(
        select(Removal, Account.url, Person.employee_id)
        .join(Account, Account.id == Removal.account_id)
        .join(Person, Person.id == Removal.staff_person_id)
        .order_by(Account.url, Removal.removed_at)
    )
    return [
        (
            url,
            r.removed_at.astimezone(tz).isoformat(timespec="minutes"),
            r.poster,
            r.content,
            r.category,
            r.action,
            employee_id,
            r.evidence,
            r.action_reason,
        )
        for r, url, employee_id in rows
    ]
