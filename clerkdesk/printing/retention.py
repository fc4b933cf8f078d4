"""The retention printouts (Wis. Stat. 19.21): the disposition list of what is past its
retention, grouped by series; the notice of intent to destroy to the Wisconsin Historical
Society; and the certificate of destruction."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import inch
from reportlab.platypus import KeepTogether, Spacer

from .grid import grid_table, plain_grid_tables
from .layout import MARGIN, PAGE, PrintHeader, build_pdf, para, styles, url_split
from .paper import signature_block

# One line of a list: what (kind), whose (account or request), how many, dated from–to, kept
# until, and a note (the hold, or the disposition that covers it).
Line = tuple[str, str, str, str, str, str]


@dataclass(frozen=True)
class SeriesPart:
    heading: str  # "SM-1 Social media content: 7 years"
    schedule: str  # the schedule it comes from
    due: tuple[Line, ...]
    held: tuple[Line, ...]
    begun: tuple[Line, ...]


@dataclass(frozen=True)
class DispositionListData:
    day: str  # "November 20, 2026"
    parts: tuple[SeriesPart, ...]
    total_due: int
    total_held: int


@dataclass(frozen=True)
class NoticeData:
    dated: str
    city: str
    series: SeriesPart
    signer: str  # the office, or the clerk
    office: str


@dataclass(frozen=True)
class CertificateData:
    number: str
    city: str
    series: SeriesPart
    facts: tuple[tuple[str, str], ...]  # (label, value): notice, waiver, destroyed on, by, how
    destroyed_by: str


_HEAD = ["Records", "Of", "Count", "Dated", "Kept until", "Note"]


def _widths(width: float) -> list[float]:
    return [0.15 * width, 0.3 * width, 0.08 * width, 0.21 * width, 0.12 * width, 0.14 * width]


def _lines(title: str, lines: tuple[Line, ...], st: dict, width: float) -> list[object]:  # type: ignore[type-arg]
    if not lines:
        return []
    widths = _widths(width)
    cell = st["body"].clone("cell", fontSize=8.5, leading=10.5)

    def whose(label: str) -> str | tuple[str, ...]:
        if label.startswith(("http://", "https://")):
            return tuple(url_split(label, cell.fontName, cell.fontSize, widths[1] - 8))
        return label

    rows = [[kind, whose(label), *rest] for kind, label, *rest in lines]
    return [para(title, st["label"]), *plain_grid_tables(_HEAD, rows, widths)]


def render_disposition_list(
    data: DispositionListData, header: PrintHeader, out: Path | BinaryIO
) -> None:
    st = styles()
    width = PAGE[0] - 2 * MARGIN
    story: list[object] = [
        para("Disposition list", st["title"]),
        para(
            f"Records past their retention on {data.day}: {data.total_due:,} that may be "
            f"disposed of, {data.total_held:,} held by a public-records request",
            st["subtitle"],
        ),
        para(
            "Each series as the city's retention schedule gives it. Records are destroyed only "
            "after 60 days' written notice to the Wisconsin Historical Society, unless it has "
            "waived notice (Wis. Stat. 19.21(4)(a)), and never while a public-records request "
            "holds them (19.35(5)).",
            st["small"],
        ),
    ]
    if not data.parts:
        story.append(para("Nothing is past its retention.", st["body"]))
    for part in data.parts:
        story += [para(part.heading, st["heading"]), para(part.schedule, st["small"])]
        story += _lines("May be disposed of", part.due, st, width)
        story += _lines("Held: not to be destroyed", part.held, st, width)
        story += _lines("Disposition begun", part.begun, st, width)
        story.append(Spacer(1, 6))
    build_pdf(story, header, out)


def render_notice(data: NoticeData, header: PrintHeader, out: Path | BinaryIO) -> None:
    st = styles()
    width = PAGE[0] - 2 * MARGIN
    body = st["body"].clone("letter", fontSize=10.5, leading=14.5, spaceAfter=7)
    story: list[object] = [
        para(data.dated, body.clone("dated", alignment=TA_RIGHT)),
        para("State Archivist", body.clone("to", spaceAfter=0)),
        para("Wisconsin Historical Society", body.clone("to2", spaceAfter=10)),
        para("Notice of intent to destroy public records", st["title"]),
        Spacer(1, 6),
        para(
            f"As Wis. Stat. 19.21(4)(a) requires, the {data.city} gives the Wisconsin "
            "Historical Society at least 60 days' written notice before it destroys the "
            "public records listed below, whose retention under the city's schedule has "
            "ended. Unless the Society waives notice in writing, none of them will be "
            "destroyed before 60 days have passed from the day this notice was sent.",
            body,
        ),
        para(f"Series {data.series.heading}", st["heading"]),
        para(f"Schedule: {data.series.schedule}", body),
        *_lines("Records past their retention", data.series.due, st, width),
        *_lines(
            "Held by a public-records request: kept until the hold ends",
            data.series.held,
            st,
            width,
        ),
        Spacer(1, 8),
        para(
            "Please tell the office if the Society wishes to take any of these records, or "
            "waives notice.",
            body,
        ),
    ]
    sig = body.clone("signature", spaceAfter=0)
    story.append(
        KeepTogether(
            [
                Spacer(1, 8),
                para("Sincerely,", sig),
                Spacer(1, 0.55 * inch),
                para("_" * 38, sig),
                para(data.signer, sig),
                para(data.office, sig),
                para(data.city, sig),
            ]
        )
    )
    build_pdf(story, header, out)


def render_certificate(data: CertificateData, header: PrintHeader, out: Path | BinaryIO) -> None:
    st = styles()
    width = PAGE[0] - 2 * MARGIN
    story: list[object] = [
        para("Certificate of destruction", st["title"]),
        para(f"Disposition {data.number}, series {data.series.heading}", st["subtitle"]),
        para(
            f"The records listed below, whose retention under the {data.city}'s schedule had "
            "ended, were destroyed as recorded here, after notice to the Wisconsin Historical "
            "Society (Wis. Stat. 19.21(4)(a)) and with no public-records request holding them "
            "(19.35(5)).",
            st["body"],
        ),
        Spacer(1, 4),
        grid_table(["", ""], [[k, v] for k, v in data.facts], [0.3 * width, 0.7 * width]),
        Spacer(1, 6),
        para(f"Schedule: {data.series.schedule}", st["small"]),
        *_lines("Records destroyed", data.series.begun, st, width),
        Spacer(1, 10),
        signature_block("Destroyed by", data.destroyed_by, width, st["small"]),
        Spacer(1, 8),
        signature_block("Records custodian", "", width, st["small"]),
    ]
    build_pdf(story, header, out)
