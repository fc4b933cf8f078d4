"""The city's retention series (Wis. Stat. 19.21): each as the city entered it from its
schedule — nothing is shipped — with the accounts whose records it covers (one series per
account) and the kinds of record ClerkDesk keeps that it covers (one series per kind)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.retention import ACCOUNTS, RECORD_KINDS, series_of_kind
from ...store.models.accounts import Account
from ...store.models.retention import RetentionAccount, RetentionSeries
from ..kernel.common import clean, driver_rows
from ..kernel.database import Database
from ..kernel.inputs import Given, gives
from ..kernel.linked import Links, account_ids_of, plan_linked
from ..kernel.plans import Plan, Planning, failed, write_one
from .records import series_by_kind

# The longest period a series can give (a plausible number, not a rule of law).
MAX_YEARS = 200


_LINKS = Links(RetentionAccount, "series_id")


@dataclass(frozen=True)
class SeriesInput:
    code: str
    title: str
    years: int | None
    schedule: str
    accounts: tuple[str, ...] = ()  # web addresses
    covers: tuple[str, ...] = ()  # core.retention.RECORD_KINDS keys (not "accounts")
    given: Given = None


@dataclass(frozen=True, slots=True)
class SeriesView:
    id: int
    code: str
    title: str
    years: int
    schedule: str
    accounts: tuple[str, ...]
    covers: tuple[str, ...]

    @property
    def covers_label(self) -> str:
        return ", ".join(RECORD_KINDS[k].split(" (")[0] for k in self.covers if k in RECORD_KINDS)


_FIELDS = ("title", "years", "schedule", "covers")


def plan_series(planning: Planning, data: SeriesInput, current: RetentionSeries | None) -> Plan:
    """Add a series, or change `current` (matched by code)."""
    code = clean(data.code) or ""
    values: dict[str, Any] = {
        "title": clean(data.title),
        "years": data.years,
        "schedule": clean(data.schedule),
        "covers": " ".join(sorted({k.lower() for k in data.covers})) or None,
    }
    if current is not None:
        for name in _FIELDS:
            if not gives(data.given, name):
                values[name] = getattr(current, name)
    problems: dict[str, str] = {}
    if not code:
        problems["code"] = "required: the series' code in the city's schedule"
    elif len(code) > 40:
        problems["code"] = "at most 40 characters"
    if not values["title"]:
        problems["title"] = "required"
    elif len(values["title"]) > 300:
        problems["title"] = "at most 300 characters"
    if values["years"] is None:
        problems["years"] = "required: how many years its records are kept"
    elif not 0 <= values["years"] <= MAX_YEARS:
        problems["years"] = f"a number of years from 0 to {MAX_YEARS}"
    if not values["schedule"]:
        problems["schedule"] = (
            "required: the schedule it comes from (e.g. the Wisconsin Municipal Records "
            "Schedule, or the city's own)"
        )
    elif len(values["schedule"]) > 300:
        problems["schedule"] = "at most 300 characters"
    kinds = (values["covers"] or "").split()
    unknown = [k for k in kinds if k not in RECORD_KINDS or k == ACCOUNTS]
    if unknown:
        named = ", ".join(k for k in RECORD_KINDS if k != ACCOUNTS)
        problems["covers"] = f"unknown kind of record {unknown[0]!r} (one of: {named})"
    else:
        taken = _kinds_taken(planning.session, current.id if current else None)
        for kind in kinds:
            if kind in taken:
                problems["covers"] = (
                    f"{RECORD_KINDS[kind].lower()} are already kept under series {taken[kind]}"
                )
    account_ids: list[int] = []
    if gives(data.given, "accounts"):
        account_ids = account_ids_of(planning, data.accounts, problems)
        if "accounts" not in problems:
            other = _accounts_elsewhere(
                planning.session, account_ids, current.id if current else None
            )
            if other:
                problems["accounts"] = f"{other[0]} is already kept under series {other[1]}"
    if problems:
        return failed(problems, code)
    urls = sorted(planning.lookups.urls_of(account_ids).values())
    link = _LINKS.writer(account_ids) if gives(data.given, "accounts") else None
    return plan_linked(
        planning,
        current,
        code,
        values,
        {"code": code},
        urls,
        link,
        _LINKS,
        (
            "series",
            "series",
            lambda added: f"{'Added' if added else 'Changed'} retention series {code}",
        ),
    )


def _kinds_taken(session: Session, own_id: int | None) -> dict[str, str]:
    taken: dict[str, str] = {}
    for sid, code, covers in session.execute(
        select(RetentionSeries.id, RetentionSeries.code, RetentionSeries.covers)
    ):
        if sid != own_id:
            taken.update({k: code for k in (covers or "").split()})
    return taken


def _accounts_elsewhere(
    session: Session, account_ids: list[int], own_id: int | None
) -> tuple[str, str] | None:
    if not account_ids:
        return None
    query = (
        select(Account.url, RetentionSeries.code)
        .join(RetentionAccount, RetentionAccount.account_id == Account.id)
        .join(RetentionSeries, RetentionSeries.id == RetentionAccount.series_id)
        .where(RetentionAccount.account_id.in_(account_ids))
        .order_by(Account.url)
    )
    if own_id is not None:
        query = query.where(RetentionAccount.series_id != own_id)
    row = session.execute(query).first()
    return (row[0], row[1]) if row else None


def save_series(db: Database, series_id: int | None, data: SeriesInput) -> SeriesView:
    return write_one(
        db,
        RetentionSeries,
        series_id,
        "that retention series is no longer in the register",
        lambda planning, current: plan_series(planning, data, current),
        lambda session, row_id: series_views(session, row_id)[0],
    )


def series_views(session: Session, series_id: int | None = None) -> list[SeriesView]:
    query = select(RetentionSeries).order_by(RetentionSeries.code)
    links = select(RetentionAccount.series_id, Account.url).join(
        Account, Account.id == RetentionAccount.account_id
    )
    if series_id is not None:
        query = query.where(RetentionSeries.id == series_id)
        links = links.where(RetentionAccount.series_id == series_id)
    urls: dict[int, list[str]] = {}
    for sid, url in driver_rows(session, links.order_by(Account.url)):
        urls.setdefault(sid, []).append(url)
    return [
        SeriesView(
            s.id,
            s.code,
            s.title,
            s.years,
            s.schedule,
            tuple(urls.get(s.id, ())),
            tuple((s.covers or "").split()),
        )
        for s in session.execute(query).scalars()
    ]


def list_series(db: Database) -> Sequence[SeriesView]:
    with db.reading() as session:
        return series_views(session)


@dataclass(frozen=True, slots=True)
class KeptUnder:
    """A series some of an account's records are kept under, and which kinds of them."""

    code: str
    title: str
    years: int
    kinds: tuple[str, ...]  # core.retention.RECORD_KINDS keys, in that order

    def describe(self) -> str:
        kinds = ", ".join(RECORD_KINDS[k].lower() for k in self.kinds)
        return (
            f"{self.code} {self.title} ({self.years} year{'s' if self.years != 1 else ''}): {kinds}"
        )


def account_series(db: Database, account_id: int) -> tuple[KeptUnder, ...]:
    """The series the account's records fall under (the account window shows them): its own
    records and removed content by its series or their kind's, the letters and releases of
    requests about it by their kind's. None: the city put none of them under a series."""
    with db.reading() as session:
        rows = session.execute(
            select(
                RetentionSeries.id,
                RetentionSeries.code,
                RetentionSeries.title,
                RetentionSeries.years,
            ).order_by(RetentionSeries.code)
        ).all()
        own = session.execute(
            select(RetentionAccount.series_id).where(RetentionAccount.account_id == account_id)
        ).scalar_one_or_none()
        by_kind = series_by_kind(session)
    kinds: dict[int, list[str]] = {}
    for kind in RECORD_KINDS:
        sid = series_of_kind(kind, by_kind, own)
        if sid is not None:
            kinds.setdefault(sid, []).append(kind)
    return tuple(
        KeptUnder(code, title, years, tuple(kinds[sid]))
        for sid, code, title, years in rows
        if sid in kinds
    )
