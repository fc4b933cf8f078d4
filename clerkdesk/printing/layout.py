"""What every printout shares: the header with the city and office, the footer with the page
number and the date printed, the text styles, and escaping of everything a user typed."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from ..core.dates import long_date
from .fonts import BOLD, REGULAR, register_fonts

PAGE = letter
MARGIN = 0.75 * inch
INK = colors.HexColor("#1a1a1a")
RULE = colors.HexColor("#1f4e79")


@dataclass(frozen=True)
class PrintHeader:
    city: str
    office: str
    title: str
    printed_on: date


def text(value: object) -> str:
    """User text made safe for a Paragraph: `<`, `>` and `&` print as themselves."""
    return escape("" if value is None else str(value))


def styles(scale: float = 1.0) -> dict[str, ParagraphStyle]:
    """The text styles; `scale` below 1 makes a compact set for a form that must fit a page."""
    register_fonts()

    def size(points: float) -> float:
        return round(points * scale, 2)

    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=size(9.5), leading=size(12.5), textColor=INK
    )
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=size(8.5), leading=size(11)),
        "label": ParagraphStyle(
            "label",
            parent=body,
            fontName=BOLD,
            fontSize=size(8.5),
            leading=size(11),
            textColor=colors.HexColor("#444444"),
        ),
        "value": ParagraphStyle("value", parent=body, fontSize=size(10), leading=size(13)),
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=size(16), leading=size(20), spaceAfter=1
        ),
        "subtitle": ParagraphStyle(
            "subtitle",
            parent=body,
            fontSize=size(10.5),
            leading=size(14),
            textColor=colors.HexColor("#333333"),
            spaceAfter=size(4),
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=size(11.5),
            leading=size(14),
            spaceBefore=size(5),
            spaceAfter=size(3),
            textColor=RULE,
        ),
        "clause": ParagraphStyle(
            "clause", parent=body, spaceAfter=size(3), leftIndent=14, firstLineIndent=-14
        ),
    }


def height_of(
    flowables: list[object], width: float, cache: dict[tuple[str, str, float], float] | None = None
) -> float:
    """How tall the flowables stand in a frame `width` points wide. With `cache`, a paragraph
    already measured (the same text in the same style: a batch's clauses) is not measured
    again."""
    import io

    from reportlab.platypus import KeepTogether

    canvas = Canvas(io.BytesIO(), pagesize=PAGE)
    total = 0.0
    for item in flowables:
        flowable: Any = item
        if isinstance(flowable, KeepTogether):
            # Its own wrap answers "taller than any page" to make the frame split it: what
            # it holds is what stands on the page.
            total += height_of(list(flowable._content), width, cache)
            total += flowable.getSpaceBefore()
            continue
        key = None
        if cache is not None and isinstance(flowable, Paragraph):
            key = (flowable.text, flowable.style.name, flowable.style.fontSize)
            if key in cache:
                total += cache[key]
                continue
        _w, h = flowable.wrapOn(canvas, width, 10_000)
        h += flowable.getSpaceBefore() + flowable.getSpaceAfter()
        if key is not None and cache is not None:
            cache[key] = h
        total += h
    return total


def para(value: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text(value), style)


_URL_PIECES = re.compile(r"[^/.]*[/.]+|[^/.]+")


def url_lines(url: str, style: ParagraphStyle, width: float) -> str:
    """A web address as Paragraph markup broken only after a `/` or a `.` so that each line
    fits in `width` points ("facebook.com/" | "maplefallsparks"), never inside a word."""
    return "<br/>".join(
        text(line) for line in url_split(url, style.fontName, style.fontSize, width)
    )


def url_split(url: str, font: str, size: float, width: float) -> list[str]:
    """The lines of `url_lines`, as plain text."""
    lines: list[str] = []
    line = ""
    for piece in _URL_PIECES.findall(url):
        if line and stringWidth(line + piece, font, size) > width:
            lines.append(line)
            line = piece
        else:
            line += piece
        # A piece wider than the column by itself (a very long handle) is the one place a
        # line breaks inside a word: there is no other.
        while stringWidth(line, font, size) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    lines.append(line)
    return lines


def widest_word(value: str, font: str, size: float) -> float:
    """The width of the longest piece of `value` that must stay on one line."""
    words = re.split(r"[\s/]+", value)
    return max((stringWidth(w, font, size) for w in words if w), default=0.0)


def column_widths(
    cells: list[list[str]],
    font: str,
    size: float,
    total: float,
    fixed: dict[int, float] | None = None,
    padding: float = 9,
    least: list[float] | None = None,
    most_least: float = 0.3,
) -> list[float]:
    """Column widths that follow their content: each column at least as wide as its longest
    word (and as `least` says, e.g. for its heading), but no column's least above
    `most_least` of `total`; the rest of `total` shared out in proportion to how much each
    column holds. `fixed` columns take the widths given."""
    fixed = fixed or {}
    count = len(cells[0]) if cells else 0
    least = list(least) if least else [0.0] * count
    bulk = [0.0] * count
    for row in cells:
        for i, value in enumerate(row):
            word = min(widest_word(value, font, size) + padding, most_least * total)
            least[i] = max(least[i], word)
            bulk[i] = max(bulk[i], min(stringWidth(value, font, size), 3 * total / count))
    room = total - sum(fixed.values()) - sum(least[i] for i in range(count) if i not in fixed)
    # What is left goes where the content is longer than the column's least.
    want = [max(0.0, bulk[i] - least[i]) for i in range(count)]
    share = sum(want[i] for i in range(count) if i not in fixed) or 1.0
    widths = []
    for i in range(count):
        if i in fixed:
            widths.append(fixed[i])
        else:
            widths.append(least[i] + max(room, 0) * want[i] / share)
    scale = total / sum(widths) if sum(widths) > total else 1.0
    return [w * scale for w in widths]


class TickBox(Flowable):
    """An empty square to tick with a pen: `size` points a side (0.22 inch by default, where
    a text box character "\u2610" is barely a tenth)."""

    def __init__(self, size: float = 0.22 * inch) -> None:
        super().__init__()
        self.size = size
        self.width = self.height = size

    def wrap(self, *_args: Any) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.9)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


class Section(Flowable):
    """Starts a part of the document numbered on its own ("Page 1 of 1" for each agreement
    of a batch), with its own title in the footer. Takes no room."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
        self.width = self.height = 0

    def wrap(self, *_args: Any) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas: Any = self.canv  # a NumberedCanvas, which keeps these per page
        canvas._section = getattr(canvas, "_section", 0) + 1
        canvas._section_title = self.title


class NumberedCanvas(Canvas):
    """A canvas that knows the page count when it draws each footer ("Page 2 of 7"); where
    the document has `Section`s, each is counted on its own."""

    header: PrintHeader

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._section = 0
        self._section_title = ""

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        sections = [state["_section"] for state in self._pages]
        totals = {s: sections.count(s) for s in set(sections)}
        seen: dict[int, int] = {}
        for state in self._pages:
            self.__dict__.update(state)
            section = state["_section"]
            seen[section] = seen.get(section, 0) + 1
            header = self.header
            if state["_section_title"]:
                header = replace(header, title=state["_section_title"])
            draw_frame(self, header, seen[section], totals[section])
            Canvas.showPage(self)
        Canvas.save(self)


def draw_frame(canvas: Canvas, header: PrintHeader, page: int, total: int) -> None:
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(1.2)
    canvas.setFont(BOLD, 10)
    canvas.setFillColor(RULE)
    top = height - 0.5 * inch
    canvas.drawString(MARGIN, top, fit(canvas, header.city, BOLD, 10, width / 2 - MARGIN))
    canvas.setFont(REGULAR, 9)
    canvas.setFillColor(INK)
    canvas.drawRightString(
        width - MARGIN, top, fit(canvas, header.office, REGULAR, 9, width / 2 - MARGIN)
    )
    canvas.line(MARGIN, top - 6, width - MARGIN, top - 6)
    canvas.setFont(REGULAR, 8)
    bottom = 0.45 * inch
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, bottom + 10, width - MARGIN, bottom + 10)
    printed = f"Printed {long_date(header.printed_on)}"
    # The title stops short of the date in the middle, whatever its length.
    room = width / 2 - MARGIN - canvas.stringWidth(printed, REGULAR, 8) / 2 - 12
    canvas.drawString(MARGIN, bottom, fit(canvas, header.title, REGULAR, 8, room))
    canvas.drawCentredString(width / 2, bottom, printed)
    canvas.drawRightString(width - MARGIN, bottom, f"Page {page} of {total}")
    canvas.restoreState()


def fit(canvas: Canvas, value: str, font: str, size: float, room: float) -> str:
    """`value` shortened with an ellipsis until it fits in `room` points."""
    if canvas.stringWidth(value, font, size) <= room:
        return value
    while value and canvas.stringWidth(value + "…", font, size) > room:
        value = value[:-1]
    return value + "…"


def build_pdf(
    story: list[Any],
    header: PrintHeader,
    out: Path | BinaryIO,
    page: Any = PAGE,
    top: float = 0.85 * inch,
    bottom: float = 0.8 * inch,
) -> None:
    """Lay `story` out on `page` with the city's header and numbered footers on every page."""
    from reportlab.platypus import SimpleDocTemplate

    doc = SimpleDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=top,
        bottomMargin=bottom,
        title=header.title,
        author=header.office,
        subject=f"{header.city}: {header.title}",
        creator="ClerkDesk",
    )

    class Framed(NumberedCanvas):
        pass

    Framed.header = header  # type: ignore[attr-defined]
    doc.build(story, canvasmaker=Framed)
