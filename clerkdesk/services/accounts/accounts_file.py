"""The `accounts` file kind (INTERFACE.md): each row planned as the account form's input is,
with the approval it records, matched by web address; and the accounts exported in the same
columns."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from ...store.models.accounts import Account, Approval
from ...store.models.departments import Department
from ..kernel.inputs import AccountInput, ApprovalInput
from ..kernel.plans import Plan, Progress, RowsFile
from ..transfer.csv_read import Row, cell_date
from ..transfer.rows import Rows, same_key, tick
from .views import account_query
from .writes import plan_account

MODEL, KEY = Account, Account.url


def plan(file: RowsFile, progress: Progress | None) -> list[tuple[Row, Plan]]:
    planning = file.planning
    plans = []
    for i, row in enumerate(file.rows):
        c = row.cells
        problems: dict[str, str] = {}
        data = AccountInput(
            url=c["url"] or "",
            platform=(c["platform"] or "").lower(),
            department=c["department"] or "",
            handle=c.get("handle"),
            purpose=c.get("purpose"),
            city_email=c.get("city_email"),
            status=(c["status"] or "").lower(),
            given=frozenset(c),
            tool_approved_by=c.get("tool_approved_by"),
            tool_approved_on=cell_date(row, "tool_approved_on", problems),
            archived_in=c.get("archived_in"),
            archive_comments=_yes_no(c, "archive_comments", problems),
            archive_messages=_yes_no(c, "archive_messages", problems),
            archive_subscribers=_yes_no(c, "archive_subscribers", problems),
            archive_captured_on=cell_date(row, "archive_captured_on", problems),
            discontinued_on=cell_date(row, "discontinued_on", problems),
            discontinue_reason=c.get("discontinue_reason"),
        )
        approval = ApprovalInput(
            authority=(c.get("authority") or "").lower(),
            approved_by=c.get("approved_by") or "",
            approved_on=cell_date(row, "approved_on", problems),
            reference=c.get("reference"),
        )
        plan = plan_account(planning, data, match=True, approval=approval)
        plan.problems = {**plan.problems, **problems}
        plans.append((row, plan))
        tick(progress, i, len(file.rows))
    same_key(plans, "url", "the same account as line {}")
    return plans


def _yes_no(cells: dict[str, str | None], name: str, problems: dict[str, str]) -> bool | None:
    """`yes`, `no`, or blank: not recorded (INTERFACE.md)."""
    said = (cells.get(name) or "").strip().lower()
    if said not in ("", "yes", "no"):
        problems[name] = "`yes`, `no` or blank"
    return None if said not in ("yes", "no") else said == "yes"


def _said(value: object) -> object:
    return ("yes" if value else "no") if isinstance(value, bool) else value


def rows(session: Session, tz: ZoneInfo) -> Rows:
    query = (
        account_query()
        .with_only_columns(
            Account.url,
            Account.platform,
            Account.handle,
            Department.name,
            Account.purpose,
            Account.city_email,
            Account.status,
            Approval.authority,
            Approval.approved_by,
            Approval.approved_on,
            Approval.reference,
            Account.tool_approved_by,
            Account.tool_approved_on,
            Account.archived_in,
            Account.discontinued_on,
            Account.discontinued_reason,
            Account.archive_comments,
            Account.archive_messages,
            Account.archive_subscribers,
            Account.archive_captured_on,
        )
        .order_by(Account.url)
    )
    return [tuple(_said(v) for v in row) for row in session.execute(query).all()]
