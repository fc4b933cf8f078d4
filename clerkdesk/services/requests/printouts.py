"""The records printouts: the public-records request log (R17) and the monthly moderation
report (R16). The data gathered here, the PDF made by `clerkdesk.printing.requests` (imported
only when something is printed); each printout recorded in the audit log."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from statistics import median

from ...core.dates import long_date, short_date
from ...core.errors import ClerkDeskError
from ...core.records import OPEN, REQUEST_STATUSES
from ...core.vocabulary import Basis
from ..integrity.audit import Change
from ..kernel.common import city_row, profile_of
from ..kernel.database import Database
from ..kernel.files import write_recorded
from ..kernel.printouts import print_header
from .writes import list_requests


def print_request_log(db: Database, start: date, end: date, out: Path) -> int:
    """The requests received from `start` through `end`, and those still open then; how many."""
    if end < start:
        raise ClerkDeskError(f"the period ends ({end}) before it starts ({start})")
    from ...printing.requests import LogLine, RequestLogData, render_request_log

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
        period=f"{long_date(start)} to {long_date(end)}",
        totals=totals,
        lines=tuple(
            LogLine(
                number=r.number,
                received=short_date(r.received_on),
                requester=r.requester or "(anonymous)",
                summary=r.summary,
                accounts=" ".join(r.accounts) or "-",
                status=REQUEST_STATUSES[r.status],
                closed=short_date(r.closed_on) if r.closed_on else f"due {short_date(r.due_on)}",
                days=str(r.days_taken) if r.days_taken is not None else "",
            )
            for r in requests
        ),
    )
    title = f"Public-records request log, {long_date(start)} to {long_date(end)}"
    with db.reading() as session:
        header = print_header(db, session, title)
        profile = profile_of(city_row(session))
    data = replace(data, basis=profile.basis_label(Basis.LAW, "R17", "records-request"))
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
