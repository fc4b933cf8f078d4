"""What `check` replays of the retention register: each series' terms and the accounts it
covers, and each disposition's notice, waiver and destruction. A period shortened or a notice
date moved by hand, so that records could be destroyed sooner, is reported."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...store.models.accounts import Account
from ...store.models.retention import Disposition, RetentionAccount, RetentionSeries
from ..kernel.replayed import Replayed, State, account_named_in

SERIES_FIELDS = ("title", "years", "schedule", "covers", "accounts")
DISPOSITION_FIELDS = (
    "series",
    "through",
    "notice_on",
    "waived_on",
    "destroyed_on",
    "destroyed_by",
    "method",
)


def _series(session: Session) -> dict[str, State]:
    covered: dict[int, list[str]] = {}
    for series_id, url in session.execute(
        select(RetentionAccount.series_id, Account.url).join(
            Account, Account.id == RetentionAccount.account_id
        )
    ):
        covered.setdefault(series_id, []).append(url)
    return {
        code: {
            "title": title,
            "years": years,
            "schedule": schedule,
            "covers": covers,
            "accounts": sorted(covered.get(sid, [])),
        }
        for sid, code, title, years, schedule, covers in session.execute(
            select(
                RetentionSeries.id,
                RetentionSeries.code,
                RetentionSeries.title,
                RetentionSeries.years,
                RetentionSeries.schedule,
                RetentionSeries.covers,
            )
        )
    }


def _dispositions(session: Session) -> dict[str, State]:
    d = Disposition
    return {
        number: dict(zip(DISPOSITION_FIELDS, rest, strict=True))
        for number, *rest in session.execute(
            select(
                d.number,
                RetentionSeries.code,
                d.through,
                d.notice_on,
                d.waived_on,
                d.destroyed_on,
                d.destroyed_by,
                d.method,
            ).join(RetentionSeries, RetentionSeries.id == d.series_id)
        )
    }


REPLAYED = (
    Replayed(
        "series",
        "retention series",
        "code",
        SERIES_FIELDS,
        ("series.create",),
        _series,
        lists=("accounts",),
        follows=(account_named_in("accounts"),),
    ),
    Replayed(
        "disposition",
        "disposition",
        "number",
        DISPOSITION_FIELDS,
        ("disposition.start",),
        _dispositions,
    ),
)
