"""A light table cell for long registers: lines broken once, by a plain greedy rule (between
words; a web address after / or .), and drawn as strings. ReportLab's Paragraph parses markup
and breaks its lines again on every wrap, which for the ten-thousand-account inventory costs
most of the time; this cell measures once per width and draws in one pass."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from .fonts import BOLD, REGULAR

_URL_PIECES = re.compile(r"[^/.]*[/.]+|[^/.]+")


@dataclass(frozen=True)
class Block:
    """One paragraph of a cell: an optional bold lead-in ("Custodian:") and its text."""

    text: str
    lead: str = ""
    color: Any = None  # a ReportLab color; None: the cell's
    url: bool = False  # break after / and . instead of between words
    bold: bool = False
    indent: float = 0.0  # the lines after the first


def _pieces(block: Block) -> list[str]:
    if block.url:
        return _URL_PIECES.findall(block.text)
    words = block.text.split(" ")
    return [w + " " for w in words[:-1]] + words[-1:]


def break_block(block: Block, width: float, size: float) -> list[tuple[str, str, float]]:
    """The block's lines as (lead, text, indent): the lead only on the first line."""
    font = BOLD if block.bold else REGULAR
    lead_width = stringWidth(block.lead + " ", BOLD, size) if block.lead else 0.0
    lines: list[tuple[str, str, float]] = []
    line, room, indent = "", width - lead_width, 0.0
    for piece in _pieces(block):
        if line and stringWidth((line + piece).rstrip(), font, size) > room:
            lines.append((block.lead if not lines else "", line.rstrip(), indent))
            line, indent = piece, block.indent
            room = width - indent
        else:
            line += piece
    lines.append((block.lead if not lines else "", line.rstrip(), indent))
    return lines


class Lines(Flowable):
    """A table cell of blocks, each starting on a new line."""

    def __init__(self, blocks: list[Block], size: float = 8, leading: float = 10) -> None:
        super().__init__()
        self.blocks, self.size, self.leading = blocks, size, leading
        self._broken: tuple[float, list[tuple[Block, str, str, float]]] | None = None

    def _lines(self, width: float) -> list[tuple[Block, str, str, float]]:
        if self._broken is None or abs(self._broken[0] - width) > 0.01:
            lines = [
                (block, lead, text, indent)
                for block in self.blocks
                for lead, text, indent in break_block(block, width, self.size)
            ]
            self._broken = (width, lines)
        return self._broken[1]

    def wrap(self, avail_width: float, _avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = len(self._lines(avail_width)) * self.leading
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self.height - self.size
        for block, lead, text, indent in self._lines(self.width):
            canvas.saveState()
            if block.color is not None:
                canvas.setFillColor(block.color)
            x = indent
            if lead:
                canvas.setFont(BOLD, self.size)
                canvas.drawString(x, y, lead)
                x += stringWidth(lead + " ", BOLD, self.size)
            canvas.setFont(BOLD if block.bold else REGULAR, self.size)
            canvas.drawString(x, y, text)
            canvas.restoreState()
            y -= self.leading
