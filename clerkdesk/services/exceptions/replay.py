"""What `check` replays of the exceptions register: each exception's terms — what it allows,
who approved it and when, when it expires — and the accounts it covers. An expiry moved or an
account added by hand, so that a site check stops flagging it, is reported."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...store.models.accounts import Account
from ...store.models.exceptions import ExceptionAccount, PolicyException
from ..kernel.replayed import Replayed, State, account_named_in

FIELDS = ("summary", "office", "approved_by", "approved_on", "expires_on", "allows", "accounts")


def _exceptions(session: Session) -> dict[str, State]:
    rows = session.execute(
        select(
            PolicyException.id,
            PolicyException.number,
            PolicyException.summary,
            PolicyException.office,
            PolicyException.approved_by,
            PolicyException.approved_on,
            PolicyException.expires_on,
            PolicyException.allows,
        )
    ).all()
    covered: dict[int, list[str]] = {}
    for exception_id, url in session.execute(
        select(ExceptionAccount.exception_id, Account.url).join(
            Account, Account.id == ExceptionAccount.account_id
        )
    ):
        covered.setdefault(exception_id, []).append(url)
    return {
        row[1]: {
            **dict(zip(FIELDS[:-1], row[2:], strict=True)),
            "accounts": sorted(covered.get(row[0], [])),
        }
        for row in rows
    }


REPLAYED = (
    Replayed(
        "exception",
        "exception",
        "number",
        FIELDS,
        ("exception.create",),
        _exceptions,
        lists=("accounts",),
        follows=(account_named_in("accounts"),),
    ),
)
