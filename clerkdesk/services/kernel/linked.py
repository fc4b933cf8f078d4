"""A record that names accounts through a table of its own (an exception's accounts, a retention
series' accounts): the accounts typed or imported read as ids, the link table written after the
record, and the plan that adds or changes the record with its accounts in its audit event."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from ...core.errors import ClerkDeskError, InvalidValueError
from ...store.models.accounts import Account
from ..integrity.audit import Change, diff
from .plans import ADDED, UNCHANGED, UPDATED, FollowUp, Plan, Planning


def account_ids_of(planning: Planning, texts: Sequence[str], problems: dict[str, str]) -> list[int]:
    """The accounts named (web addresses), as ids; the first one not found is said under
    `accounts` in `problems`."""
    ids: list[int] = []
    for text in texts:
        try:
            ids.append(planning.lookups.account_at(text)[0])
        except InvalidValueError as exc:
            problems["accounts"] = f"{text}: {exc.message}"
            break
        except ClerkDeskError as exc:
            problems["accounts"] = exc.message
            break
    return ids


class Links:
    """The link table of a record's accounts: its model and the column naming the record."""

    def __init__(self, model: Any, column: str) -> None:
        self.model, self.column = model, column

    def writer(self, account_ids: list[int]) -> FollowUp:
        """Writes the record's accounts once the record has its id: exactly these."""
        ids = sorted(set(account_ids))

        def link(session: Session, record_id: int) -> None:
            mine = getattr(self.model, self.column) == record_id
            session.execute(delete(self.model).where(mine))
            if ids:
                rows = [{self.column: record_id, "account_id": i} for i in ids]
                session.execute(insert(self.model), rows)

        return link

    def urls(self, session: Session, record_id: int) -> list[str]:
        """The web addresses of the record's accounts as the table has them, sorted."""
        return sorted(
            session.execute(
                select(Account.url)
                .join(self.model, self.model.account_id == Account.id)
                .where(getattr(self.model, self.column) == record_id)
            ).scalars()
        )


def plan_linked(
    planning: Planning,
    current: Any,
    key: str,
    values: dict[str, Any],
    insert_values: dict[str, Any],
    urls: list[str],
    link: FollowUp | None,
    links: Links,
    event: tuple[str, str, Callable[[bool], str]],
) -> Plan:
    """Add the record (`current` None) or change it, with its accounts: `link` writes them
    (None: the input did not give them, and they stay). `event` is the audit entity, the
    action's prefix, and the summary for an added (True) or changed (False) record."""
    entity, action, summary = event
    shown = {k: v for k, v in values.items() if v is not None}
    if current is None:
        plan = Plan(
            key=key,
            insert={**insert_values, **values},
            changes=[
                Change(
                    f"{action}.create",
                    entity,
                    key,
                    summary(True) + planning.via,
                    {**shown, "accounts": urls},
                )
            ],
            outcome=ADDED,
        )
        if link:
            plan.follow_ups.append(link)
        return plan
    changes = diff({k: getattr(current, k) for k in values}, values)
    if link is not None and (before := links.urls(planning.session, current.id)) != urls:
        changes["accounts"] = [before, urls]
    if not changes:
        return Plan(key=key, update={}, outcome=UNCHANGED, row_id=current.id)
    plan = Plan(
        key=key,
        row_id=current.id,
        update={"id": current.id, **values},
        changes=[Change(f"{action}.update", entity, key, summary(False) + planning.via, changes)],
        outcome=UPDATED,
    )
    if link is not None and "accounts" in changes:
        plan.follow_ups.append(link)
    return plan
