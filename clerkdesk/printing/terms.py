"""The Authorized User Agreement (R6): one per person and account, printed for signing on paper.
It never carries a password; it says where the credential is kept."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from .layout import (
    MARGIN,
    PAGE,
    RULE,
    PrintHeader,
    Section,
    build_pdf,
    height_of,
    para,
    styles,
    text,
    url_lines,
)

Progress = Callable[[int, int], None]

TOP, BOTTOM = 0.8 * inch, 0.72 * inch
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
    # the policy approves each user in two steps: "Approved by …"), and their printed names
    # where known: the director's from the approval recorded, else the department's head.
    director_label: str = "Department/Division Director"
    office_label: str = ""  # blank: "For the" office
    director_name: str = ""
    office_name: str = ""
    # The account's own department and the purpose recorded when it was approved (clause 1).
    account_department: str | None = None
    purpose: str | None = None
    # A note printed above the form (an election blackout of the user, R18).
    notice: str | None = None


@dataclass(frozen=True)
class BatchCover:
    """The sheet on top of a batch, for the director: who is in it."""

    title: str  # "Authorized User Agreements: Parks and Recreation"
    note: str  # what to do with them


def signer_rows(item: AgreementData) -> tuple[tuple[str, str], ...]:
    """Who signs, and the printed name where known: the user, the director, the office."""
    return (
        ("Authorized user", item.name),
        (item.director_label, item.director_name),
        (item.office_label or f"For the {item.office}", item.office_name),
    )


def render_agreements(
    items: Sequence[AgreementData],
    header: PrintHeader,
    out: Path | BinaryIO,
    progress: Progress | None = None,
    cover: BatchCover | None = None,
) -> None:
    """Write the agreements, each starting on its own page and numbered on its own
    ("Page 1 of 1"), to one PDF; with `cover`, a sheet listing them comes first."""
    if not items:
        raise ValueError("no agreements to print")
    story: list[object] = []
    measured: dict[tuple[str, str, float], float] = {}
    if cover is not None:
        story += [Section(cover.title), *_cover(cover, items), PageBreak()]
    for i, item in enumerate(items):
        if i:
            story.append(PageBreak())
        if len(items) > 1:  # the number first: a long name is what the footer shortens
            story.append(Section(f"Agreement {i + 1} of {len(items)}: {item.name}"))
        else:
            story.append(Section(f"{header.title}: {item.name}"))
        story.extend(_fitted(item, measured))
        if progress:
            progress(i + 1, len(items))
    build_pdf(story, header, out, PAGE, top=TOP, bottom=BOTTOM)


def _fitted(item: AgreementData, cache: dict[tuple[str, str, float], float]) -> list[object]:
    width = PAGE[0] - 2 * MARGIN
    room = PAGE[1] - TOP - BOTTOM - 12  # the frame's own padding
    story: list[object] = []
    for scale in SCALES:
        story = _agreement(item, _styles(scale))
        if height_of(story, width - 12, cache) <= room:
            break
    return story


_SCALED: dict[float, dict[str, Any]] = {}


def _styles(scale: float) -> dict[str, Any]:
    """The styles at `scale`, made once (a batch asks for them for every agreement)."""
    if scale not in _SCALED:
        _SCALED[scale] = styles(scale)
    return _SCALED[scale]


def _field(label: str, value: object, st: dict, blank: bool = False) -> list[Paragraph]:  # type: ignore[type-arg]
    shown = value if value not in (None, "") else ("" if blank else "—")
    return [para(label, st["label"]), para(shown, st["value"])]


def _agreement(item: AgreementData, st: dict) -> list[object]:  # type: ignore[type-arg]
    width = PAGE[0] - 2 * MARGIN
    story: list[object] = [
        para("Authorized User Agreement", st["title"]),
        para(f"Official social media account of the {item.city}", st["subtitle"]),
    ]
    if item.notice:
        story.append(_notice(item.notice, st, width))
    story += [
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
        _field("Department", item.account_department or item.department, st)
        + _field("Account username", item.username, st, blank=True),
        [*_field("Purpose", item.purpose, st), "", ""],
    ]
    story.append(_grid(account, width, spans=(1, 3)))
    story.append(Spacer(1, 4))
    story.append(Paragraph(f"<b>Credential.</b> {text(item.credential_note)}", st["small"]))
    story.append(para("Agreement", st["heading"]))
    for clause in item.clauses:
        story.append(para(clause, st["clause"]))
    story.append(KeepTogether([para("Signatures", st["heading"]), _signatures(item, st, width)]))
    return story


def _notice(words: str, st: dict, width: float) -> Table:  # type: ignore[type-arg]
    """A framed paragraph above the form."""
    box = Table([[para(words, st["small"])]], colWidths=[width])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return box


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


# Room above each signature line to sign by hand, and the gap between a row's lines.
SIGNING_ROOM = 0.38 * inch
GAP = 0.12 * inch


def _signatures(item: AgreementData, st: dict, width: float) -> Table:  # type: ignore[type-arg]
    """A row per signer: who, then a line to sign on, the printed name on its own line (left
    blank to print by hand where it is not known) and a line for the date, each apart."""
    heads = ("Signed by", "Signature", "", "Printed name", "", "Date")
    rows = [[para(h, st["label"]) if h else "" for h in heads]]
    for who, name in signer_rows(item):
        rows.append([para(who, st["small"]), "", "", para(name, st["small"]), "", ""])
    rest = width - 2 * GAP
    columns = [0.24 * rest, 0.34 * rest, GAP, 0.26 * rest, GAP, 0.16 * rest]
    table = Table(rows, colWidths=columns)
    style: list[Any] = [
        ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 1), (-1, -1), SIGNING_ROOM),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 3),
    ]
    for column in (1, 3, 5):  # the signature, the printed name and the date, each a line
        style.append(("LINEBELOW", (column, 1), (column, -1), 0.6, colors.black))
    table.setStyle(TableStyle(style))
    return table


def _cover(cover: BatchCover, items: Sequence[AgreementData]) -> list[object]:
    st = styles()
    width = PAGE[0] - 2 * MARGIN
    cell = st["small"].clone("cover_cell", splitLongWords=0)
    count = f"{len(items)} agreement{'s' if len(items) != 1 else ''}"
    story: list[object] = [
        para(cover.title, st["title"]),
        para(f"{count} for signing, one per person and account", st["subtitle"]),
        para(cover.note, st["body"]),
        Spacer(1, 8),
    ]
    rows: list[list[object]] = [
        [para(h, st["label"]) for h in ("", "Name", "Title", "Account", "Role")]
    ]
    columns = [0.05 * width, 0.27 * width, 0.23 * width, 0.30 * width, 0.15 * width]
    for number, item in enumerate(items, start=1):
        account = f"{text(item.platform)}<br/>{url_lines(item.url, cell, columns[3] - 8)}"
        rows.append(
            [
                para(number, cell),
                Paragraph(f"{text(item.name)}<br/>{text(item.employee_id)}", cell),
                para(item.title or "", cell),
                Paragraph(account, cell),
                para(item.role, cell),
            ]
        )
    table = Table(rows, colWidths=columns, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.9, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#aaaaaa")),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story.append(table)
    return story
