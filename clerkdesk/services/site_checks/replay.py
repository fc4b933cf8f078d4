"""What `check` replays of the site checks register: what each check found — the notices
shown, direct messages, multi-factor authentication, the last post, where the records are
archived — and who checked. A finding changed by hand, which would clear an item on Today, is
reported. A check is named by its account and day, as its events name it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...store.models.accounts import Account
from ...store.models.people import Person
from ...store.models.site_checks import SiteCheck
from ..kernel.replayed import Replayed, State

FIELDS = ("checked_by", "notices", "direct_messages", "mfa", "last_post_on", "archived_in")


def _checks(session: Session) -> dict[str, State]:
    rows = session.execute(
        select(
            Account.url,
            SiteCheck.checked_on,
            Person.employee_id,
            SiteCheck.notices,
            SiteCheck.direct_messages,
            SiteCheck.mfa,
            SiteCheck.last_post_on,
            SiteCheck.archived_in,
        )
        .join(Account, Account.id == SiteCheck.account_id)
        .join(Person, Person.id == SiteCheck.checked_by_id)
    ).all()
    return {f"{row[0]} {row[1]}": dict(zip(FIELDS, row[2:], strict=True)) for row in rows}


REPLAYED = (
    Replayed("site_check", "site check", "account_url", FIELDS, ("site_check.create",), _checks),
)
