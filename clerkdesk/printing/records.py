"""The public-records request log (R17), for the council's annual report, and the monthly
moderation report of removed content (R16), for the department head."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from .layout import MARGIN, PAGE, RULE, PrintHeader, build_pdf, para, styles, text


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


@dataclass(frozen=True)
class ModerationData:
    month: str
    total: int
    by_account: tuple[tuple[str, int], ...]
    by_category: tuple[tuple[str, int], ...]
    by_staff: tuple[tuple[str, int], ...]
    repeat_violators: tuple[tuple[str, str, int, str], ...]  # account, poster, count, decision


_GRID = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, 0), 0.9, RULE),
    ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#aaaaaa")),
    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f6fa")]),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
]


def _table(head: list[str], rows: list[list[object]], widths: list[float]) -> Table:
    st = styles()
    cell = st["body"].clone("cell", fontSize=8.5, leading=10.5)
    data: list[list[object]] = [[para(h, st["label"]) for h in head]]
    data += [[v if isinstance(v, Paragraph) else para(v, cell) for v in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(_GRID))
    return table


def _build(story: list[object], header: PrintHeader, out: Path | BinaryIO, page: object) -> None:
    build_pdf(story, header, out, page)


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
            "19.35(4): answered as soon as practicable and without delay).",
            st["small"],
        ),
        Spacer(1, 6),
        _table(
            [what for what, _n in data.totals],
            [[n for _what, n in data.totals]],
            [width / max(1, len(data.totals))] * len(data.totals),
        ),
        Spacer(1, 10),
    ]
    head = ["Number", "Received", "Requester", "What is asked", "Accounts", "Status", "Closed"]
    head.append("Days")
    fractions = [0.09, 0.09, 0.12, 0.22, 0.25, 0.09, 0.09, 0.05]
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
        story.append(_table(head, rows, [f * width for f in fractions]))
    else:
        story.append(para("No requests in this period.", st["body"]))
    _build(story, header, out, page)


def render_moderation_report(
    data: ModerationData, header: PrintHeader, out: Path | BinaryIO
) -> None:
    st = styles()
    width = PAGE[0] - 2 * MARGIN
    story: list[object] = [
        para("Moderation report", st["title"]),
        para(f"{data.month}: {data.total:,} removal(s) of content", st["subtitle"]),
        para(
            "Content removed from the city's accounts is kept with when it was removed, whose it "
            "was, who removed it and why (R16). A poster removed twice from one account may be "
            "blocked; the decision is recorded.",
            st["small"],
        ),
    ]
    for title, pairs in (
        ("By account", data.by_account),
        ("By category", data.by_category),
        ("By staff member", data.by_staff),
    ):
        story.append(para(title, st["heading"]))
        if pairs:
            rows: list[list[object]] = [[name, f"{n:,}"] for name, n in pairs]
            story.append(_table(["", "Removals"], rows, [0.8 * width, 0.2 * width]))
        else:
            story.append(para("None.", st["body"]))
    story.append(para("Repeat violators", st["heading"]))
    if data.repeat_violators:
        rows = [[a, p, f"{n:,}", d] for a, p, n, d in data.repeat_violators]
        widths = [0.36 * width, 0.19 * width, 0.13 * width, 0.32 * width]
        story.append(_table(["Account", "Poster", "Removals", "Decision"], rows, widths))
    else:
        story.append(para("None.", st["body"]))
    _build(story, header, out, PAGE)
