"""Retention and disposition (Wis. Stat. 19.21): the city's retention series, which records
are past their retention, which of those a public-records request still holds (19.35(5)), and
when the Wisconsin Historical Society's 60 days' notice lets them be destroyed. Written once
here; the disposition list, its printouts, the refusals and the obligations all read it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .dates import short_date
from .records import Hold, keep_until

# 19.21(4)(a): no record is destroyed without 60 days' written notice to the Wisconsin
# Historical Society, unless the Society has waived it.
NOTICE_DAYS = 60

# The kinds of record ClerkDesk keeps about an account, each mapped to a series by the city.
ACCOUNTS, REMOVALS, RELEASES, LETTERS = "accounts", "removals", "releases", "letters"
RECORD_KINDS: dict[str, str] = {
    ACCOUNTS: "Account records (a discontinued account)",
    REMOVALS: "Removed content",
    RELEASES: "Records released for a request",
    LETTERS: "Letters of a request",
}


def series_of_kind(kind: str, by_kind: Mapping[str, int], account_series: int | None) -> int | None:
    """The series a record of `kind` about an account is kept under: the one the city named
    for the kind; else, for the account's own records and its removed content, the account's
    series (a request's letters and releases go only by their kind)."""
    if kind in by_kind:
        return by_kind[kind]
    return account_series if kind in (ACCOUNTS, REMOVALS) else None


@dataclass(frozen=True, slots=True)
class Series:
    """A retention series of the city's schedule: its code, title, period in years, and the
    schedule it comes from (all as the city entered them)."""

    id: int
    code: str
    title: str
    years: int
    schedule: str


@dataclass(frozen=True, slots=True)
class Record:
    """One record ClerkDesk keeps: its kind, what it is (for the list), its series, the day
    its retention counts from, the accounts it is about and the request it belongs to (either
    holds it)."""

    kind: str
    label: str
    series_id: int
    dated: date
    account_ids: tuple[int, ...] = ()
    request: str | None = None


@dataclass(frozen=True, slots=True)
class Started:
    """A disposition of a series begun: the records whose retention ended by `through`, the
    notice sent to the Historical Society (or its waiver), and the destruction recorded."""

    number: str
    series_id: int
    through: date
    notice_on: date | None = None
    waived_on: date | None = None
    destroyed_on: date | None = None


@dataclass(frozen=True, slots=True)
class Item:
    """A group of records of one kind and label past retention: how many, their first and
    last dates, the last day the latest is kept, the holds on them and the disposition that
    covers them (its number; None: none begun)."""

    kind: str
    label: str
    count: int
    first: date
    last: date
    kept_until: date
    holds: tuple[Hold, ...] = ()
    disposition: str | None = None

    def describe_holds(self) -> str:
        return "; ".join(h.describe() for h in self.holds)


@dataclass(frozen=True, slots=True)
class SeriesList:
    """A series' part of the disposition list: what may be disposed of (past retention, no
    hold, no disposition begun), what a request holds, and what a disposition covers."""

    series: Series
    due: tuple[Item, ...]
    held: tuple[Item, ...]
    begun: tuple[Item, ...]


def destruction_from(notice_on: date | None, waived_on: date | None) -> date | None:
    """The first day records may be destroyed: the day the Society waived notice, else the
    60th day after the notice (the notice's day is day 0); None: neither is recorded."""
    if waived_on is not None:
        return waived_on
    if notice_on is not None:
        return notice_on + timedelta(days=NOTICE_DAYS)
    return None


def covered_through(sent: date) -> date:
    """The last day a disposition's records may have ended their retention: the day before its
    notice was sent (or notice was waived). What was past retention then is what the notice
    named (Wis. Stat. 19.21(4)(a)); what passed it since waits for a notice of its own."""
    return sent - timedelta(days=1)


def covers(started: Started, years: int, dated: date) -> bool:
    """Whether a disposition covers a record of its series dated `dated`."""
    return keep_until(dated, years) <= started.through


def first_not_past(years: int, day: date) -> date:
    """The earliest date of a record not yet past `years` of retention on `day`: records
    dated before it are past (their last day kept is before `day`)."""
    try:
        d = day.replace(year=day.year - years)
    except ValueError:  # 29 February
        d = day.replace(year=day.year - years, day=28)
    one = timedelta(days=1)
    while keep_until(d - one, years) >= day:
        d -= one
    while keep_until(d, years) < day:
        d += one
    return d


def due_window(
    series: Series, dispositions: Iterable[Started], day: date
) -> tuple[date | None, date]:
    """The dates of a series' records that are past retention on `day` and covered by no
    disposition of it: from the first (None: from the earliest) up to, not including, the
    second. What `disposition_list` would list as due, but for the holds."""
    throughs = [d.through for d in dispositions if d.series_id == series.id]
    lo = first_not_past(series.years, max(throughs) + timedelta(days=1)) if throughs else None
    return lo, first_not_past(series.years, day)


@dataclass(frozen=True, slots=True)
class Pending:
    """How many of a series' records are past retention, under no hold, with no disposition
    begun, and the earliest date among them."""

    series_id: int
    count: int
    first: date


def disposition_list(
    series: Iterable[Series],
    records: Iterable[Record],
    holds: Mapping[int, Sequence[Hold]],
    request_holds: Mapping[str, Hold],
    dispositions: Iterable[Started],
    day: date,
) -> tuple[SeriesList, ...]:
    """Every record past its retention on `day` (its series' years after its date, the last
    day kept being before `day`), grouped by series, then by kind and label: those a request
    holds (by the accounts it is about, or its own request), those a disposition covers, and
    the rest, which may be disposed of. A record a destruction was recorded for is left out."""
    by_id = {s.id: s for s in series}
    begun: dict[int, list[Started]] = {}
    for d in dispositions:
        begun.setdefault(d.series_id, []).append(d)
    groups: dict[tuple[int, str, str, str | None, tuple[Hold, ...]], list[date]] = {}
    for record in records:
        s = by_id.get(record.series_id)
        if s is None or keep_until(record.dated, s.years) >= day:
            continue
        covering = next((d for d in begun.get(s.id, ()) if covers(d, s.years, record.dated)), None)
        if covering is not None and covering.destroyed_on is not None:
            continue
        held = [h for a in record.account_ids for h in holds.get(a, ())]
        if record.request is not None and record.request in request_holds:
            held.append(request_holds[record.request])
        unique = tuple(sorted({h.number: h for h in held}.values(), key=lambda h: h.number))
        key = (s.id, record.kind, record.label, covering.number if covering else None, unique)
        groups.setdefault(key, []).append(record.dated)
    out: list[SeriesList] = []
    for s in sorted(by_id.values(), key=lambda s: s.code):
        due: list[Item] = []
        held_items: list[Item] = []
        begun_items: list[Item] = []
        for (sid, kind, label, number, hs), dates in sorted(
            groups.items(), key=lambda g: (g[0][1], g[0][2])
        ):
            if sid != s.id:
                continue
            item = Item(
                kind,
                label,
                len(dates),
                min(dates),
                max(dates),
                keep_until(max(dates), s.years),
                hs,
                number,
            )
            (held_items if hs else begun_items if number else due).append(item)
        if due or held_items or begun_items:
            out.append(SeriesList(s, tuple(due), tuple(held_items), tuple(begun_items)))
    return tuple(out)


def destruction_refusal(
    number: str,
    notice_on: date | None,
    waived_on: date | None,
    day: date,
    held: Iterable[Item],
) -> str | None:
    """Why the destruction of disposition `number`'s records cannot be recorded on `day`;
    None: it can. Not before the Historical Society's 60 days have passed or it waived notice
    (19.21(4)(a)); not while a request holds any of them (19.35(5))."""
    allowed = destruction_from(notice_on, waived_on)
    if allowed is None:
        return (
            f"disposition {number}: record the notice sent to the Wisconsin Historical Society "
            "(or its waiver) first: records are destroyed only after 60 days' written notice "
            "(Wis. Stat. 19.21(4)(a))"
        )
    if day < allowed:
        return (
            f"disposition {number}: the Wisconsin Historical Society was sent notice on "
            f"{short_date(notice_on or allowed)}; the records may be destroyed from "
            f"{short_date(allowed)}, 60 days after it (Wis. Stat. 19.21(4)(a))"
        )
    for item in held:
        for hold in item.holds:
            return (
                f"disposition {number}: {item.label} is {hold.describe()}; its records may "
                f"not be destroyed while public-records request {hold.number} holds them"
            )
    return None


@dataclass(frozen=True)
class RetentionFacts:
    """What the retention rules read (the obligations snapshot's "retention"): the series, the
    records, the holds on the snapshot's day, and the dispositions begun."""

    series: tuple[Series, ...] = ()
    records: tuple[Record, ...] = ()
    holds: Mapping[int, Sequence[Hold]] | None = None
    request_holds: Mapping[str, Hold] | None = None
    dispositions: tuple[Started, ...] = ()
    # Records already counted where they are kept (the many removals, by an aggregate within
    # each series' `due_window`, held accounts left out), beside `records`.
    counted: tuple[Pending, ...] = ()

    def pending_on(self, day: date) -> tuple[tuple[Series, Pending], ...]:
        """Each series with records past retention on `day`, under no hold, with no
        disposition begun (its count and earliest date), by code."""
        merged = {p.series_id: p for p in self.counted if p.count}
        for part in self.list_on(day):
            if part.due:
                sid = part.series.id
                count = sum(i.count for i in part.due)
                first = min(i.first for i in part.due)
                if sid in merged:
                    count += merged[sid].count
                    first = min(first, merged[sid].first)
                merged[sid] = Pending(sid, count, first)
        return tuple(
            (s, merged[s.id]) for s in sorted(self.series, key=lambda s: s.code) if s.id in merged
        )

    def list_on(self, day: date) -> tuple[SeriesList, ...]:
        return disposition_list(
            self.series,
            self.records,
            self.holds or {},
            self.request_holds or {},
            self.dispositions,
            day,
        )
