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
        )
        .order_by(Account.url)
    )
    return session.execute(query).all()
