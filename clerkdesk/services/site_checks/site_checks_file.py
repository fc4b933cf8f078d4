"""The `site-checks` file kind (INTERFACE.md): each row planned as the site-check form's input
is, matched by account and day; and the checks exported in the same columns
(`writes.site_check_rows`)."""

from __future__ import annotations

from ...store.models.site_checks import SiteCheck
from ..kernel.plans import Plan, Progress, RowsFile
from ..transfer.csv_read import Row, cell_date
from ..transfer.rows import plan_each, words
from .writes import SiteCheckInput, accessibility_read, plan_site_check
from .writes import site_check_rows as rows

MODEL, KEY = SiteCheck, None

__all__ = ["KEY", "MODEL", "plan", "rows"]


def plan(file: RowsFile, progress: Progress | None) -> list[tuple[Row, Plan]]:
    planning = file.planning

    def read(row: Row, problems: dict[str, str]) -> Plan:
        c = row.cells
        data = SiteCheckInput(
            account_url=c["account_url"] or "",
            checked_on=cell_date(row, "checked_on", problems),
            checked_by_employee_id=c["checked_by_employee_id"] or "",
            notices=words(c.get("notices")),
            direct_messages=c.get("direct_messages") or "off",
            mfa=c.get("mfa") or "on",
            last_post_on=cell_date(row, "last_post_on", problems),
            archived_in=c.get("archived_in"),
            accessible=accessibility_read(c.get("accessibility")),
            monitored_daily=c.get("monitored_daily"),
            answered_48h=c.get("answered_48h"),
            monitored_as_directed=c.get("monitored_as_directed"),
            given=frozenset(c) | ({"accessible"} if "accessibility" in c else set()),
        )
        return plan_site_check(planning, data, None)

    return plan_each(file, progress, read, "checked_on", "the same account and day as line {}")
