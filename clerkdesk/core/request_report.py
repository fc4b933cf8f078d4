"""The annual report of public-records requests (R17) for the council: how many were received
and answered in a year, the median of the work days an answer took, the denials by their
reasons, and how many were still open at the year's end. Computed here once; the printout and
the command line read it. The work days themselves are counted as a request's target counts
them (`dates.work_days_between`), by whoever builds the rows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from statistics import median

from .records import DENIALS, OPEN, WITHDRAWN

NO_REASONS = "(reasons not recorded)"


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One request as the report reads it."""

    received_on: date
    closed_on: date | None
    status: str
    reasons: str | None
    days_taken: int | None  # work days from its receipt to its answer; None while open


@dataclass(frozen=True, slots=True)
class RequestReport:
    year: int
    received: int  # received in the year
    answered: int  # granted, partly granted or denied in the year
    withdrawn: int  # withdrawn in the year
    median_days: float | None  # of those answered in the year; None when none was
    longest_days: int | None
    denials: tuple[tuple[str, int], ...]  # (reasons, how many), most first, then by reasons
    open_at_end: int  # received by the year's end and not closed by it


def request_report(year: int, rows: Iterable[ReportRow]) -> RequestReport:
    """The year's figures. A request answered in the year counts there whenever it was
    received; one received in an earlier year and still open at this one's end is open."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    received = answered = withdrawn = still_open = 0
    taken: list[int] = []
    reasons: Counter[str] = Counter()
    for row in rows:
        if first <= row.received_on <= last:
            received += 1
        if row.received_on <= last and (row.closed_on is None or row.closed_on > last):
            still_open += 1
        if row.closed_on is None or not first <= row.closed_on <= last or row.status == OPEN:
            continue
        if row.status == WITHDRAWN:
            withdrawn += 1
            continue
        answered += 1
        if row.days_taken is not None:
            taken.append(row.days_taken)
        if row.status in DENIALS:
            reasons[" ".join((row.reasons or "").split()) or NO_REASONS] += 1
    return RequestReport(
        year=year,
        received=received,
        answered=answered,
        withdrawn=withdrawn,
        median_days=median(taken) if taken else None,
        longest_days=max(taken) if taken else None,
        denials=tuple(sorted(reasons.items(), key=lambda item: (-item[1], item[0].casefold()))),
        open_at_end=still_open,
    )
