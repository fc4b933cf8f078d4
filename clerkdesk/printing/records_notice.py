"""The office's public notice of its records (Wis. Stat. 19.34) and the annual report of
records requests (R17) for the council. Plain data in, a PDF out; gathered in
`clerkdesk.services.requests.notice`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer

from .grid import grid_table
from .layout import MARGIN, PAGE, PrintHeader, build_pdf, para, styles, text

WIDTH = PAGE[0] - 2 * MARGIN


def lines(value: str, style: ParagraphStyle) -> Paragraph:
    """A text the city typed, its lines kept."""
    return Paragraph("<br/>".join(text(line) for line in value.splitlines()), style)


@dataclass(frozen=True)
class NoticeCustodian:
    name: str
    title: str
    contact: str
    accounts: tuple[str, ...]  # "Facebook @stoughtonparks", one an account


@dataclass(frozen=True)
class NoticeData:
    city: str  # "City of Stoughton"
    records_office: str  # the office that answers requests
    office_hours: str  # "" when the city has not entered them
    contact: str  # where and how to ask; "" when not entered
    custodians: tuple[NoticeCustodian, ...]
    response_days: int
    # Whose the target is where it is not the statute's ("DOJ guidance (practice)"); "" where it is.
    response_source: str = ""


def render_records_notice(data: NoticeData, header: PrintHeader, out: Path | BinaryIO) -> None:
    st = styles()
    missing = "(not recorded: enter it in Settings, Public records)"
    story: list[object] = [
        para("Public records: how to ask for them", st["title"]),
        para(f"{data.city}: notice under Wis. Stat. 19.34", st["subtitle"]),
        para(
            "Any person may ask to inspect or copy a record of the city. A request may be made "
            "orally or in writing, to the office below or to the custodian of the record; it "
            "need not say who asks or why. It is answered as soon as practicable and without "
            "delay (Wis. Stat. 19.35(4)(a)); the office aims to answer within "
            f"{data.response_days} work days"
            + (f" ({text(data.response_source)})" if data.response_source else "")
            + ". A denial is in writing, gives its reasons and "
            "says how it can be reviewed (Wis. Stat. 19.35(4)(b)).",
            st["body"],
        ),
        Spacer(1, 8),
        para("Where to ask", st["heading"]),
        para(data.records_office, st["value"]),
        lines(data.contact or missing, st["body"]),
        Spacer(1, 6),
        para("When the office is open to the public", st["heading"]),
        lines(data.office_hours or missing, st["body"]),
        Spacer(1, 6),
        para("Custodians of the city's social media accounts", st["heading"]),
    ]
    cell = st["body"].clone("cell", fontSize=8.5, leading=10.5)
    rows: list[list[object]] = [
        [c.name, c.title or "-", c.contact or "-", lines("\n".join(c.accounts), cell)]
        for c in data.custodians
    ]
    if rows:
        story.append(
            grid_table(
                ["Custodian", "Title", "Contact", "Accounts"],
                rows,
                [f * WIDTH for f in (0.18, 0.17, 0.31, 0.34)],
            )
        )
    else:
        story.append(para("No account has a custodian designated.", st["body"]))
    story.append(Spacer(1, 8))
    story.append(
        para(
            "Fees: the city may charge the actual, necessary and direct cost of copies, and of "
            "locating a record when that costs $50 or more (Wis. Stat. 19.35(3)).",
            st["small"],
        )
    )
    build_pdf(story, header, out, PAGE)


@dataclass(frozen=True)
class ReportData:
    year: int
    figures: tuple[tuple[str, str], ...]  # (what, value)
    denials: tuple[tuple[str, str], ...]  # (reasons, how many)
    basis: str  # how the days are counted


def render_request_report(data: ReportData, header: PrintHeader, out: Path | BinaryIO) -> None:
    st = styles()
    story: list[object] = [
        para(f"Public-records requests in {data.year}", st["title"]),
        para("Annual report to the council", st["subtitle"]),
        para(data.basis, st["small"]),
        Spacer(1, 8),
        grid_table(
            ["", "In the year"], [list(f) for f in data.figures], [0.7 * WIDTH, 0.3 * WIDTH]
        ),
        Spacer(1, 12),
        para("Denials by their reasons", st["heading"]),
    ]
    if data.denials:
        story.append(
            grid_table(
                ["Reasons given", "Requests"],
                [list(d) for d in data.denials],
                [0.8 * WIDTH, 0.2 * WIDTH],
            )
        )
    else:
        story.append(para("No request was denied, in whole or in part, in the year.", st["body"]))
    build_pdf(story, header, out, PAGE)
