"""The retention printouts: the disposition list, the notice to the Wisconsin Historical
Society of a series' records past retention, and a disposition's certificate of destruction.
The PDFs are made by `clerkdesk.printing.retention` (imported only when printed); each print
is recorded in the audit log."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ...core.dates import long_date, short_date
from ...core.errors import ClerkDeskError, NotFoundError
from ...core.retention import RECORD_KINDS, Item, SeriesList, disposition_list
from ..integrity.audit import Change
from ..kernel.common import city_row, city_today, profile_of
from ..kernel.database import Database
from ..kernel.files import write_recorded
from ..kernel.printouts import city_title, print_header
from .dispositions import list_dispositions, list_in
from .records import kept

if TYPE_CHECKING:
    from ...printing.retention import Line, SeriesPart


def _line(item: Item) -> Line:
    dated = short_date(item.first)
    if item.last != item.first:
        dated = f"{dated} to {short_date(item.last)}"
    if item.holds:
        note = "; ".join(f"held by request {h.number}" for h in item.holds)
    elif item.disposition:
        note = f"disposition {item.disposition}"
    else:
        note = ""
    kind = RECORD_KINDS.get(item.kind, item.kind).split(" (")[0]
    return (kind, item.label, f"{item.count:,}", dated, short_date(item.kept_until), note)


def _part(part: SeriesList) -> SeriesPart:
    from ...printing.retention import SeriesPart

    s = part.series
    return SeriesPart(
        heading=f"{s.code} {s.title}: kept {s.years} year{'s' if s.years != 1 else ''}",
        schedule=s.schedule,
        due=tuple(_line(i) for i in part.due),
        held=tuple(_line(i) for i in part.held),
        begun=tuple(_line(i) for i in part.begun),
    )


def print_disposition_list(db: Database, out: Path) -> int:
    """Everything past its retention today, grouped by series; how many records may be
    disposed of."""
    from ...printing.retention import DispositionListData, render_disposition_list

    with db.reading() as session:
        today = city_today(db, profile_of(city_row(session)))
        parts = list_in(session, today)
        header = print_header(db, session, f"Disposition list, {long_date(today)}")
    due = sum(i.count for p in parts for i in p.due)
    data = DispositionListData(
        day=long_date(today),
        parts=tuple(_part(p) for p in parts),
        total_due=due,
        total_held=sum(i.count for p in parts for i in p.held),
    )
    write_recorded(
        db,
        out,
        lambda partial: render_disposition_list(data, header, partial),
        Change(
            "retention.print",
            "retention",
            today.isoformat(),
            f"Printed the disposition list of {today} to {out}",
            {"records": due, "file": str(out)},
        ),
    )
    return due


def print_notice(db: Database, code: str, out: Path) -> int:
    """The notice to the Wisconsin Historical Society of series `code`'s records past their
    retention with no disposition begun; how many. Record the day it is sent
    (`dispositions.begin_disposition`): destruction may follow 60 days after."""
    from ...printing.retention import NoticeData, render_notice

    with db.reading() as session:
        city = city_row(session)
        profile = profile_of(city)
        today = city_today(db, profile)
        part = next((p for p in list_in(session, today) if p.series.code == code), None)
        if part is None or not (part.due or part.held):
            raise ClerkDeskError(
                f"nothing of series {code} is past its retention with no disposition begun: "
                "there is nothing to give notice of"
            )
        part = replace(part, held=tuple(i for i in part.held if i.disposition is None))
        header = print_header(db, session, f"Notice of intent to destroy records, {code}")
    data = NoticeData(
        dated=long_date(today),
        city=city_title(city.name),
        series=_part(part),
        signer=profile.coordinating_office,
        office="Records custodian",
    )
    count = sum(i.count for i in part.due)
    write_recorded(
        db,
        out,
        lambda partial: render_notice(data, header, partial),
        Change(
            "retention.print",
            "retention",
            f"{code} notice {today}",
            f"Printed the notice to the Wisconsin Historical Society of series {code} to {out}",
            {"records": count, "file": str(out)},
        ),
    )
    return count


def print_certificate(db: Database, number: str, out: Path) -> int:
    """The certificate of destruction of disposition `number` (its destruction recorded); how
    many records it names."""
    from ...printing.retention import CertificateData, render_certificate

    view = next((d for d in list_dispositions(db) if d.number == number), None)
    if view is None:
        raise NotFoundError(f"there is no disposition {number}")
    if view.destroyed_on is None:
        raise ClerkDeskError(
            f"disposition {number}: record the destruction first; the certificate says when, "
            "by whom and how the records were destroyed"
        )
    destroyed: date = view.destroyed_on
    with db.reading() as session:
        city = city_row(session)
        k = kept(session, profile_of(city), destroyed)
        undone = tuple(
            replace(d, destroyed_on=None) if d.number == number else d for d in k.dispositions
        )
        parts = disposition_list(k.series, k.records, {}, {}, undone, destroyed)
        header = print_header(db, session, f"Certificate of destruction, {number}")
    part = next((p for p in parts if p.series.code == view.series), None)
    if part is None:
        raise ClerkDeskError(f"disposition {number} names no records")
    part = replace(
        part, due=(), held=(), begun=tuple(i for i in part.begun if i.disposition == number)
    )
    facts = (
        ("Notice to the Historical Society", short_date(view.notice_on) if view.notice_on else "-"),
        ("Notice waived", short_date(view.waived_on) if view.waived_on else "-"),
        ("Records whose retention ended by", short_date(view.through)),
        ("Destroyed on", short_date(destroyed)),
        ("Destroyed by", view.destroyed_by or ""),
        ("How", view.method or ""),
    )
    data = CertificateData(
        number=number,
        city=city_title(city.name),
        series=_part(part),
        facts=facts,
        destroyed_by=view.destroyed_by or "",
    )
    count = sum(i.count for i in part.begun)
    write_recorded(
        db,
        out,
        lambda partial: render_certificate(data, header, partial),
        Change(
            "disposition.print",
            "disposition",
            number,
            f"Printed the certificate of destruction of disposition {number} to {out}",
            {"records": count, "file": str(out)},
        ),
    )
    return count
