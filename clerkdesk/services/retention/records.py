"""The records ClerkDesk keeps, each with the series the city keeps it under (Wis. Stat.
19.21), and the holds public-records requests put on them (19.35(5)), as the plain values
`core.retention.disposition_list` reads."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.profile import PolicyProfile
from ...core.records import LETTER_KINDS, Hold, hold_of
from ...core.retention import ACCOUNTS, LETTERS, RELEASES, REMOVALS, Record, Series, Started
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


def _records(session: Session, profile: PolicyProfile) -> Iterator[Record]:
    by_account: dict[int, int] = {
        a: s
        for a, s in rows_of(
            session, select(RetentionAccount.account_id, RetentionAccount.series_id)
        )
    }
    by_kind: dict[str, int] = {}
    for sid, covers in rows_of(session, select(RetentionSeries.id, RetentionSeries.covers)):
        by_kind.update(dict.fromkeys((covers or "").split(), sid))
    urls: dict[int, str] = {i: u for i, u in rows_of(session, select(Account.id, Account.url))}
    for account_id, discontinued_on in rows_of(
        session,
        select(Account.id, Account.discontinued_on).where(Account.discontinued_on.is_not(None)),
    ):
        if account_id in by_account:
            yield Record(
                ACCOUNTS, urls[account_id], by_account[account_id], discontinued_on, (account_id,)
            )
    zone = profile.zone
    for account_id, removed_at in rows_of(session, select(Removal.account_id, Removal.removed_at)):
        sid = by_kind.get(REMOVALS, by_account.get(account_id))
        if sid is not None:
            yield Record(
                REMOVALS,
                urls[account_id],
                sid,
                removed_at.astimezone(zone).date(),
                (account_id,),
            )
    if not (by_kind.keys() & {RELEASES, LETTERS}):
        return
    named: dict[int, list[int]] = {}
    for request_id, account_id in rows_of(
        session, select(RequestAccount.request_id, RequestAccount.account_id)
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


def kept(session: Session, profile: PolicyProfile, day: date) -> Kept:
    """The series, the records, the holds on `day` and the dispositions begun."""
    return Kept(
        series_of(session),
        tuple(_records(session, profile)),
        holds_by_account(session, day),
        request_holds(session, day),
        started_of(session),
    )
