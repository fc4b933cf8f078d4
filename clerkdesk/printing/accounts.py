"""The inventory of the city's accounts (R20), for the office's files and for anyone who asks
which accounts the city runs: a summary page first (accounts by department and platform, what
is overdue), then each department's accounts with who answers for them. Landscape, the
table's header repeated on every page, "as of" and page numbers in the frame."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import inch
from reportlab.platypus import (
    CondPageBreak,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..core.dates import long_date, short_date
from .accounts_data import InventoryAccount, InventoryData, InventoryDepartment
from .layout import (
    MARGIN,
    PAGE,
    RULE,
    PrintHeader,
    build_pdf,
    column_widths,
    para,
    styles,
    text,
    widest_word,
)
from .lines import Block, Lines

Progress = Callable[[int, int], None]
LANDSCAPE = landscape(PAGE)
WIDTH = LANDSCAPE[0] - 2 * MARGIN
COLUMNS = (
    "Account",
    "Status and approval",
    "Custodian and authorized users",
    "Records archived in",
    "Credential",
    "Access review",
)
GRID = colors.HexColor("#aaaaaa")
SHADE = colors.HexColor("#f3f6fa")
LATE = colors.HexColor("#b00020")


def render_inventory(
    data: InventoryData,
    header: PrintHeader,
    out: Path | BinaryIO,
    progress: Progress | None = None,
) -> None:
    st = styles()
    # Words are never cut: a line breaks between words, and a web address after / or .
    cell = st["body"].clone("cell", fontSize=8, leading=10, splitLongWords=0)
    label = st["label"].clone("cl", fontSize=8, leading=10, splitLongWords=0)
    st = {**st, "cell": cell, "cell_label": label}
    widths = _widths(data, cell)
    story: list[Any] = _summary(data, st)
    for i, department in enumerate(data.departments):
        story.extend(_department(department, st, widths))
        if progress:
            progress(i + 1, len(data.departments))
    build_pdf(story, header, out, LANDSCAPE)


def _summary(data: InventoryData, st: dict[str, Any]) -> list[Any]:
    as_of = long_date(data.as_of)
    count = f"{data.total} account{'s' if data.total != 1 else ''}"
    story: list[Any] = [
        para("Inventory of the city's social media accounts", st["title"]),
        para(
            f"As of {as_of}: {count} in {len(data.departments)} department"
            f"{'s' if len(data.departments) != 1 else ''}, every account not discontinued.",
            st["subtitle"],
        ),
        para("Accounts by department and platform", st["heading"]),
    ]
    platforms = list(data.platforms)
    head = ["Department", *platforms, "Total", "Overdue", "Access review"]
    rows: list[list[Any]] = [[para(h, st["cell_label"]) for h in head]]
    totals = dict.fromkeys(platforms, 0)
    for d in data.departments:
        counts = {p: 0 for p in platforms}
        for a in d.accounts:
            counts[a.platform] = counts.get(a.platform, 0) + 1
            totals[a.platform] = totals.get(a.platform, 0) + 1
        late = sum(a.overdue for a in d.accounts)
        rows.append(
            [
                para(d.name, st["cell"]),
                *[para(counts[p] or "", st["cell"]) for p in platforms],
                para(len(d.accounts), st["cell"]),
                para(late or "", st["cell"]),
                Paragraph(_review_text(d), st["cell"]),
            ]
        )
    overdue_total = sum(a.overdue for d in data.departments for a in d.accounts)
    rows.append(
        [
            para("All departments", st["cell_label"]),
            *[para(totals[p], st["cell_label"]) for p in platforms],
            para(data.total, st["cell_label"]),
            para(overdue_total or "", st["cell_label"]),
            "",
        ]
    )
    # Each count's column as wide as its heading's longest word; the department and the
    # review share what is left.
    label = st["cell_label"]
    narrow = [max(28.0, widest_word(h, label.fontName, label.fontSize) + 10) for h in head[1:-1]]
    rest = WIDTH - sum(narrow)
    table = Table(rows, colWidths=[0.55 * rest, *narrow, 0.45 * rest], repeatRows=1)
    table.setStyle(_grid_style(len(rows), total_row=True))
    story.append(table)
    story.append(para("Overdue", st["heading"]))
    if data.overdue:
        kinds = [[para("What is overdue", st["cell_label"]), para("How many", st["cell_label"])]]
        kinds += [[para(what, st["cell"]), para(n, st["cell"])] for what, n in data.overdue]
        table = Table(kinds, colWidths=[0.45 * WIDTH, 0.12 * WIDTH], repeatRows=1, hAlign="LEFT")
        table.setStyle(_grid_style(len(kinds)))
        story.append(table)
    else:
        story.append(para(f"Nothing is overdue as of {as_of}.", st["body"]))
    story.append(Spacer(1, 8))
    story.append(
        para(
            "No password is printed in this inventory: \u201cCredential on file\u201d says only "
            "that the office keeps it in the city's credential store.",
            st["small"],
        )
    )
    story.append(PageBreak())
    return story


def _review_text(d: InventoryDepartment, day: Callable[[date], str] = short_date) -> str:
    last = f"last {day(d.last_review)}" if d.last_review else "none recorded yet"
    if d.next_review is None:
        return f"{last}; none due (nobody has access)"
    due = f"next due {day(d.next_review)}"
    if d.review_overdue:
        due = f'<font color="#b00020"><b>{due} (overdue)</b></font>'
    return f"{last}; {due}"


def _widths(data: InventoryData, cell: Any) -> list[float]:
    """One set of column widths for every department's table, following what the columns
    hold: each at least as wide as its longest word (a web address counts by its pieces)."""
    plain: list[list[str]] = [list(COLUMNS)]
    for d in data.departments:
        review = _review_plain(d)
        for a in d.accounts:
            people = " ".join(
                f"{p.role}: {p.name} {p.title or ''} {p.contact or ''}" for p in a.people
            )
            plain.append(
                [
                    f"{a.platform} {a.handle or ''} {a.purpose or ''} "
                    + a.url.replace(".", ". ").replace("/", "/ "),
                    f"{a.status} {a.approval or ''} {a.records or ''} "
                    f"Findings: {a.findings or ''} Request form: {a.request_form or ''}",
                    people or "nobody designated",
                    a.archived_in or "not recorded",
                    f"Not on file MFA {a.mfa}",
                    f"{review} Site: {a.site_check or ''}",
                ]
            )
    return column_widths(plain, cell.fontName, cell.fontSize, WIDTH)


def _review_plain(d: InventoryDepartment) -> str:
    last = f"last {short_date(d.last_review)}" if d.last_review else "none recorded yet"
    if d.next_review is None:
        return f"{last}; none due (nobody has access)"
    return f"{last}; next due {short_date(d.next_review)} (overdue)"


class _Continued(Table):
    """A department's table: on each page after its first, its heading row says it goes on
    ("Parks (continued)") above the repeated column heads."""

    continued: Any = None

    def split(self, width: float, height: float) -> list[Any]:
        parts: list[Any] = super().split(width, height)
        for part in parts[1:]:
            part.continued = self.continued
            if self.continued is not None:
                # A row of its own: the repeated rows are the first part's lists.
                part._cellvalues[0] = [self.continued, *part._cellvalues[0][1:]]
        return parts


def _department(d: InventoryDepartment, st: dict[str, Any], widths: list[float]) -> list[Any]:
    count = f"{len(d.accounts)} account{'s' if len(d.accounts) != 1 else ''}"
    head = f"; head: {d.head}" if d.head else "; no head recorded"
    head += d.approver_words
    blank = [""] * (len(COLUMNS) - 1)
    # The department's name and the column heads repeat on every page its table runs onto.
    rows: list[list[Any]] = [
        [para(d.name, st["heading"]), *blank],
        [
            Paragraph(
                f"{text(count + head)}. Access review: {_review_text(d, long_date)}.",
                st["small"],
            ),
            *blank,
        ],
        [para(c, st["cell_label"]) for c in COLUMNS],
    ]
    for account in d.accounts:
        rows.append(_row(account, d, st, widths))
    table = _Continued(rows, colWidths=widths, repeatRows=(0, 2))
    table.continued = para(f"{d.name} (continued)", st["heading"])
    table.setStyle(_grid_style(len(rows), first=2))
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("SPAN", (0, 1), (-1, 1)),
                ("LEFTPADDING", (0, 0), (-1, 1), 0),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
            ]
        )
    )
    return [CondPageBreak(1.6 * inch), table]


def _row(
    a: InventoryAccount, d: InventoryDepartment, st: dict[str, Any], widths: list[float]
) -> list[Any]:
    size, leading = st["cell"].fontSize, st["cell"].leading
    account = [Block(a.platform, bold=True) if not a.handle else Block(a.handle, a.platform)]
    account.append(Block(a.url, url=True))
    if a.purpose:
        account.append(Block(a.purpose))
    status = [Block(a.status, bold=True)]
    if a.approval:
        status.append(Block(a.approval))
    if a.findings:
        status.append(Block(a.findings, "Findings:", color=LATE if a.findings_missing else None))
    if a.request_form:
        late = a.request_form == "not recorded"
        status.append(Block(a.request_form, "Request form:", color=LATE if late else None))
    if a.records:
        status.append(Block(a.records))
    if a.overdue:
        status.append(Block(f"{a.overdue} overdue", color=LATE))
    people: list[Block] = []
    for p in a.people:
        people.append(Block(p.name + (f", {p.title}" if p.title else ""), f"{p.role}:"))
        if p.contact:
            people.append(Block(p.contact, indent=6))
    if not people:
        people = [Block("nobody designated", color=LATE)]
    credential = [
        Block("On file" if a.credential_on_file else "Not on file"),
        Block(f"MFA {a.mfa}"),
    ]
    review = [Block(_review_plain(d).replace(" (overdue)", ""))]
    if d.review_overdue:
        review = [Block(_review_plain(d), color=LATE)]
    if a.site_check:
        review.append(Block(a.site_check, "Site:"))
    cells = (
        account,
        status,
        people,
        [Block(a.archived_in or "not recorded")],
        credential,
        review,
    )
    return [Lines(blocks, size, leading) for blocks in cells]


def _grid_style(rows: int, total_row: bool = False, first: int = 0) -> TableStyle:
    """The grid of a table whose column heads are row `first` (the rows above are its
    heading)."""
    style: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, first), (-1, first), 0.9, RULE),
        ("LINEBELOW", (0, first + 1), (-1, -1), 0.3, GRID),
        ("ROWBACKGROUNDS", (0, first + 1), (-1, -1), [colors.white, SHADE]),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if total_row:
        style.append(("LINEABOVE", (0, rows - 1), (-1, rows - 1), 0.9, RULE))
    return TableStyle(style)
