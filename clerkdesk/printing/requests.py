"""The public-records request log (R17), for the council's annual report."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import landscape
from reportlab.platypus import Paragraph, Spacer

from .grid import grid_table
from .layout import MARGIN, PAGE, PrintHeader, build_pdf, para, styles, text


@dataclass(frozen=True)
class LogLine:
    number: str
    received: str
    requester: str
    summary: str
    accounts: str
    status: str
    closed: str
    days: str


@dataclass(frozen=True)
class RequestLogData:
    period: str
    totals: tuple[tuple[str, str], ...]  # (what, how many), e.g. ("Received", "14")
    lines: tuple[LogLine, ...]
    # The target's basis as Today shows it: "Wis. Stat.; 10 work days: DOJ guidance (practice)".
    basis: str = ""


def render_request_log(data: RequestLogData, header: PrintHeader, out: Path | BinaryIO) -> None:
    st = styles()
    page = landscape(PAGE)
    width = page[0] - 2 * MARGIN
    story: list[object] = [
        para("Public-records request log", st["title"]),
        para(data.period, st["subtitle"]),
        para(
            "Every request received in the period or still open in it, with the work days it "
            "took, counted as its target is (weekends and the city's holidays skipped; Wis. Stat. "
            "19.35(4): answered as soon as practicable and without delay)."
            + (f" The target's basis: {text(data.basis)}." if data.basis else ""),
            st["small"],
        ),
        Spacer(1, 6),
        grid_table(
            [what for what, _n in data.totals],
            [[n for _what, n in data.totals]],
            [width / max(1, len(data.totals))] * len(data.totals),
        ),
        Spacer(1, 10),
    ]
    head = ["Number", "Received", "Requester", "What is asked", "Accounts", "Status", "Closed"]
    head.append("Days")
    # A date in a column wide enough to stay on one line ("due Dec 14, 2026").
    fractions = [0.09, 0.10, 0.11, 0.19, 0.25, 0.08, 0.13, 0.05]
    rows: list[list[object]] = [
        [
            line.number,
            line.received,
            line.requester,
            line.summary,
            # One web address a line: they are too long to break anywhere else.
            Paragraph(
                "<br/>".join(text(url) for url in line.accounts.split()),
                st["body"].clone("urls", fontSize=8.5, leading=10.5),
            ),
            line.status,
            line.closed,
            line.days,
        ]
        for line in data.lines
    ]
    if rows:
        story.append(grid_table(head, rows, [f * width for f in fractions]))
    else:
        story.append(para("No requests in this period.", st["body"]))
    build_pdf(story, header, out, page)
