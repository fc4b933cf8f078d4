"""A kept removal corrected from its form: planned and validated as a new one is, and audited
with what changed."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import suppress
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ...core.dates import format_moment
from ...core.errors import ClerkDeskError
from ...store.models.accounts import Account
from ...store.models.removals import Removal
from ..integrity.audit import Change
from ..kernel.database import Database
from ..kernel.plans import UNCHANGED, UPDATED, Plan, Planning, failed, write_one
from ..kernel.scans import keep_scan
from ..requests.holds import hold_refusal
from ..requests.views import RemovalView
from .lookups import RemovalLookups
from .replay import removal_key
from .writes import REMOVAL_FIELDS, RemovalInput, plan_removal, removal_views

MISSING = "that removal is no longer in the register"


def plan_correction(planning: Planning, data: RemovalInput, current: Removal) -> Plan:
    """The removal `current` as `data` says: its account and moment may change too, to one
    no other removal is kept at."""
    session = planning.session
    lookups = RemovalLookups(planning)
    lookups.existing.pop((current.account_id, current.removed_at), None)
    was_url = session.execute(
        select(Account.url).where(Account.id == current.account_id)
    ).scalar_one()
    account_id = url = None
    with suppress(ClerkDeskError):  # said by plan_removal
        account_id, url = planning.lookups.account_at(data.account_url)
    moment = data.removed_at
    if account_id is not None and moment is not None:
        if (account_id, moment) in lookups.existing:
            shown = format_moment(moment, planning.tz)
            return failed({"removed_at": f"a removal from {url} at {shown} is already kept"})
        lookups.existing[(account_id, moment)] = current
    plan = plan_removal(lookups, data, match=True)
    if not plan.ok:
        return plan
    assert account_id is not None and moment is not None and url is not None
    values = {k: v for k, v in (plan.update or {}).items() if k != "id"}
    if not data.action_reason or not data.action_reason.strip():
        values["action_reason"] = None  # cleared on the form (plan_removal keeps a file's)
    before: dict[str, Any] = {f: getattr(current, f) for f in REMOVAL_FIELDS}
    before |= {"account_id": current.account_id, "removed_at": current.removed_at}
    after = {**before, **values, "account_id": account_id, "removed_at": moment}
    changed = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
    if not changed:
        return Plan(key=plan.key, update={}, outcome=UNCHANGED, row_id=current.id)
    if held := _moved_while_held(planning, current, changed):
        return failed(held, plan.key)
    details = _readable(planning.lookups.people, changed, was_url, url)
    said = ", ".join(_label(k) for k in details if k != "evidence_sha256")
    was_key, key = removal_key(was_url, current.removed_at), removal_key(url, moment)
    if was_key != key:  # moved: `check` carries what it replayed over to the new key
        details["removal"] = [was_key, key]
    shown = format_moment(current.removed_at, planning.tz)
    return Plan(
        key=plan.key,
        update={"id": current.id, **{k: after[k] for k in changed}},
        outcome=UPDATED,
        row_id=current.id,
        changes=[
            Change(
                "removal.update",
                "removal",
                key,
                f"Corrected the removal from {was_url} at {shown}: {said}{planning.via}",
                details,
            )
        ],
    )


def _moved_while_held(
    planning: Planning, current: Removal, changed: dict[str, list[Any]]
) -> dict[str, str]:
    """The hold's refusal of moving a kept removal to another account or moment while a
    public-records request holds its account (R17): where and when it was removed is part of
    the record."""
    moves = {"account_id": "account_url", "removed_at": "removed_at"}
    fields = [field for column, field in moves.items() if column in changed]
    if not fields:
        return {}
    account = planning.session.get_one(Account, current.account_id)
    doing = (
        "Moving a removal to another account from"
        if "account_id" in changed
        else "Moving a removal to another moment on"
    )
    refusal = hold_refusal(planning.session, account, planning.today, doing)
    return {field: refusal for field in fields} if refusal else {}


def _label(field: str) -> str:
    return {
        "account_url": "account",
        "removed_at": "moment",
        "action_reason": "why deleted",
        "staff_employee_id": "who removed it",
        "evidence": "screenshot",
    }.get(field, field)


def _readable(
    people: Mapping[str, int], changed: dict[str, list[Any]], was: str, url: str
) -> dict[str, Any]:
    """The changes as the form shows them: the account's URL, the staff member's employee ID,
    a new screenshot's name and digest."""
    details: dict[str, Any] = {}
    for key, pair in changed.items():
        if key == "account_id":
            details["account_url"] = [was, url]
        elif key == "staff_person_id":
            ids = {v: k for k, v in people.items()}
            details["staff_employee_id"] = [ids.get(pair[0]), ids.get(pair[1])]
        else:
            details[key] = pair
    return details


def correct_removal(
    db: Database, removal_id: int, data: RemovalInput, screenshot: Path | None = None
) -> RemovalView:
    """A form's correction of a kept removal; `screenshot`, if chosen, is kept under scans/."""
    if screenshot is not None:
        name, digest = keep_scan(db, screenshot)
        data = replace(data, evidence=name, evidence_sha256=digest)
    return write_one(
        db,
        Removal,
        removal_id,
        MISSING,
        lambda planning, current: plan_correction(planning, data, current),
        lambda session, row_id: removal_views(session, Removal.id == row_id)[0],
    )
