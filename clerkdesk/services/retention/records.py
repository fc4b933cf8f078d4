"""The records ClerkDesk keeps, each with the series the city keeps it under (Wis. Stat.
19.21), and the holds public-records requests put on them (19.35(5)), as the plain values
`core.retention.disposition_list` reads."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...core.profile import PolicyProfile
from ...core.records import LETTER_KINDS, Hold, hold_of
from ...core.retention import (
    ACCOUNTS,
    LETTERS,
    RELEASES,
    REMOVALS,
    Pending,
    Record,
    Series,
    Started,
    due_window,
    series_of_kind,
)
from ...store.models.accounts import Account
from ...store.models.removals import Removal
from ...store.models.requests import RecordsRequest, RequestAccount, RequestFile
from ...store.models.retention import Disposition, RetentionAccount, RetentionSeries
from ..kernel.common import rows_of
from ..requests.holds import holds_by_account

# A request's kept files by the kind of record they are for the schedule: the records
# released, and its letters (the request, the answer, and those ClerkDesk writes).
_FILE_KINDS = {"released": RELEASES, "request": LETTERS, "answer": LETTERS}
_FILE_KINDS.update(dict.fromkeys(LETTER_KINDS, LETTERS))


@dataclass(frozen=True)
class Kept:
    """Everything the disposition list reads, as of one day."""

    series: tuple[Series, ...]
    records: tuple[Record, ...]
    holds: dict[int, list[Hold]]
    request_holds: dict[str, Hold]
    dispositions: tuple[Started, ...]


def series_of(session: Session) -> tuple[Series, ...]:
    return tuple(
        Series(*row)
        for row in rows_of(
            session,
            select(
                RetentionSeries.id,
                RetentionSeries.code,
                RetentionSeries.title,
                RetentionSeries.years,
                RetentionSeries.schedule,
            ).order_by(RetentionSeries.code),
        )
    )


def started_of(session: Session) -> tuple[Started, ...]:
    d = Disposition
    return tuple(
        Started(*row)
        for row in rows_of(
            session,
            select(
                d.number, d.series_id, d.through, d.notice_on, d.waived_on, d.destroyed_on
            ).order_by(d.through),
        )
    )


def series_by_kind(session: Session) -> dict[str, int]:
    """The series each kind of record is kept under, where the city named one for the kind."""
    by_kind: dict[str, int] = {}
    for sid, covers in rows_of(session, select(RetentionSeries.id, RetentionSeries.covers)):
        by_kind.update(dict.fromkeys((covers or "").split(), sid))
    return by_kind


def records_of(
    session: Session, profile: PolicyProfile, *, removals: bool = True
) -> tuple[Record, ...]:
    return tuple(_records(session, profile, removals))


def _records(session: Session, profile: PolicyProfile, removals: bool) -> Iterator[Record]:
    """Every record kept, each under its series; without the removals when they are counted
    by `counted_removals` instead."""
    by_kind = series_by_kind(session)
    for account_id, url, sid, discontinued_on in rows_of(
        session,
        select(Account.id, Account.url, RetentionAccount.series_id, Account.discontinued_on)
        .join(RetentionAccount, RetentionAccount.account_id == Account.id)
        .where(Account.discontinued_on.is_not(None)),
    ):
        yield Record(ACCOUNTS, url, sid, discontinued_on, (account_id,))
    zone = profile.zone
    if removals:
        yield from _removals(session, zone, by_kind)
    if not (by_kind.keys() & {RELEASES, LETTERS}):
        return
    named: dict[int, list[int]] = {}
    for request_id, account_id in rows_of(
        session,
        select(RequestAccount.request_id, RequestAccount.account_id).where(
            RequestAccount.request_id.in_(select(RequestFile.request_id))
        ),
    ):
        named.setdefault(request_id, []).append(account_id)
    for request_id, number, kind, kept_at in rows_of(
        session,
        select(
            RequestFile.request_id, RecordsRequest.number, RequestFile.kind, RequestFile.kept_at
        ).join(RecordsRequest, RecordsRequest.id == RequestFile.request_id),
    ):
        record_kind = _FILE_KINDS.get(kind, LETTERS)
        sid = by_kind.get(record_kind)
        if sid is not None:
            yield Record(
                record_kind,
                f"request {number}",
                sid,
                kept_at.astimezone(zone).date(),
                tuple(named.get(request_id, ())),
                number,
            )


def _removals(session: Session, zone: ZoneInfo, by_kind: dict[str, int]) -> Iterator[Record]:
    by_account: dict[int, int] = {
        a: s
        for a, s in rows_of(
            session, select(RetentionAccount.account_id, RetentionAccount.series_id)
        )
    }
    urls: dict[int, str] = {i: u for i, u in rows_of(session, select(Account.id, Account.url))}
    for account_id, removed_at in rows_of(session, select(Removal.account_id, Removal.removed_at)):
        sid = series_of_kind(REMOVALS, by_kind, by_account.get(account_id))
        if sid is not None:
            yield Record(
                REMOVALS,
                urls[account_id],
                sid,
                removed_at.astimezone(zone).date(),
                (account_id,),
            )


def request_holds(session: Session, day: date) -> dict[str, Hold]:
    """The requests that hold their own records (their letters, what they released) on `day`."""
    held: dict[str, Hold] = {}
    r = RecordsRequest
    for number, status, received, closed, confined, notice, ended in rows_of(
        session,
        select(
            r.number,
            r.status,
            r.received_on,
            r.closed_on,
            r.requester_confined,
            r.action_notice_on,
            r.action_ended_on,
        ),
    ):
        hold = hold_of(
            number,
            status,
            received,
            closed,
            day,
            confined=bool(confined),
            action_notice_on=notice,
            action_ended_on=ended,
        )
        if hold is not None:
            held[number] = hold
    return held


def _start_of(day: date, zone: ZoneInfo) -> datetime:
    """The moment the city's `day` begins: a moment's local day is before `day` when the
    moment is before it."""
    return datetime.combine(day, time(0), tzinfo=zone)


def counted_removals(
    session: Session,
    profile: PolicyProfile,
    series: Sequence[Series],
    dispositions: Sequence[Started],
    holds: Mapping[int, Sequence[Hold]],
    day: date,
) -> tuple[Pending, ...]:
    """The removals past retention on `day`, under no hold, with no disposition begun, counted
    by the database per series (how many, the earliest): what the disposition list would put
    among a series' due records, without reading each removal."""
    by_kind = series_by_kind(session)
    held = sorted(a for a, hs in holds.items() if hs)
    zone = profile.zone
    out: list[Pending] = []
    for s in series:
        statement = select(func.count(), func.min(Removal.removed_at))
        if REMOVALS in by_kind:
            if by_kind[REMOVALS] != s.id:
                continue
        else:
            statement = statement.join(
                RetentionAccount, RetentionAccount.account_id == Removal.account_id
            ).where(RetentionAccount.series_id == s.id)
        lo, hi = due_window(s, dispositions, day)
        statement = statement.where(Removal.removed_at < _start_of(hi, zone))
        if lo is not None:
            statement = statement.where(Removal.removed_at >= _start_of(lo, zone))
        if held:
            statement = statement.where(Removal.account_id.not_in(held))
        [(count, first)] = rows_of(session, statement)
        if count:
            out.append(Pending(s.id, count, first.astimezone(zone).date()))
    return tuple(out)


def kept(session: Session, profile: PolicyProfile, day: date) -> Kept:
    """The series, the records, the holds on `day` and the dispositions begun."""
    return Kept(
        series_of(session),
        records_of(session, profile),
        holds_by_account(session, day),
        request_holds(session, day),
        started_of(session),
    )
