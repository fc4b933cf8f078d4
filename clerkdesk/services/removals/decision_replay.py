"""What `check` replays of the clerk's decisions on repeat violators (R16): whether the poster
is blocked, why, and the day it was decided, from the account's "removal.decide" events. A
decision turned around or backdated in the table without an event is reported.

A decision is known by its account's web address and the poster (`decision_key`); an account's
new web address moves it. The events carry a `repeat_decisions` block ({key: {"added": true,
field: value}}); decisions recorded before the events named them so (the event gave the poster,
the block and the day, not the reason) are noted, and checked from their next change."""

from __future__ import annotations

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ...store.models.accounts import Account
from ...store.models.audit import AuditEvent
from ...store.models.removals import RepeatDecision
from ..kernel.replayed import Follows, Replayed, State, keyed_states, logged, url_moved

BLOCK = "repeat_decisions"
FIELDS = ("block", "reason", "decided_on")


def decision_key(url: str, poster: str) -> str:
    """A decision's key: its account's web address (no space in it) and the poster."""
    return f"{url} {poster}"


def _decisions(session: Session) -> dict[str, State]:
    rows = session.execute(
        select(
            Account.url,
            RepeatDecision.poster,
            RepeatDecision.block,
            RepeatDecision.reason,
            RepeatDecision.decided_on,
        ).join(Account, Account.id == RepeatDecision.account_id)
    )
    return keyed_states(rows, decision_key, FIELDS)


def _decided_before_blocks(session: Session) -> set[str]:
    """The decisions recorded before the account's events named each, as their keys are now
    (moved by their account's new web addresses)."""
    keys: set[str] = set()
    rows = session.execute(
        select(AuditEvent.action, AuditEvent.entity_key, AuditEvent.details)
        .where(
            AuditEvent.entity == "account",
            or_(
                and_(
                    AuditEvent.action == "removal.decide",
                    ~AuditEvent.details.like(f'%"{BLOCK}": {{%'),
                ),
                AuditEvent.details.like('%"url": [%'),
            ),
        )
        .order_by(AuditEvent.seq)
    )
    for action, url, details in logged(rows):
        if action == "removal.decide":
            if isinstance(poster := details.get("poster"), str):
                keys.add(decision_key(url, poster))
        elif isinstance(moved := details.get("url"), list) and len(moved) == 2:
            keys = {url_moved(k, str(moved[0]), str(moved[1])) or k for k in keys}
    return keys


REPEAT_DECISIONS = Replayed(
    "repeat_decision",
    "repeat-violator decision",
    "repeat_decision",  # named only by its account's events' block; its key moves by Follows
    FIELDS,
    (),
    _decisions,
    follows=(Follows("account", "url", url_moved),),
    earlier=_decided_before_blocks,
    block=BLOCK,  # carried by account events, most of a city's log: read whole, it is quicker
)
