"""The records printouts: the public-records request log (R17) and the monthly moderation
report (R16). The data gathered here, the PDF made by `clerkdesk.printing.records` (imported
only when something is printed); each printout recorded in the audit log."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta
from pathlib import Path
from statistics import median

from ...core.dates import zone
from ...core.errors import ClerkDeskError
from ...core.records import OPEN, REMOVAL_CATEGORIES, REQUEST_STATUSES
from ...store.models.removals import Removal
from ..integrity.audit import Change
from ..kernel.common import city_row, profile_of
from ..kernel.database import Database
from ..kernel.files import write_recorded
from ..removals.writes import _views as removal_views
from ..terms.printouts import _header
from .writes import list_requests


def print_request_log(db: Database, start: date, end: date, out: Path) -> int:
    """The requests received from `start` through `end`, and those still open then; how many."""
    if end < start:
        raise ClerkDeskError(f"the period ends ({end}) before it starts ({start})")
    from ...printing.records import LogLine, RequestLogData, render_request_log

    requests = [
        r
        for r in list_requests(db)
        if start <= r.received_on <= end
        or (r.received_on < start and (r.closed_on is None or r.closed_on >= start))
    ]
    requests.sort(key=lambda r: (r.received_on, r.number))
    taken = [r.days_taken for r in requests if r.days_taken is not None]
    totals = (
        ("Received", str(sum(start <= r.received_on <= end for r in requests))),
        ("Closed", str(sum(r.closed_on is not None and r.closed_on <= end for r in requests))),
        ("Still open", str(sum(r.status == OPEN for r in requests))),
        ("Median work days taken", f"{median(taken):g}" if taken else "-"),
        ("Longest", str(max(taken)) if taken else "-"),
    )
    data = RequestLogData(
        period=f"{start.isoformat()} to {end.isoformat()}",
        totals=totals,
        lines=tuple(
            LogLine(
                number=r.number,
                received=r.received_on.isoformat(),
                requester=r.requester or "(anonymous)",
                summary=r.summary,
                accounts=" ".join(r.accounts) or "-",
                status=REQUEST_STATUSES[r.status],
                closed=r.closed_on.isoformat() if r.closed_on else f"due {r.due_on}",
                days=str(r.days_taken) if r.days_taken is not None else "",
            )
            for r in requests
        ),
    )
    title = f"Public-records request log, {start.isoformat()} to {end.isoformat()}"
    with db.reading() as session:
        header = _header(db, session, title)
    write_recorded(
        db,
        out,
        lambda partial: render_request_log(data, header, partial),
        Change(
            "request.print",
            "records_request",
            f"{start}/{end}",
            f"Printed the public-records request log {start} to {end} to {out}",
            {"requests": len(requests), "file": str(out)},
        ),
    )
    return len(requests)


def print_moderation_report(db: Database, month: date, out: Path) -> int:
    """The removals of the month that `month` falls in; how many."""
    from ...printing.records import ModerationData, render_moderation_report

    first = month.replace(day=1)
    after = (first + timedelta(days=32)).replace(day=1)
    with db.reading() as session:
        tz = zone(profile_of(city_row(session)).timezone)
        begin = datetime.combine(first, time(0), tz)
        stop = datetime.combine(after, time(0), tz)
        removals = removal_views(
            session, (Removal.removed_at >= begin) & (Removal.removed_at < stop)
        )
        header = _header(db, session, f"Moderation report, {first:%B %Y}")

    def counted(values: list[str]) -> tuple[tuple[str, int], ...]:
        return tuple(sorted(Counter(values).items(), key=lambda item: (-item[1], item[0])))

    repeats = {(r.account_url, r.poster): r for r in removals if r.repeat >= 2}
    data = ModerationData(
        month=f"{first:%B %Y}",
        total=len(removals),
        by_account=counted([r.account_url for r in removals]),
        by_category=counted([REMOVAL_CATEGORIES.get(r.category, r.category) for r in removals]),
        by_staff=counted([f"{r.staff} ({r.staff_employee_id})" for r in removals]),
        repeat_violators=tuple(
            (url, poster, r.repeat, r.decision or "no decision recorded yet")
            for (url, poster), r in sorted(repeats.items())
        ),
    )
    write_recorded(
        db,
        out,
        lambda partial: render_moderation_report(data, header, partial),
        Change(
            "removal.print",
            "removal",
            f"{first:%Y-%m}",
            f"Printed the moderation report of {first:%B %Y} to {out}",
            {"removals": len(removals), "file": str(out)},
        ),
    )
    return len(removals)
