"""The credential store and the database cannot commit together. So a change to the store is
announced first: a row saying which account and what (never the secret, a hash of it or any
part of it) is committed before the store is touched, and removed in the transaction that
records the change. A row left behind is a change that may be in the store and is not in the
register; the command line on its next start, the window and `check` say each one, until the
credential of that account is recorded again."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ...core.dates import format_moment, zone
from ...store.models.city import City
from ...store.models.credentials import PendingChange
from ..kernel.database import Database

# What a change to the store is, as the clerk is told of it.
_SAID = {
    "password": "a new password for {url} was being stored",
    "removal": "the credential of {url} was being removed from the store",
    "handover": "the credential of {url} was being put in the store from a handover file",
}

Done = Callable[[Session], None]


@contextmanager
def announced(db: Database, urls: Sequence[str], what: str) -> Iterator[Done]:
    """Announce a change to the credential store of each account in `urls`, then run the
    block; it calls the function it is given in the transaction that records the change. If
    the block fails, the announcement is withdrawn (the store was put back as it was)."""
    if what not in _SAID:
        raise ValueError(f"unknown change {what!r}")
    if not urls:
        yield lambda session: None
        return
    with db.writing() as session:
        rows = [
            PendingChange(account_url=url, what=what, started_at=db.clock(), actor=db.actor)
            for url in urls
        ]
        session.add_all(rows)
        session.flush()
        ids = [row.id for row in rows]

    def done(session: Session) -> None:
        # Earlier unfinished changes of these accounts are settled by this record too.
        session.execute(delete(PendingChange).where(PendingChange.account_url.in_(list(urls))))

    try:
        yield done
    except BaseException:
        try:
            with db.writing() as session:
                session.execute(delete(PendingChange).where(PendingChange.id.in_(ids)))
        except Exception:  # noqa: BLE001  (left for `check` to report: it may be unfinished)
            pass
        raise


def unfinished_changes(session: Session) -> list[str]:
    """Each change to the credential store begun and never recorded, as the clerk is asked
    about it."""
    rows = session.execute(select(PendingChange).order_by(PendingChange.id)).scalars().all()
    if not rows:
        return []
    city = session.get(City, 1)
    tz = zone(_timezone(city))
    return [
        f"credential store: {_SAID[row.what].format(url=row.account_url)} at "
        f"{format_moment(row.started_at, tz)} by {row.actor} but was not recorded; was it "
        "changed on the platform? Record the password the platform has now "
        "(`clerkdesk credential set`, or Credentials… on the account's page)"
        for row in rows
    ]


def pending_said(db: Database) -> list[str]:
    with db.reading() as session:
        return unfinished_changes(session)


def _timezone(city: City | None) -> str:
    if city is None:
        return "UTC"
    from ..kernel.common import profile_of

    return profile_of(city).timezone
