"""The parts of a form filled in by hand: a signature block (signature, printed name and date,
each on a line of its own) and a line of choices, each with a box big enough to tick with a pen."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.platypus import Table, TableStyle

from .layout import TickBox, para

GAP = 0.12 * inch  # between the signature, the printed name and the date


def signature_block(
    who: str, printed: str, width: float, small: Any, room: float = 0.3 * inch
) -> Table:
    """`who` signs ("Department head", "Checked by"); `printed` is the name known already, set
    above its line (empty: written by hand). `room` is the height left to sign in."""
    signature = Table(
        [
            [para(who, small), "", "", para(printed, small), "", ""],
            [
                "",
                para("Signature", small),
                "",
                para("Printed name", small),
                "",
                para("Date", small),
            ],
        ],
        colWidths=[0.18 * width, 0.37 * width - GAP, GAP, 0.3 * width - GAP, GAP, 0.15 * width - 8],
    )
    signature.setStyle(
        TableStyle(
            [
                *[("LINEBELOW", (c, 0), (c, 0), 0.6, colors.black) for c in (1, 3, 5)],
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, 0), room),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return signature


def tick_choices(choices: tuple[str, ...], body: Any, width: float, columns: int = 3) -> Table:
    """The choices of one line, each after its own box, side by side across `width` in
    `columns` equal places (so that the boxes of lines one above the other line up)."""
    box = TickBox(0.18 * inch)
    cells: list[object] = []
    widths: list[float] = []
    share = width / max(columns, len(choices))
    for choice in choices:
        cells += [TickBox(box.size), para(choice, body)]
        widths += [box.size + 5, share - box.size - 5]
    if len(choices) < columns:
        cells.append("")
        widths.append(width - sum(widths))
    table = Table([cells], colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
