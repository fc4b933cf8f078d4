"""The access-review worksheet (R7) a department head marks, signs and returns: every person
with access to the department's accounts, with Keep / Remove boxes and room for notes.
Landscape, the table's header repeated on every page."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import inch
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from .layout import MARGIN, PAGE, RULE, NumberedCanvas, PrintHeader, para, styles

BOX = "\u2610"  # an empty check box


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


def render_worksheet(data: WorksheetData, header: PrintHeader, out: Path | BinaryIO) -> None:
    st = styles()
    page = landscape(PAGE)
    width = page[0] - 2 * MARGIN
    small, cell = st["small"], st["body"].clone("cell", fontSize=8.5, leading=10.5)
    head_style = st["label"]
    story: list[object] = [
        para("Access review worksheet", st["title"]),
        para(f"{data.department}: review {data.number}, started {data.started_on}", st["subtitle"]),
        para(
            "For each line, tick Keep if the person still needs this access for their duties, "
            "or Remove if not, and add a note where useful. Sign and date below and return the "
            f"worksheet to the {data.office}. Removed access ends when it is recorded, and the "
            "account's password is then changed.",
            small,
        ),
        Spacer(1, 8),
    ]
    columns = [
        "Account",
        "Person",
        "Role",
        "Since",
        "Agreement signed",
        "Password changed",
        "Keep",
        "Remove",
        "Notes",
    ]
    fractions = [0.195, 0.15, 0.09, 0.09, 0.10, 0.10, 0.055, 0.07, 0.15]
    rows: list[list[object]] = [[para(c, head_style) for c in columns]]
    for line in data.lines:
        rows.append(
            [
                para(f"{line.account} ({line.platform})", cell),
                para(f"{line.person} ({line.employee_id})", cell),
                para(line.role, cell),
                para(line.since, cell),
                para(line.agreement, cell),
                para(line.last_change, cell),
                para(BOX, st["value"]),
                para(BOX, st["value"]),
                "",
            ]
        )
    table = Table(rows, colWidths=[f * width for f in fractions], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.9, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#aaaaaa")),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f6fa")]),
                ("ALIGN", (6, 0), (7, -1), "CENTER"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story.append(table)
    signature = Table(
        [
            [para("Department head", small), "", para(data.head or "", small), ""],
            ["", para("Signature", small), para("Printed name", small), para("Date", small)],
        ],
        colWidths=[0.18 * width, 0.37 * width, 0.3 * width, 0.15 * width],
    )
    signature.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (-1, 0), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, 0), 0.3 * inch),
            ]
        )
    )
    story.append(KeepTogether([Spacer(1, 14), signature]))
    target = str(out) if isinstance(out, Path) else out
    doc = SimpleDocTemplate(
        target,
        pagesize=page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=0.85 * inch,
        bottomMargin=0.8 * inch,
        title=header.title,
        author=header.office,
        creator="ClerkDesk",
    )

    class Canvas(NumberedCanvas):
        pass

    Canvas.header = header
    doc.build(story, canvasmaker=Canvas)
