"""A table of a printed report: a ruled header row and banded lines, each cell wrapped."""

from __future__ import annotations

from reportlab.lib import colors
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
