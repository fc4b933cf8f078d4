"""The texts of a public-records request's letters (R17): ClerkDesk's own wording, shipped in
resources/forms/letter-<kind>.txt, which the city may replace with its own for each kind, as it
replaces the agreement text. The parts the statute asks for (a denial's reasons and how it can
be reviewed, Wis. Stat. 19.35(4)(b)), the dates and the custodian are printed whatever the text
says."""

from __future__ import annotations

import json

from ...core.errors import ClerkDeskError, ValidationError
from ...core.records import LETTER_KINDS
from ...resources import resource_dir
from ..city.replay import letters_block
from ..integrity.audit import Change, record
from ..kernel.common import city_row
from ..kernel.database import Database

# What each placeholder becomes when a letter is printed; braces elsewhere print as typed.
PLACEHOLDERS: dict[str, str] = {
    "city": "the city (“City of Stoughton”)",
    "office": "the office that answers requests",
    "number": "the request's number",
    "requester": "who asked (“the requester” for an anonymous request)",
    "received_on": "the day it was received",
    "acknowledged_on": "the day it was acknowledged (the letter's day if not recorded)",
    "due_on": "the first target: the day it was to be answered by",
    "extended_to": "the new target the requester is told of",
    "closed_on": "the day it was answered",
    "custodian": "the custodian of the accounts it names",
    "outcome": "granted in full, or in part (the response)",
}
MOST = 20_000


def _known(kind: str) -> None:
    if kind not in LETTER_KINDS:
        raise ClerkDeskError(f"a request's letter is one of: {', '.join(LETTER_KINDS)}")


def default_letter_text(kind: str) -> str:
    _known(kind)
    return (resource_dir() / "forms" / f"letter-{kind}.txt").read_text(encoding="utf-8")


def own_texts(raw: str | None) -> dict[str, str]:
    try:
        texts = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return {k: v for k, v in texts.items() if k in LETTER_KINDS and isinstance(v, str) and v}


def letter_text(db: Database, kind: str) -> tuple[str, bool]:
    """The text printed in a letter of `kind`, and whether it is the city's own."""
    _known(kind)
    with db.reading() as session:
        own = own_texts(city_row(session).letter_texts).get(kind)
    return (own, True) if own else (default_letter_text(kind), False)


def update_letter_text(db: Database, kind: str, text: str | None) -> None:
    """Replace a letter's text with the city's own (None, blank or ClerkDesk's text: back to
    ClerkDesk's); paragraphs are separated by a blank line."""
    _known(kind)
    own = (text or "").strip() or None
    if own is not None and own == default_letter_text(kind).strip():
        own = None
    if own is not None and len(own) > MOST:
        raise ValidationError({"letter_text": f"at most {MOST:,} characters"})
    with db.writing() as session:
        city = city_row(session)
        saved = city.letter_texts
        texts = own_texts(saved)
        if texts.get(kind) == own:
            return
        if own is None:
            texts.pop(kind, None)
        else:
            texts[kind] = own
        city.letter_texts = json.dumps(texts, ensure_ascii=False, sort_keys=True) if texts else None
        what = LETTER_KINDS[kind].lower()
        record(
            session,
            db,
            Change(
                "letter.text",
                "city",
                city.name,
                f"Replaced the text of the {what} with the city's own"
                if own
                else f"Went back to ClerkDesk's text of the {what}",
                {
                    "kind": kind,
                    "characters": len(own or ""),
                    **letters_block(saved, city.letter_texts),
                },
            ),
        )


def fill(template: str, values: dict[str, str]) -> tuple[str, ...]:
    """The letter's paragraphs with the placeholders filled in; only the known ones, so braces
    a city typed elsewhere print as typed."""
    for name, value in values.items():
        template = template.replace("{" + name + "}", value)
    return tuple(" ".join(p.split()) for p in template.split("\n\n") if p.strip())
