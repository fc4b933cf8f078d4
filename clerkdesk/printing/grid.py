"""A table of a printed report: a ruled header row and banded lines, each cell wrapped."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Paragraph, Table, TableStyle

from .layout import RULE, para, styles

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


def grid_table(head: list[str], rows: list[list[object]], widths: list[float]) -> Table:
    st = styles()
    cell = st["body"].clone("cell", fontSize=8.5, leading=10.5)
    data: list[list[object]] = [[para(h, st["label"]) for h in head]]
    data += [[v if isinstance(v, Paragraph) else para(v, cell) for v in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(_GRID))
    return table


# Rows per table of a long list: ReportLab lays a table out again each time it splits one
# over a page, every row left each time, so that a list of thousands in one table took
# minutes; a table of this many rows fits a page, and is split at most once.
ROWS_PER_TABLE = 40


def grid_tables(
    head: list[str], rows: list[list[object]], widths: list[float], per: int = ROWS_PER_TABLE
) -> list[Table]:
    """A long list as tables of `per` rows each, one after another, each with the header row
    (on a page that a table begins, or continues, the header is above the rows)."""
    return [grid_table(head, rows[at : at + per], widths) for at in range(0, len(rows), per)]


# A cell of a plain table: text wrapped to its column, or its lines already broken (a web
# address broken at its slashes, layout.url_split).
Cell = str | tuple[str, ...]


def plain_grid_tables(
    head: list[str], rows: Sequence[Sequence[Cell]], widths: list[float]
) -> list[Table]:
    """A long list of plain text (no markup) as `grid_tables` prints it, each cell's lines
    broken here: a line of text is drawn as a string, where a Paragraph is parsed, wrapped and
    drawn word by word, which over a list of thousands of rows took most of a minute."""
    st = styles()
    cell = st["body"].clone("cell", fontSize=8.5, leading=10.5)
    font, size, leading = cell.fontName, cell.fontSize, cell.leading
    pad = 8  # LEFTPADDING + RIGHTPADDING

    def lines(value: Cell, width: float) -> str:
        if isinstance(value, tuple):
            return "\n".join(value)
        return "\n".join(simpleSplit(value, font, size, width - pad)) if value else ""

    style = [
        *_GRID,
        ("FONT", (0, 1), (-1, -1), font, size, leading),
        ("TEXTCOLOR", (0, 1), (-1, -1), cell.textColor),
    ]
    tables = []
    for at in range(0, len(rows), ROWS_PER_TABLE):
        data: list[list[object]] = [[para(h, st["label"]) for h in head]]
        data += [
            [lines(v, w) for v, w in zip(row, widths, strict=True)]
            for row in rows[at : at + ROWS_PER_TABLE]
        ]
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle(style))
        tables.append(table)
    return tables
