"""The register of removed content (R16): each removal planned from a form or a file's row and
kept with its time, poster, content, category, action and the staff member who took it; and
the clerk's decision on a repeat violator is in `decisions`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from ...collection import paused
from ...core.dates import format_moment
from ...core.errors import ClerkDeskError, ValidationError
from ...core.obligations.model import new_tuple
from ...core.records import DELETED, REMOVAL_ACTIONS, REMOVAL_CATEGORIES
from ...store.models.accounts import Account
from ...store.models.departments import Department
from ...store.models.people import Person
from ...store.models.removals import PosterRemovals, Removal, RepeatDecision
from ...store.types import utc_moment
from ..integrity.audit import Change, diff, record
from ..kernel.common import city_zone, clean, count_rows, driver_rows
from ..kernel.database import Database
from ..kernel.plans import ADDED, UNCHANGED, UPDATED, Plan, Planning, failed, write_one
from ..kernel.scans import keep_scan
from ..requests.holds import hold_refusal
from ..requests.views import RemovalView
from .lookups import RemovalLookups
from .replay import COLUMNS, removal_key

REMOVAL_FIELDS = (
    "poster",
    "content",
    "category",
    "action",
    "action_reason",
    "staff_person_id",
    "evidence",
    "evidence_sha256",
)
_TEXT = {"poster": 200, "content": 20000, "action_reason": 2000, "evidence": 300}


@dataclass(frozen=True)
class RemovalInput:
    account_url: str
    removed_at: datetime | None
    poster: str
    content: str
    category: str
    action: str
    staff_employee_id: str
    action_reason: str | None = None
    evidence: str | None = None
    evidence_sha256: str | None = None  # a screenshot kept under scans/ (form only)


def plan_removal(lookups: RemovalLookups, data: RemovalInput, match: bool = True) -> Plan:
    """Keep a removal; with `match` (a file's row), one already kept at the same account and
    moment is changed instead."""
    planning = lookups.planning
    problems: dict[str, str] = {}
    account_id = None
    try:
        account_id, url = planning.lookups.account_at(data.account_url)
    except ClerkDeskError as exc:
        url, problems["account_url"] = "", exc.message
    moment = data.removed_at
    if moment is None:
        problems["removed_at"] = "required"
    elif moment > planning.now:
        problems["removed_at"] = "cannot be in the future"
    for name in ("poster", "content"):
        if not clean(getattr(data, name)):
            problems[name] = "required"
    for name, most in _TEXT.items():
        value = clean(getattr(data, name))
        if value is not None and len(value) > most:
            problems[name] = f"at most {most:,} characters"
    profile = planning.profile
    category = (data.category or "").strip().lower()
    if category not in profile.removal_categories:
        known = ", ".join(profile.removal_categories)
        problems["category"] = (
            f"{category!r} is not a category of the {profile.title} (one of: {known})"
            if category
            else f"required (one of: {known})"
        )
    action = (data.action or "").strip().lower()
    if action not in REMOVAL_ACTIONS:
        problems["action"] = f"must be one of: {', '.join(REMOVAL_ACTIONS)}"
    elif action == DELETED and not clean(data.action_reason) and not planning.from_file:
        # A file may leave it out (INTERFACE.md): kept as not recorded, which the page shows.
        problems["action_reason"] = (
            "the policy prefers hiding where the platform allows: say why it was deleted"
        )
    staff = clean(data.staff_employee_id)
    if not staff:
        problems["staff_employee_id"] = "required: who removed it"
    elif staff not in planning.lookups.people:
        problems["staff_employee_id"] = f"no person with employee ID {staff!r}"
    key = f"{url} {moment.isoformat() if moment else ''}"
    if problems:
        return failed(problems, key)
    assert account_id is not None and moment is not None and staff is not None
    values: dict[str, Any] = {
        "poster": clean(data.poster),
        "content": clean(data.content),
        "category": category,
        "action": action,
        "action_reason": clean(data.action_reason),
        "staff_person_id": planning.lookups.people[staff],
        "evidence": clean(data.evidence),
        "evidence_sha256": data.evidence_sha256,
    }
    shown = format_moment(moment, planning.tz)
    current = lookups.existing.get((account_id, moment))
    if current is not None and current.evidence == values["evidence"] and not data.evidence_sha256:
        values["evidence_sha256"] = current.evidence_sha256  # a file names the same screenshot
    if held := _held_changes(planning, current, values):
        return failed(held, key)
    if current is not None and values["action_reason"] is None and current.action_reason:
        # A file that does not say why (INTERFACE.md lets it) keeps the reason the register has.
        values["action_reason"] = current.action_reason
    via = planning.via
    if current is None:
        details = {k: v for k, v in values.items() if v is not None and k != "staff_person_id"}
        lookups.existing[(account_id, moment)] = Removal(account_id=account_id, removed_at=moment)
        return Plan(
            key=key,
            insert={
                **values,
                "account_id": account_id,
                "removed_at": moment,
                "recorded_at": planning.now,
            },
            outcome=ADDED,
            changes=[
                Change(
                    "removal.create",
                    "removal",
                    removal_key(url, moment),
                    f"Recorded content of {values['poster']} removed from {url} at {shown} "
                    f"({REMOVAL_CATEGORIES[category].lower()}, {action}){via}",
                    {**details, "removed_at": moment, "staff_employee_id": staff},
                ),
            ],
        )
    if current.id is None:
        return failed({"removed_at": "the same account and moment as an earlier line"}, key)
    if not match:
        return failed({"removed_at": f"a removal from {url} at {shown} is already kept"}, key)
    changes = diff({f: getattr(current, f) for f in REMOVAL_FIELDS}, values)
    if not changes:
        return Plan(key=key, update={}, outcome=UNCHANGED, row_id=current.id)
    if "staff_person_id" in changes:  # said as the employee IDs, as a new removal's event does
        ids = {v: k for k, v in planning.lookups.people.items()}
        changes["staff_employee_id"] = [ids.get(i) for i in changes.pop("staff_person_id")]
    return Plan(
        key=key,
        update={"id": current.id, **values},
        outcome=UPDATED,
        row_id=current.id,
        changes=[
            Change(
                "removal.update",
                "removal",
                removal_key(url, moment),
                f"Changed the removal from {url} at {shown}{via}",
                changes,
            )
        ],
    )


# What a kept removal says of what was removed: while a public-records request holds its
# account (R17), none of it is changed (its screenshot neither replaced nor cleared).
HELD_FIELDS = ("poster", "content", "evidence")


def _held_changes(
    planning: Planning, current: Removal | None, values: dict[str, Any]
) -> dict[str, str]:
    """The hold's refusal of each change to what a kept removal records of what was removed,
    while a public-records request holds its account (R17): the removal is the record."""
    if current is None or current.id is None:
        return {}
    changed = [
        f
        for f in HELD_FIELDS
        if values[f] != getattr(current, f) and (f != "evidence" or current.evidence)
    ]  # a screenshot added where there was none destroys nothing
    if not changed:
        return {}
    account = planning.session.get_one(Account, current.account_id)
    refusals: dict[str, str] = {}
    for field in changed:
        if field == "evidence":
            verb = "Replacing" if values[field] else "Removing"
            doing = f"{verb} the screenshot of a removal from"
        else:
            doing = f"Changing the {field} of a removal from"
        if refusal := hold_refusal(planning.session, account, planning.today, doing):
            refusals[field] = refusal
    return refusals


def record_removal(db: Database, data: RemovalInput, screenshot: Path | None = None) -> RemovalView:
    """A form's write of one removal; `screenshot` is kept under scans/ with its SHA-256."""
    if screenshot is not None:
        name, digest = keep_scan(db, screenshot)
        data = replace(data, evidence=name, evidence_sha256=digest)
    return write_one(
        db,
        Removal,
        None,
        "",
        lambda planning, _current: plan_removal(RemovalLookups(planning), data, match=False),
        lambda session, row_id: removal_views(session, Removal.id == row_id)[0],
    )


NO_REASON = "reason not recorded"


def add_deletion_reason(db: Database, removal_id: int, reason: str) -> RemovalView:
    """Why a removal was deleted rather than hidden, added where its file left it out."""
    with db.writing() as session:
        removal = session.get(Removal, removal_id)
        if removal is None:
            raise ClerkDeskError("that removal is no longer in the register")
        if removal.action != DELETED or removal.action_reason:
            raise ClerkDeskError("only a deletion kept without its reason takes one")
        text = clean(reason)
        if not text:
            raise ValidationError({"action_reason": "say why it was deleted"})
        if len(text) > _TEXT["action_reason"]:
            raise ValidationError(
                {"action_reason": f"at most {_TEXT['action_reason']:,} characters"}
            )
        removal.action_reason = text
        url = session.execute(
            select(Account.url).where(Account.id == removal.account_id)
        ).scalar_one()
        shown = format_moment(removal.removed_at, city_zone(session))
        record(
            session,
            db,
            Change(
                "removal.update",
                "removal",
                removal_key(url, removal.removed_at),
                f"Added why the removal from {url} at {shown} was deleted: {text}",
                {"removed_at": removal.removed_at, "action_reason": [None, text]},
            ),
        )
        return removal_views(session, Removal.id == removal_id)[0]


def removal_views(session: Session, where: Any = None) -> list[RemovalView]:
    """The removals (those `where` picks, else all), newest first. Their accounts, staff
    members, repeat counts and decisions are read each as one set and looked up, not joined
    to each of tens of thousands of rows: what recurs down the rows is then one object."""
    connection = session.connection()
    # The moment as the driver gives it, parsed in one step, not through the column's type row
    # by row: SQLite's naive UTC text read with its zone, which `fromisoformat` makes the aware
    # moment at once; a server's datetime by `utc_moment`.
    moment = type_coerce(Removal.removed_at, String)
    on_sqlite = connection.dialect.name == "sqlite"
    parse = datetime.fromisoformat if on_sqlite else utc_moment
    query = select(
        Removal.id,
        Removal.account_id,
        moment + "+00:00" if on_sqlite else moment,
        *COLUMNS,
    )
    if where is not None:  # of the removal's own columns
        query = query.where(where)
    # Newest first: sorted here on the moments as read (one format: their order is the
    # moments'), quicker than the database's sort of the whole table; the rows as the driver
    # gives them (`driver_rows`), tens of thousands of SQLAlchemy rows costing more than that.
    rows = sorted(driver_rows(session, query), key=itemgetter(2), reverse=True)
    if not rows:
        return []
    # Only the accounts and staff members the removals name (of a long register, most).
    named = select(Removal.account_id, Removal.staff_person_id)
    if where is not None:
        named = named.where(where)
    accounts_q = (
        select(Account.id, Account.url, Department.name)
        .join(Department, Department.id == Account.department_id)
        .where(Account.id.in_(named.with_only_columns(Removal.account_id)))
    )
    staff_q = select(Person.id, Person.employee_id, Person.name).where(
        Person.id.in_(named.with_only_columns(Removal.staff_person_id))
    )
    accounts = {a: (url, dept) for a, url, dept in connection.execute(accounts_q).all()}
    staff = {p: (employee_id, name) for p, employee_id, name in connection.execute(staff_q).all()}
    # Each poster's removals on each account, kept by the database (a removal without its
    # count, which `check` reports, counts as one), and the clerk's decisions on them.
    counts = {
        (a, poster): n
        for a, poster, n in connection.execute(
            select(PosterRemovals.account_id, PosterRemovals.poster, PosterRemovals.removals).where(
                PosterRemovals.removals != 1
            )
        )
    }
    decisions = {
        (a, poster): f"{'block' if block else 'not blocked'}: {why}"
        for a, poster, block, why in connection.execute(
            select(
                RepeatDecision.account_id,
                RepeatDecision.poster,
                RepeatDecision.block,
                RepeatDecision.reason,
            )
        )
    }
    kept: dict[Any, Any] = {}  # the few categories and actions, each kept once
    one = kept.setdefault
    # The accounts with a repeat violator or a decision: the removals on the others (most)
    # are each one of one, and undecided, without a look-up of their poster.
    repeated = {a for a, _poster in counts} | {a for a, _poster in decisions}
    single = (1, None)

    def repeat(account_id: int, poster: str) -> tuple[int, str | None]:
        key = (account_id, poster)
        return counts.get(key, 1), decisions.get(key)

    # A removal whose account or staff member is missing is left out, as a join would leave
    # it (the database's keys keep both).
    return [
        new_tuple(
            RemovalView,
            (
                rid,
                *accounts[account_id],
                parse(at),
                poster,
                content,
                one(category, category),
                one(action, action),
                reason,
                *staff[person],
                evidence,
                *(repeat(account_id, poster) if account_id in repeated else single),
            ),
        )
        for rid, account_id, at, poster, content, category, action, reason, person, evidence in rows
        if account_id in accounts and person in staff
    ]


def count_removals(db: Database) -> int:
    return count_rows(db, Removal.id)


def list_removals(db: Database, first: int | None = None) -> Sequence[RemovalView]:
    """Every removal, newest first; with `first`, the newest so many alone."""
    newest = select(Removal.id).order_by(Removal.removed_at.desc()).limit(first)
    # tens of thousands of views, none of them in a cycle: the collector waits for the end
    with paused(), db.reading() as session:
        return removal_views(session, None if first is None else Removal.id.in_(newest))
