"""The files of the clerk's other duties: `elections`, `candidates`, `exceptions` and
`site-checks`. Each row is read into the input its form gives and planned by the register's own
plan."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.validation import ZerosLost, zeros_lost_problem
from ...store.duties_models import Election, PolicyException
from ..elections.writes import CandidateInput, ElectionInput, plan_candidate, plan_election
from ..exceptions.writes import ExceptionInput, exception_rows, plan_exception
from ..kernel.plans import Plan, Progress, RowsFile
from ..site_checks.writes import SiteCheckInput, plan_site_check, site_check_rows
from .csv_read import Row, cell_date


def _words(text: str | None) -> tuple[str, ...]:
    return tuple((text or "").split())


def _plans(
    file: RowsFile,
    progress: Progress | None,
    read: Callable[[Row, dict[str, str]], Plan],
    column: str,
    message: str,
) -> list[tuple[Row, Plan]]:
    plans: list[tuple[Row, Plan]] = []
    seen: dict[str, int] = {}
    for row in file.rows:
        problems: dict[str, str] = {}
        plan = read(row, problems)
        plan.problems = {**plan.problems, **problems}
        folded = plan.key.lower()
        if plan.key and folded in seen and not plan.problems:
            plan.problems[column] = message.format(seen[folded])
        seen.setdefault(folded, row.line)
        plans.append((row, plan))
    if progress:
        progress(len(plans), len(plans))
    return plans


def elections(file: RowsFile, progress: Progress | None) -> list[tuple[Row, Plan]]:
    planning = file.planning
    existing = {e.name.lower(): e for e in planning.session.execute(select(Election)).scalars()}

    def read(row: Row, problems: dict[str, str]) -> Plan:
        c = row.cells
        data = ElectionInput(
            c["name"] or "",
            cell_date(row, "papers_from", problems),
            cell_date(row, "election_on", problems),
            given=frozenset(c),
        )
        return plan_election(planning, data, existing.get((c["name"] or "").lower()))

    return _plans(file, progress, read, "name", "the same election as line {}")


def candidates(file: RowsFile, progress: Progress | None) -> list[tuple[Row, Plan]]:
    planning = file.planning

    def read(row: Row, problems: dict[str, str]) -> Plan:
        c = row.cells
        data = CandidateInput(
            c["election"] or "",
            c["employee_id"] or "",
            cell_date(row, "until_on", problems),
            given=frozenset(c),
        )
        return plan_candidate(planning, data, None)

    return _plans(file, progress, read, "employee_id", "the same candidate as line {}")


def exceptions(file: RowsFile, progress: Progress | None) -> list[tuple[Row, Plan]]:
    planning = file.planning
    existing = {e.number: e for e in planning.session.execute(select(PolicyException)).scalars()}
    numbers = ZerosLost()
    for number in existing:
        numbers.add(number)

    def read(row: Row, problems: dict[str, str]) -> Plan:
        c = row.cells
        number = (c["number"] or "").strip()
        if number not in existing and (other := numbers.original(number)) is not None:
            problems["number"] = zeros_lost_problem(number, other, "another exception")
        numbers.add(number)
        data = ExceptionInput(
            number=c["number"] or "",
            summary=c["summary"] or "",
            office=c["office"] or "",
            approved_by=c.get("approved_by"),
            approved_on=cell_date(row, "approved_on", problems),
            expires_on=cell_date(row, "expires_on", problems),
            accounts=_words(c.get("accounts")),
            allows=_words(c.get("allows")),
            given=frozenset(c),
        )
        return plan_exception(planning, data, existing.get((c["number"] or "").strip()))

    return _plans(file, progress, read, "number", "the same exception as line {}")


def site_checks(file: RowsFile, progress: Progress | None) -> list[tuple[Row, Plan]]:
    planning = file.planning

    def read(row: Row, problems: dict[str, str]) -> Plan:
        c = row.cells
        data = SiteCheckInput(
            account_url=c["account_url"] or "",
            checked_on=cell_date(row, "checked_on", problems),
            checked_by_employee_id=c["checked_by_employee_id"] or "",
            notices=_words(c.get("notices")),
            direct_messages=c.get("direct_messages") or "off",
            mfa=c.get("mfa") or "on",
            last_post_on=cell_date(row, "last_post_on", problems),
            archived_in=c.get("archived_in"),
            given=frozenset(c),
        )
        return plan_site_check(planning, data, None)

    return _plans(file, progress, read, "checked_on", "the same account and day as line {}")


def _elections_rows(session: Session, tz: Any) -> list[tuple[Any, ...]]:
    return [
        tuple(r)
        for r in session.execute(
            select(Election.name, Election.papers_from, Election.election_on).order_by(
                Election.name
            )
        )
    ]


def _candidates_rows(session: Session, tz: Any) -> list[tuple[Any, ...]]:
    from ..elections.writes import candidate_query

    rows = session.execute(candidate_query().order_by(Election.name))
    return [(r[2], r[4], r[8]) for r in rows]


DUTY_EXPORTS: dict[str, Callable[[Session, Any], Any]] = {
    "elections": _elections_rows,
    "candidates": _candidates_rows,
    "exceptions": exception_rows,
    "site-checks": site_check_rows,
}
