"""The clerk's decision on a repeat violator (R16): a poster whose content was removed twice from
one account is blocked, or not, and why; recorded once, with its account's event naming it for
`check` (decision_replay)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from ...core.errors import ClerkDeskError, ValidationError
from ...store.models.accounts import Account
from ...store.models.removals import Removal, RepeatDecision
from ..integrity.audit import Change, record
from ..kernel.common import city_row, city_today, clean, profile_of
from ..kernel.database import Database
from ..kernel.lookups import account_at
from .decision_replay import BLOCK as DECISIONS
from .decision_replay import decision_key


def decide_repeat(
    db: Database, account_url: str, poster: str, block: bool, reason: str, on: date | None = None
) -> None:
    """The clerk's decision on a repeat violator (R16): block the poster or not, and why."""
    with db.writing() as session:
        profile = profile_of(city_row(session))
        today = city_today(db, profile)
        account_id, url = account_at(session, account_url)
        account = session.get(Account, account_id)
        assert account is not None
        poster = (poster or "").strip()
        problems: dict[str, str] = {}
        count = session.execute(
            select(func.count()).where(Removal.account_id == account.id, Removal.poster == poster)
        ).scalar_one()
        if count < 2:
            problems["poster"] = f"{poster} has {count} removal(s) on {url}: not a repeat violator"
        if not clean(reason):
            problems["reason"] = "say why"
        day = on or today
        if day > today:
            problems["decided_on"] = "cannot be in the future"
        if problems:
            raise ValidationError(problems)
        decided = session.execute(
            select(RepeatDecision).where(
                RepeatDecision.account_id == account.id, RepeatDecision.poster == poster
            )
        ).scalar_one_or_none()
        if decided is not None:
            raise ClerkDeskError(
                f"the decision on {poster} at {url} was recorded on {decided.decided_on}"
            )
        session.add(
            RepeatDecision(
                account_id=account.id,
                poster=poster,
                block=block,
                reason=clean(reason),
                decided_on=day,
                decided_by=db.actor,
            )
        )
        record(
            session,
            db,
            Change(
                "removal.decide",
                "account",
                url,
                f"Decided {'to block' if block else 'not to block'} repeat violator {poster} "
                f"on {url}: {clean(reason)}",
                {
                    "poster": poster,
                    "block": block,
                    "decided_on": day,
                    DECISIONS: {
                        decision_key(url, poster): {
                            "added": True,
                            "block": block,
                            "reason": clean(reason),
                            "decided_on": day,
                        }
                    },
                },
            ),
        )
