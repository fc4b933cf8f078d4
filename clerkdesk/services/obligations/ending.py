"""What becomes of deadlines when their record moves on: the obligations that end when an
account is discontinued or a person leaves, said in the audit event of that change (the
engine asked before and after it, in the same transaction), and the finding an approval after
the grandfathering deadline leaves in the account's history."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from math import inf
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...core import obligations as engine
from ...core.deadlines import days_late, grandfather_deadline, late_approval_text
from ...core.vocabulary import AccountStatus
from ...store.models.accounts import Account, Approval
from ...store.models.audit import AuditEvent
from ...store.models.departments import Department
from ..kernel.common import city_row, profile_of
from ..kernel.database import Database
from .snapshot import snapshot

# The audit details key that lists the obligations a change ended.
ENDED = "obligations_ended"


def in_force(
    session: Session, now: datetime, account_ids: Collection[int] | None = None
) -> list[engine.Obligation]:
    """Every obligation at `now`, as the caller's transaction sees the register; with
    `account_ids`, only those of these accounts and of their departments (the rest of the
    city cannot change with them)."""
    snap = snapshot(session, now)
    if account_ids is not None:
        snap = _about(session, snap, set(account_ids))
    return engine.compute(snap, now)


def _about(session: Session, snap: engine.Snapshot, ids: set[int]) -> engine.Snapshot:
    names = set(
        session.execute(
            select(Department.name)
            .join(Account, Account.department_id == Department.id)
            .where(Account.id.in_(ids))
        ).scalars()
    )
    return replace(
        snap,
        accounts=tuple(a for a in snap.accounts if a.id in ids),
        assignments=tuple(a for a in snap.assignments if a.account_id in ids),
        password_changes=tuple(c for c in snap.password_changes if c.account_id in ids),
        removals=tuple(r for r in snap.removals if r.account_id in ids),
        reviews=tuple(r for r in snap.reviews if r.department in names),
    )


def _key(o: engine.Obligation) -> tuple[Any, ...]:
    # Not the due date: an obligation whose deadline moved has not ended.
    return (o.kind, o.account_id, o.person_id, o.department, o.text)


def ended_between(
    before: list[engine.Obligation], after: list[engine.Obligation]
) -> list[dict[str, Any]]:
    """The obligations of `before` that `after` no longer has, as the audit log keeps them."""
    left = Counter(_key(o) for o in after)
    gone = []
    for o in before:
        key = _key(o)
        if left[key]:
            left[key] -= 1
            continue
        gone.append(
            {
                "kind": o.kind,
                "rule": o.rule,
                "due": o.due_text,
                "account": o.account,
                "person": o.person,
                "text": o.text,
            }
        )
    return gone


@contextmanager
def obligations_ending(
    session: Session, now: datetime, account_ids: Collection[int]
) -> Iterator[list[dict[str, Any]]]:
    """Around a change made in the block to `account_ids` (an account, or the accounts a
    person could use): the list it yields is filled, once the block has made its change, with
    the obligations that ended with it (nothing when the block fails)."""
    before = in_force(session, now, account_ids)
    ended: list[dict[str, Any]] = []
    yield ended
    session.flush()
    ended.extend(ended_between(before, in_force(session, now, account_ids)))


def ended_summary(ended: list[dict[str, Any]]) -> str:
    """A few words for the audit event's summary: how many obligations ended, of which rules."""
    if not ended:
        return ""
    rules = sorted({item["rule"] for item in ended}, key=lambda r: (len(r), r))
    noun = "obligation" if len(ended) == 1 else "obligations"
    return f"; {len(ended)} {noun} ended with it ({', '.join(rules)})"


def approval_finding(session: Session, previous_status: str, approved_on: date) -> str | None:
    """The finding an approval of an account in use before the policy leaves when it came
    after the grandfathering deadline (R5): "approved 2,671 days after the deadline"."""
    if previous_status != AccountStatus.PRE_EXISTING:
        return None
    city = city_row(session)
    profile = profile_of(city)
    if not profile.applies("R5"):
        return None  # the city's policy has no grandfathering deadline
    window = profile.grandfather_days
    late = days_late(approved_on, city.adopted_on, window)
    if late is None or city.adopted_on is None:
        return None
    return late_approval_text(late, grandfather_deadline(city.adopted_on, window))


def late_approval(db: Database, account_id: int) -> str | None:
    """The finding of the account's current approval, if it came late: read from its history
    (the approval's audit event says the account was in use before the policy), under each
    web address the account has had."""
    with db.reading() as session:
        account = session.get(Account, account_id)
        if account is None or account.status != AccountStatus.APPROVED:
            return None
        approved_on = session.execute(
            select(Approval.approved_on)
            .where(Approval.account_id == account.id)
            .order_by(Approval.id.desc())
            .limit(1)
        ).scalar()
        if approved_on is None:
            return None
        spans = addresses_had(session, account.url)
        events = session.execute(
            select(AuditEvent.seq, AuditEvent.entity_key, AuditEvent.details)
            .where(
                AuditEvent.entity == "account",
                AuditEvent.entity_key.in_({url for url, _, _ in spans}),
            )
            .where(AuditEvent.action.in_(("account.approve", "account.update")))
            .order_by(AuditEvent.seq.desc())
        )
        for seq, url, details in events:
            if not any(u == url and since <= seq <= until for u, since, until in spans):
                continue  # another account's, under an address it had before or after
            status = json.loads(details).get("status")
            if isinstance(status, list) and status[-1:] == [AccountStatus.APPROVED]:
                return approval_finding(session, str(status[0]), approved_on)
        return None


def addresses_had(session: Session, url: str) -> list[tuple[str, int, float]]:
    """The web addresses an account now at `url` has had, newest first, each with the span of
    the log (first and last event's seq, both kept) its events were under it: an event that
    changed the address ([old, new]) ends the old one's span and starts the new one's."""
    changes = session.execute(
        select(AuditEvent.seq, AuditEvent.details)
        .where(AuditEvent.entity == "account", AuditEvent.details.like('%"url": [%'))
        .order_by(AuditEvent.seq.desc())
    )
    spans: list[tuple[str, int, float]] = []
    current, until = url, inf
    for seq, text in changes:
        try:
            moved = json.loads(text).get("url")
        except (ValueError, TypeError, AttributeError):
            continue
        if isinstance(moved, list) and len(moved) == 2 and moved[1] == current != moved[0]:
            spans.append((current, seq, until))
            current, until = str(moved[0]), seq
    # Its first address from the event that added it: another account may have had that
    # address before (and left it, or been added under it by a file and moved away).
    created = session.execute(
        select(func.max(AuditEvent.seq)).where(
            AuditEvent.entity == "account",
            AuditEvent.entity_key == current,
            AuditEvent.action == "account.create",
            AuditEvent.seq <= until,
        )
    ).scalar()
    spans.append((current, created or 0, until))
    return spans
