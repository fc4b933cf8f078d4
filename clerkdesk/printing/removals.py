"""The monthly moderation report of removed content (R16), for the department head."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .grid import grid_table
from .layout import MARGIN, PAGE, PrintHeader, build_pdf, para, styles


@dataclass(frozen=True)
class ModerationData:
    month: str
    total: int
    by_account: tuple[tuple[str, int], ...]
    by_category: tuple[tuple[str, int], ...]
    by_staff: tuple[tuple[str, int], ...]
    repeat_violators: tuple[tuple[str, str, int, str], ...]  # account, poster, count, decision


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
            story.append(grid_table(["", "Removals"], rows, [0.8 * width, 0.2 * width]))
        else:
            story.append(para("None.", st["body"]))
    story.append(para("Repeat violators", st["heading"]))
    if data.repeat_violators:
        rows = [[a, p, f"{n:,}", d] for a, p, n, d in data.repeat_violators]
        widths = [0.36 * width, 0.19 * width, 0.13 * width, 0.32 * width]
        story.append(grid_table(["Account", "Poster", "Removals", "Decision"], rows, widths))
    else:
        story.append(para("None.", st["body"]))
    build_pdf(story, header, out, PAGE)
