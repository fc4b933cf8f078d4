"""A public-records request's letter (R17): an acknowledgment, a letter of extension, the
response, or a denial with its reasons and how it can be reviewed (Wis. Stat. 19.35(4)(b)).
One page as a rule, on the city's letterhead; signed by whoever answers the request."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import inch
from reportlab.platypus import KeepTogether, Spacer

from .grid import grid_table
from .layout import MARGIN, PAGE, PrintHeader, build_pdf, para, styles


@dataclass(frozen=True)
class LetterData:
    title: str  # "Denial of your public-records request"
    dated: str  # "November 20, 2026"
    to: str  # the requester, or "The requester (anonymous request)"
    regarding: str  # "Public-records request 2026-014, received November 3, 2026"
    asked: str  # what is asked
    accounts: tuple[str, ...]  # the web addresses it names
    paragraphs: tuple[str, ...]  # the letter's text, the city's own or ClerkDesk's
    # (heading, text): the dates of an extension, what is withheld and why, the reasons for a
    # denial, the review paragraph the statute asks for.
    sections: tuple[tuple[str, str], ...] = ()
    dates: tuple[tuple[str, str], ...] = ()  # an extension's two targets, side by side
    custodians: tuple[str, ...] = ()  # "Ann Lee, Parks Director: custodian of https://…"
    signer: str = ""  # who answers: a person, or the office
    signer_title: str = ""
    city: str = ""  # "City of Stoughton", under the signer's name and title


def _sentence(words: str) -> str:
    """What was asked, ending as a sentence does."""
    words = " ".join(words.split())
    return words if words.endswith((".", "!", "?", "”", '"')) else f"{words}."


def render_letter(data: LetterData, header: PrintHeader, out: Path | BinaryIO) -> None:
    st = styles()
    width = PAGE[0] - 2 * MARGIN
    body = st["body"].clone("letter", fontSize=10.5, leading=14.5, spaceAfter=7)
    story: list[object] = [
        para(data.dated, body.clone("dated", alignment=TA_RIGHT)),
        para(data.to, body.clone("to", spaceAfter=2)),
        para(f"Re: {data.regarding}", body.clone("re", fontName=st["label"].fontName)),
        para(data.title, st["title"]),
        Spacer(1, 6),
        para(f"You asked for: {_sentence(data.asked)}", body),
    ]
    if data.accounts:
        story.append(
            para(
                "The accounts your request concerns: " + ", ".join(data.accounts) + ".",
                body,
            )
        )
    story += [para(p, body) for p in data.paragraphs]
    if data.dates:
        story += [
            grid_table(
                [what for what, _day in data.dates],
                [[day for _what, day in data.dates]],
                [width / len(data.dates)] * len(data.dates),
            ),
            Spacer(1, 8),
        ]
    for heading, words in data.sections:
        story.append(
            KeepTogether(
                [
                    para(heading, st["heading"]),
                    *(para(p, body) for p in words.split("\n") if p.strip()),
                ]
            )
        )
    if data.custodians:
        story.append(para("Custodian of the records", st["heading"]))
        story += [para(line, body.clone("custodian", spaceAfter=2)) for line in data.custodians]
        story.append(Spacer(1, 6))
    signature = body.clone("signature", spaceAfter=0)
    story.append(
        KeepTogether(
            [
                Spacer(1, 8),
                para("Sincerely,", signature),
                Spacer(1, 0.55 * inch),
                para("_" * 38, signature),
                para(data.signer, signature),
                *([para(data.signer_title, signature)] if data.signer_title else []),
                para(data.city, signature),
            ]
        )
    )
    build_pdf(story, header, out)
