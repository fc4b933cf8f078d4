"""Which accounts public-records requests hold (R17, Wis. Stat. 19.35(5)), and how long a
discontinued account's records are kept (19.21). Every write that would end an account or
its records asks here first: the hold rule is written once, in `core.records.hold_of`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.dates import short_date
from ...core.errors import ClerkDeskError
from ...core.profile import PolicyProfile
from ...core.records import HELD_ACTION, Hold, hold_of, keep_until
from ...store.models.accounts import Account
from ...store.models.requests import RecordsRequest, RequestAccount
from ...store.models.retention import RetentionAccount, RetentionSeries
from ..kernel.common import city_row, city_today, profile_of, rows_of
from ..kernel.database import Database


def holds_by_account(
    session: Session, day: date, account_ids: Iterable[int] | None = None
) -> dict[int, list[Hold]]:
    """The requests holding each account's records on `day` (accounts with none left out)."""
    query = select(
        RequestAccount.account_id,
        RecordsRequest.number,
        RecordsRequest.status,
        RecordsRequest.received_on,
        RecordsRequest.closed_on,
        RecordsRequest.requester_confined,
        RecordsRequest.action_notice_on,
        RecordsRequest.action_ended_on,
    ).join(RecordsRequest, RecordsRequest.id == RequestAccount.request_id)
    if account_ids is not None:
        query = query.where(RequestAccount.account_id.in_(list(account_ids)))
    held: dict[int, list[Hold]] = {}
    of_request: dict[str, Hold | None] = {}  # a request naming several accounts: worked once
    # Read as plain rows: over a city's thousands of links, the ORM's result layer cost as
    # much as the rule itself.
    for account_id, number, status, received, closed, confined, notice, ended in rows_of(
        session, query
    ):
        if number not in of_request:
            of_request[number] = hold_of(
                number,
                status,
                received,
                closed,
                day,
                confined=bool(confined),
                action_notice_on=notice,
                action_ended_on=ended,
            )
        hold = of_request[number]
        if hold is not None:
            held.setdefault(account_id, []).append(hold)
    return held


def hold_refusal(session: Session, account: Account, day: date, doing: str) -> str | None:
    """The plain message refusing `doing` (e.g. "discontinuing") to an account on hold."""
    holds = holds_by_account(session, day, [account.id]).get(account.id)
    if not holds:
        return None
    if holds[0].why == HELD_ACTION:
        until = "until the action and any appeal have ended"
    elif holds[0].until is None:
        until = "until the request is granted, or the days after its denial have passed"
    else:
        until = "until then"
    return (
        f"{doing} {account.url} is refused: it is {holds[0].describe()}, and its records may "
        f"not be destroyed {until}"
    )


def refuse_if_held(session: Session, account: Account, day: date, doing: str) -> None:
    """Raise the refusal when the account is on hold; the caller's transaction then writes
    nothing."""
    if message := hold_refusal(session, account, day, doing):
        raise ClerkDeskError(message)


@dataclass(frozen=True, slots=True)
class AccountRecords:
    """What the records law says of one account today: the requests holding its records, and
    for a discontinued account, the last day its records are kept."""

    account_id: int
    holds: tuple[Hold, ...]
    keep_until: date | None

    @property
    def on_hold(self) -> bool:
        return bool(self.holds)

    def describe(self) -> str:
        parts = [hold.describe() for hold in self.holds]
        if self.keep_until is not None:
            parts.append(f"records kept until {short_date(self.keep_until)}")
        return "; ".join(parts)


def account_records(
    db: Database, account_ids: Iterable[int] | None = None
) -> dict[int, AccountRecords]:
    """Each account's holds and keep-until date (for the account window and the inventory):
    every account, or only `account_ids`."""
    with db.reading() as session:
        profile = profile_of(city_row(session))
        return records_in(session, profile, city_today(db, profile), account_ids)


def records_in(
    session: Session, profile: PolicyProfile, today: date, account_ids: Iterable[int] | None
) -> dict[int, AccountRecords]:
    wanted = list(account_ids) if account_ids is not None else None
    # Kept for the years of the account's retention series (as the disposition list keeps
    # it), or the profile's where the city has put it under none.
    query = (
        select(Account.id, Account.discontinued_on, RetentionSeries.years)
        .outerjoin(RetentionAccount, RetentionAccount.account_id == Account.id)
        .outerjoin(RetentionSeries, RetentionSeries.id == RetentionAccount.series_id)
    )
    if wanted is not None:
        query = query.where(Account.id.in_(wanted))
    held = holds_by_account(session, today, wanted)
    return {
        account_id: AccountRecords(
            account_id,
            tuple(held.get(account_id, ())),
            keep_until(discontinued_on, profile.retention_years if years is None else years)
            if discontinued_on
            else None,
        )
        for account_id, discontinued_on, years in session.execute(query)
    }
