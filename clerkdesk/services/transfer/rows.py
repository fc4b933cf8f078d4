"""One way to plan a file's rows: each row read into the input its register's form gives and
planned by the register's own plan; a record's key on two lines of one file refused on the later
line; progress told every so many rows. Every kind's module plans its rows through these."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from ...core.validation import ZerosLost, zeros_lost_problem
from ..kernel.plans import Plan, Progress, RowsFile
from .csv_read import Row

# What a kind's module exports: its rows, in its columns' order.
Rows = Sequence[Sequence[Any]]


def plan_each(
    file: RowsFile,
    progress: Progress | None,
    read: Callable[[Row, dict[str, str]], Plan],
    column: str,
    message: str,
    fold: Callable[[str], str] = str.lower,
) -> list[tuple[Row, Plan]]:
    """Each row planned by `read` (which notes the problems of its cells in the dict it is
    given), then a key given on two lines refused on the later one (`message` names the first
    line) at `column`."""
    plans: list[tuple[Row, Plan]] = []
    for i, row in enumerate(file.rows):
        problems: dict[str, str] = {}
        plan = read(row, problems)
        plan.problems = {**plan.problems, **problems}
        plans.append((row, plan))
        tick(progress, i, len(file.rows))
    same_key(plans, column, message, fold)
    return plans


def same_key(
    plans: list[tuple[Row, Plan]],
    column: str,
    message: str,
    fold: Callable[[str], str] = str,
) -> None:
    """A record's key on two lines of one file: the later line is refused."""
    seen: dict[str, int] = {}
    for row, plan in plans:
        if not plan.key:
            continue
        key = fold(plan.key)
        if key in seen:
            plan.problems.setdefault(column, message.format(seen[key]))
        else:
            seen[key] = row.line


def tick(progress: Progress | None, i: int, total: int) -> None:
    if progress and i % 500 == 0:
        progress(i, total)


def words(text: str | None) -> tuple[str, ...]:
    """A cell of words separated by spaces (web addresses, notices, what an exception allows)."""
    return tuple((text or "").split())


def zeros_lost_check(
    existing: Iterable[str], whose: str
) -> Callable[[str, dict[str, str], str], None]:
    """A check of each new key of a file against `existing` and the file's earlier rows: one a
    spreadsheet stripped of its leading zeros (`123` for `00123`) is a problem at `column`."""
    kept = set(existing)
    numbers = ZerosLost()
    for key in kept:
        numbers.add(key)

    def check(key: str, problems: dict[str, str], column: str) -> None:
        if key not in kept and (other := numbers.original(key)) is not None:
            problems[column] = zeros_lost_problem(key, other, whose)
        numbers.add(key)

    return check
