"""The Authorized User Agreement (R6): one per person and account, printed for signing on paper.
It never carries a password; it says where the credential is kept."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from .layout import (
    MARGIN,
    PAGE,
    RULE,
    NumberedCanvas,
    PrintHeader,
    height_of,
    para,
    styles,
    text,
)

Progress = Callable[[int, int], None]

TOP, BOTTOM = 0.85 * inch, 0.8 * inch
# A form for signing belongs on one page: long names step down to a compact style.
SCALES = (1.0, 0.92, 0.85)


@dataclass(frozen=True)
class AgreementData:
    city: str
    office: str
    name: str
    employee_id: str
    title: str | None
    department: str | None
    division: str | None
    role: str
    platform: str
    handle: str | None
    url: str
    username: str | None
    clauses: tuple[str, ...]
    credential_note: str
    # The rows of the two who sign beside the user, in the words of the city's form (where
    # the policy approves each user in two steps: "Approved by …"), and the names of those
    # who approved, once recorded.
    director_label: str = "Department director"
    office_label: str = ""  # blank: "For the" office
    director_name: str = ""
    office_name: str = ""


def render_agreements(
    items: Sequence[AgreementData],
    header: PrintHeader,
    out: Path | BinaryIO,
    progress: Progress | None = None,
) -> None:
    """Write the agreements, each starting on its own page, to one PDF."""
    if not items:
        raise ValueError("no agreements to print")
    story: list[object] = []
    for i, item in enumerate(items):
        if i:
            story.append(PageBreak())
        story.extend(_fitted(item))
        if progress:
            progress(i + 1, len(items))
    doc = SimpleDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=header.title,
        author=header.office,
        subject=f"{header.city}: {header.title}",
        creator="ClerkDesk",
    )

    class Canvas(NumberedCanvas):
        pass

    Canvas.header = header
    doc.build(story, canvasmaker=Canvas)


def _fitted(item: AgreementData) -> list[object]:
    width = PAGE[0] - 2 * MARGIN
    room = PAGE[1] - TOP - BOTTOM - 12  # the frame's own padding
    story: list[object] = []
    for scale in SCALES:
        story = _agreement(item, styles(scale))
        if height_of(story, width - 12) <= room:
            break
    return story


def _field(label: str, value: object, st: dict, blank: bool = False) -> list[Paragraph]:  # type: ignore[type-arg]
    shown = value if value not in (None, "") else ("" if blank else "—")
    return [para(label, st["label"]), para(shown, st["value"])]


def _agreement(item: AgreementData, st: dict) -> list[object]:  # type: ignore[type-arg]
    width = PAGE[0] - 2 * MARGIN
    story: list[object] = [
        para("Authorized User Agreement", st["title"]),
        para(f"Official social media account of the {item.city}", st["subtitle"]),
        para("The person", st["heading"]),
    ]
    person = [
        [*_field("Name", item.name, st), "", ""],
        _field("Employee ID", item.employee_id, st) + _field("Role on the account", item.role, st),
        [*_field("Title", item.title, st), "", ""],
        _field("Department", item.department, st) + _field("Division", item.division, st),
    ]
    story.append(_grid(person, width, spans=(0, 2)))
    story.append(para("The account", st["heading"]))
    account = [
        _field("Platform", item.platform, st) + _field("Handle", item.handle, st),
        [*_field("Web address", item.url, st), "", ""],
        [*_field("Account username", item.username, st, blank=True), "", ""],
    ]
    story.append(_grid(account, width, spans=(1, 2)))
    story.append(Spacer(1, 4))
    story.append(Paragraph(f"<b>Credential.</b> {text(item.credential_note)}", st["small"]))
    story.append(para("Agreement", st["heading"]))
    for clause in item.clauses:
        story.append(para(clause, st["clause"]))
    story.append(KeepTogether([para("Signatures", st["heading"]), _signatures(item, st, width)]))
    return story


def _grid(rows: list[list[object]], width: float, spans: tuple[int, ...] = ()) -> Table:
    """Label/value pairs two to a row; the rows in `spans` have one value across the width."""
    label, value = 0.17 * width, 0.33 * width
    table = Table(rows, colWidths=[label, value, label, value])
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ]
    line = colors.HexColor("#999999")
    for row in range(len(rows)):
        if row in spans:
            style += [("SPAN", (1, row), (3, row)), ("LINEBELOW", (1, row), (3, row), 0.4, line)]
        else:
            style += [
                ("LINEBELOW", (1, row), (1, row), 0.4, line),
                ("LINEBELOW", (3, row), (3, row), 0.4, line),
            ]
    table.setStyle(TableStyle(style))
    return table


def _signatures(item: AgreementData, st: dict, width: float) -> Table:  # type: ignore[type-arg]
    header = [para(h, st["label"]) for h in ("Signed by", "Signature", "Printed name", "Date")]
    rows = [header]
    for who, name in (
        ("Authorized user", item.name),
        (item.director_label, item.director_name),
        (item.office_label or f"For the {item.office}", item.office_name),
    ):
        rows.append([para(who, st["small"]), "", para(name, st["small"]), ""])
    # Rows grow with a long printed name; the top padding leaves room to sign.
    table = Table(rows, colWidths=[0.22 * width, 0.36 * width, 0.27 * width, 0.15 * width])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 1), (-1, -1), 0.26 * inch),
                ("LINEBELOW", (1, 1), (-1, -1), 0.6, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 3),
            ]
        )
    )
    return table
