"""Dispositions (Wis. Stat. 19.21): the list of what is past its retention, the notice to the
Wisconsin Historical Society that begins a series' disposition, and the destruction recorded
(the certificate of destruction). What may be destroyed, and when, is `core.retention`'s."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.dates import short_date
from ...core.errors import ClerkDeskError, NotFoundError, ValidationError
from ...core.retention import (
    Item,
    SeriesList,
    covered_through,
    destruction_from,
    destruction_refusal,
    disposition_list,
)
from ...store.models.retention import Disposition, RetentionSeries
from ..integrity.audit import Change, record
from ..kernel.common import city_row, city_today, clean, profile_of
from ..kernel.database import Database
from ..kernel.field_checks import check_dates_of
from .records import kept


@dataclass(frozen=True, slots=True)
class DispositionView:
    """A disposition begun: its series, what it covers, the notice or waiver, the day
    destruction may be recorded from, and the destruction recorded."""

    number: str
    series: str
    series_title: str
    through: date
    notice_on: date | None
    waived_on: date | None
    destroyed_on: date | None
    destroyed_by: str | None
    method: str | None

    @property
    def allowed_from(self) -> date | None:
        return destruction_from(self.notice_on, self.waived_on)


def list_in(session: Session, day: date) -> tuple[SeriesList, ...]:
    """The disposition list on `day` (`core.retention.disposition_list`)."""
    k = kept(session, profile_of(city_row(session)), day)
    return disposition_list(k.series, k.records, k.holds, k.request_holds, k.dispositions, day)


def disposition_list_now(db: Database) -> tuple[date, tuple[SeriesList, ...]]:
    """Today's disposition list, and today."""
    with db.reading() as session:
        today = city_today(db, profile_of(city_row(session)))
        return today, list_in(session, today)


def _views(session: Session, number: str | None = None) -> list[DispositionView]:
    d = Disposition
    query = (
        select(
            d.number,
            RetentionSeries.code,
            RetentionSeries.title,
            d.through,
            d.notice_on,
            d.waived_on,
            d.destroyed_on,
            d.destroyed_by,
            d.method,
        )
        .join(RetentionSeries, RetentionSeries.id == d.series_id)
        .order_by(d.through.desc(), d.number)
    )
    if number is not None:
        query = query.where(d.number == number)
    return [DispositionView(*row) for row in session.execute(query)]


def list_dispositions(db: Database) -> list[DispositionView]:
    with db.reading() as session:
        return _views(session)


def covered_items(session: Session, number: str, day: date) -> tuple[DispositionView, list[Item]]:
    """A disposition and the items of the list on `day` it covers (held ones too)."""
    views = _views(session, number)
    if not views:
        raise NotFoundError(f"there is no disposition {number}")
    view = views[0]
    items = [
        item
        for part in list_in(session, day)
        if part.series.code == view.series
        for item in (*part.held, *part.begun)
        if item.disposition == number
    ]
    return view, items


def begin_disposition(
    db: Database, code: str, notice_on: date | None = None, waived_on: date | None = None
) -> DispositionView:
    """Begin the disposition of everything of series `code` past its retention today: the day
    notice was sent to the Wisconsin Historical Society, or the day it waived notice. A waiver
    given while a notice of the series runs is recorded on that disposition instead."""
    with db.writing() as session:
        profile = profile_of(city_row(session))
        today = profile.day_at(db.clock())
        series = session.execute(
            select(RetentionSeries).where(RetentionSeries.code == (clean(code) or ""))
        ).scalar_one_or_none()
        if series is None:
            raise NotFoundError(f"there is no retention series {code!r}")
        problems: dict[str, str] = {}
        if (notice_on is None) == (waived_on is None):
            problems["notice_on"] = (
                "give the day notice was sent to the Wisconsin Historical Society, or the day "
                "it waived notice (one of the two)"
            )
        check_dates_of({"notice_on": notice_on, "waived_on": waived_on}, today, problems)
        if problems:
            raise ValidationError(problems)
        if waived_on is not None and (noticed := _awaiting_notice(session, series.id)):
            return _waive(db, session, noticed, waived_on)
        # What the notice covers: what was past its retention the day it was sent (or the
        # day notice was waived), not what has come past since (Wis. Stat. 19.21(4)(a)).
        sent = notice_on or waived_on
        assert sent is not None
        part = next((p for p in list_in(session, sent) if p.series.id == series.id), None)
        if part is None or not (part.due or part.held):
            raise ClerkDeskError(
                f"nothing of series {series.code} is past its retention with no disposition "
                "begun: there is nothing to give notice of"
            )
        number = f"{series.code}-{today.isoformat()}"
        if session.execute(select(Disposition.id).where(Disposition.number == number)).first():
            raise ClerkDeskError(f"disposition {number} was begun today already")
        through = covered_through(sent)
        values = {"notice_on": notice_on, "waived_on": waived_on}
        session.add(Disposition(number=number, series_id=series.id, through=through, **values))
        said = (
            f"notice sent to the Wisconsin Historical Society on {notice_on}"
            if notice_on
            else f"the Wisconsin Historical Society waived notice on {waived_on}"
        )
        record(
            session,
            db,
            Change(
                "disposition.start",
                "disposition",
                number,
                f"Began disposition {number} of series {series.code}: {said}",
                {
                    "series": series.code,
                    "through": through,
                    **{k: v for k, v in values.items() if v is not None},
                },
            ),
        )
        session.flush()
        return _views(session, number)[0]


def _awaiting_notice(session: Session, series_id: int) -> Disposition | None:
    """The series' disposition whose notice is running: sent, neither waived nor done."""
    return (
        session.execute(
            select(Disposition).where(
                Disposition.series_id == series_id,
                Disposition.notice_on.is_not(None),
                Disposition.waived_on.is_(None),
                Disposition.destroyed_on.is_(None),
            )
        )
        .scalars()
        .first()
    )


def _waive(db: Database, session: Session, row: Disposition, waived_on: date) -> DispositionView:
    """The Society waived the notice of a disposition begun: its records may be destroyed
    from the waiver, the 60 days not waited out."""
    if waived_on < (row.notice_on or waived_on):
        raise ValidationError({"waived_on": f"is before the notice it waives ({row.notice_on})"})
    row.waived_on = waived_on
    record(
        session,
        db,
        Change(
            "disposition.waive",
            "disposition",
            row.number,
            f"Recorded that the Wisconsin Historical Society waived the notice of disposition "
            f"{row.number} on {waived_on}",
            {"waived_on": [None, waived_on]},
        ),
    )
    session.flush()
    return _views(session, row.number)[0]


def record_destruction(
    db: Database, number: str, destroyed_on: date, destroyed_by: str, method: str
) -> DispositionView:
    """Record that disposition `number`'s records were destroyed (the certificate of
    destruction): refused before the Historical Society's 60 days have passed (unless it waived
    notice), and while a public-records request holds any of them, naming the request."""
    with db.writing() as session:
        profile = profile_of(city_row(session))
        today = profile.day_at(db.clock())
        problems: dict[str, str] = {}
        if not clean(destroyed_by):
            problems["destroyed_by"] = "required: who destroyed the records"
        elif len(clean(destroyed_by) or "") > 200:
            problems["destroyed_by"] = "at most 200 characters"
        if not clean(method):
            problems["method"] = "required: how they were destroyed (deleted, shredded…)"
        elif len(clean(method) or "") > 200:
            problems["method"] = "at most 200 characters"
        check_dates_of({"destroyed_on": destroyed_on}, today, problems)
        if problems:
            raise ValidationError(problems)
        view, items = covered_items(session, number, destroyed_on)
        if view.destroyed_on is not None:
            raise ClerkDeskError(
                f"disposition {number}: its destruction was recorded on "
                f"{short_date(view.destroyed_on)} already"
            )
        refusal = destruction_refusal(
            number, view.notice_on, view.waived_on, destroyed_on, [i for i in items if i.holds]
        )
        if refusal:
            raise ClerkDeskError(refusal)
        row = session.execute(select(Disposition).where(Disposition.number == number)).scalar_one()
        row.destroyed_on = destroyed_on
        row.destroyed_by = clean(destroyed_by)
        row.method = clean(method)
        record(
            session,
            db,
            Change(
                "disposition.destroy",
                "disposition",
                number,
                f"Recorded the destruction of disposition {number}'s records on {destroyed_on}",
                {
                    "destroyed_on": [None, destroyed_on],
                    "destroyed_by": [None, row.destroyed_by],
                    "method": [None, row.method],
                    "records": sum(i.count for i in items),
                },
            ),
        )
        session.flush()
        return _views(session, number)[0]
