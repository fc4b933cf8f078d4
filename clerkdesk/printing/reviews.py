"""The access-review worksheet (R7) a department head marks, signs and returns: every person
with access to the department's accounts, with Keep / Remove boxes and room for notes.
Landscape, the table's header repeated on every page; columns as wide as what they hold, no
word cut in two (a web address breaks after / or .), and the signature block never alone on
a page: it stays with the table's last rows."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from .layout import (
    MARGIN,
    PAGE,
    RULE,
    PrintHeader,
    TickBox,
    build_pdf,
    column_widths,
    para,
    styles,
    text,
    url_lines,
    widest_word,
)
from .paper import signature_block

COLUMNS = (
    "Account",
    "Person",
    "Role",
    "Since",
    "Agreement signed",
    "Password changed",
    "Keep",
    "Remove",
    "Notes",
)
KEEP, REMOVE, NOTES = 6, 7, 8
# The table's last rows that the signature block keeps with it on one page.
KEPT_WITH_SIGNATURE = 3


@dataclass(frozen=True)
class WorksheetLine:
    account: str
    platform: str
    person: str
    employee_id: str
    role: str
    since: str
    agreement: str
    last_change: str


@dataclass(frozen=True)
class WorksheetData:
    department: str
    number: int
    started_on: str
    head: str | None
    office: str
    lines: tuple[WorksheetLine, ...]
    return_by: str = ""  # the day the signed worksheet is due back
    clerk: str = ""  # who it goes back to, and how to reach them
    clerk_contact: str = ""
    # The review's basis as Today shows it: "Stoughton policy; every 180 days: ClerkDesk's figure".
    basis: str = ""


def _instructions(data: WorksheetData) -> str:
    """What to do, and the day and person to return it to, in bold where the eye looks."""
    back = text(f"the {data.office}")
    if data.clerk:
        back = f"<b>{text(data.clerk)}</b>, {text(data.office)}"
        if data.clerk_contact:
            back += f" ({text(data.clerk_contact)})"
    when = f" <b>by {text(data.return_by)}</b>" if data.return_by else ""
    return (
        "For each line, tick Keep if the person still needs this access for their duties, "
        "or Remove if not, and add a note where useful. Sign and date below and return the "
        f"worksheet{when} to {back}. Removed access ends when it is recorded, and the "
        "account's password is then changed."
        + (f" The review's basis: {text(data.basis)}." if data.basis else "")
    )


def render_worksheet(data: WorksheetData, header: PrintHeader, out: Path | BinaryIO) -> None:
    st = styles()
    page = landscape(PAGE)
    width = page[0] - 2 * MARGIN
    cell = st["body"].clone("cell", fontSize=8.5, leading=10.5, splitLongWords=0)
    head_style = st["label"].clone("head", splitLongWords=0)
    story: list[Any] = [
        para("Access review worksheet", st["title"]),
        para(f"{data.department}: review {data.number}, started {data.started_on}", st["subtitle"]),
        Paragraph(_instructions(data), st["small"]),
        Spacer(1, 8),
    ]
    widths = _widths(data, cell, head_style, width)
    rows: list[list[Any]] = [[para(c, head_style) for c in COLUMNS]]
    for line in data.lines:
        rows.append(
            [
                Paragraph(
                    f"{url_lines(line.account, cell, widths[0] - 8)} ({text(line.platform)})",
                    cell,
                ),
                para(f"{line.person} ({line.employee_id})", cell),
                para(line.role, cell),
                para(line.since, cell),
                para(line.agreement, cell),
                para(line.last_change, cell),
                TickBox(),
                TickBox(),
                "",
            ]
        )
    last = len(rows) - 1
    rows.append(
        [
            signature_block("Department head", data.head or "", width, st["small"]),
            *[""] * (len(COLUMNS) - 1),
        ]
    )
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.9, RULE),
                ("LINEBELOW", (0, 1), (-1, last), 0.3, colors.HexColor("#aaaaaa")),
                ("ROWBACKGROUNDS", (0, 1), (-1, last), [colors.white, colors.HexColor("#f3f6fa")]),
                ("LINEBEFORE", (NOTES, 1), (NOTES, last), 0.3, colors.HexColor("#aaaaaa")),
                ("ALIGN", (KEEP, 0), (REMOVE, -1), "CENTER"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                # The signature block spans the table and is never split from its last rows.
                ("SPAN", (0, last + 1), (-1, last + 1)),
                ("TOPPADDING", (0, last + 1), (-1, last + 1), 14),
                ("NOSPLIT", (0, max(1, last + 1 - KEPT_WITH_SIGNATURE)), (-1, last + 1)),
            ]
        )
    )
    story.append(table)
    build_pdf(story, header, out, page)


def _widths(data: WorksheetData, cell: Any, head: Any, width: float) -> list[float]:
    """Widths that follow the content; Keep and Remove as wide as their headings, Notes wide
    enough to write in by hand."""
    plain = [
        [
            line.account.replace("/", "/ ").replace(".", ". ") + f" ({line.platform})",
            f"{line.person} ({line.employee_id})",
            line.role,
            line.since,
            line.agreement,
            line.last_change,
        ]
        for line in data.lines
    ]
    # Headings wrap at spaces only: each column is at least as wide as a heading's word.
    heads = [widest_word(c, head.fontName, head.fontSize) + 10 for c in COLUMNS]
    notes = 1.6 * inch  # room to write a few words by hand
    rest = width - heads[KEEP] - heads[REMOVE] - notes
    widths = column_widths(plain, cell.fontName, cell.fontSize, rest, least=heads[:KEEP])
    return [*widths, heads[KEEP], heads[REMOVE], notes]
