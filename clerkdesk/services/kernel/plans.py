"""Every write of a register is *plan* then *apply*.

A plan validates one input against the lookups of one session and decides the row changes and
their audit events, or says what is wrong with each field. Apply writes plans: one plan for a
form, every row's plan for an import, in one bulk write. A rule is therefore written once, and
a form and an import cannot disagree."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import Any, Protocol, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from ...core.errors import NotFoundError, ValidationError
from ...core.profile import PolicyProfile
from ...core.validation import value_problems
from ...store.models.city import City
from ..integrity.audit import Change, record_many
from ..transfer.csv_read import Row
from .changes import NAMED, name_rows
from .common import city_row, profile_of
from .database import Database
from .lookups import Lookups
from .versions import check_version

ADDED, UPDATED, UNCHANGED = "added", "updated", "unchanged"

V = TypeVar("V")

# How far a long plan has gone: (rows done, rows in all).
Progress = Callable[[int, int], None]


class RowsFile(Protocol):
    """A file's rows as a kind's planner reads them, in the transaction that plans them."""

    planning: Planning
    rows: list[Row]

    def fail(self, row: Row, problems: dict[str, str]) -> None:
        """Note the row's problems at once (before its plan is made)."""


# A write that needs the id of the row its plan adds or changes (an approval of a new account).
FollowUp = Callable[[Session, int], None]


class Planning:
    """What plans read, loaded once per transaction: the session, the city and its profile,
    the moment of the write, and name-to-id lookups. `via` is added to the summary of every
    audit event (" (import)" for a file); `source` names the file, where a plan says it did
    something the file did not spell out ("discontinued by import of accounts.csv")."""

    def __init__(self, db: Database, session: Session, via: str = "", source: str = "") -> None:
        self.db, self.session, self.via, self.source = db, session, via, source
        self.lookups = Lookups(session, one=not via)  # a form's one record, or a file's
        self.now: datetime = db.clock()

    @cached_property
    def city(self) -> City:
        return city_row(self.session)

    @cached_property
    def profile(self) -> PolicyProfile:
        return profile_of(self.city)

    @cached_property
    def tz(self) -> ZoneInfo:
        return self.profile.zone

    @cached_property
    def today(self) -> date:
        return self.profile.day_at(self.now)

    @property
    def from_file(self) -> bool:
        return bool(self.via)


@dataclass
class Plan:
    """One input's decided changes to the rows of one table."""

    key: str = ""  # the record's key (URL, employee ID, department name), for messages
    problems: dict[str, str] = field(default_factory=dict)
    insert: dict[str, Any] | None = None  # the columns of a new row
    update: dict[str, Any] | None = None  # the changed columns of the row, with its "id"
    also: list[dict[str, Any]] = field(default_factory=list)  # other rows it changes, with "id"
    changes: list[Change] = field(default_factory=list)  # the audit events
    # New rows of other tables that refer to this one: (table, columns, the referring column).
    dependents: list[tuple[type[Any], dict[str, Any], str]] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    outcome: str = UNCHANGED
    row_id: int | None = None  # the row's id: the one changed, or the one added once applied

    @property
    def ok(self) -> bool:
        return not self.problems


def failed(problems: dict[str, str], key: str = "") -> Plan:
    return Plan(key=key, problems=problems)


def write_one(
    db: Database,
    model: type[Any],
    record_id: int | None,
    missing: str,
    plan_of: Callable[[Planning, Any], Plan],
    view_of: Callable[[Session, int], V],
    version: str | None = None,
) -> V:
    """A form's write: the record (`record_id`, None for a new one) planned and applied in
    one transaction, and its view read back; ValidationError with what is wrong, else. With
    `version` (what the form opened), a record changed meanwhile is refused, not overwritten."""
    with db.writing() as session:
        current = None
        if record_id is not None:
            # Locked until the commit, so that two saves from the same version cannot both pass.
            current = session.get(model, record_id, with_for_update=version is not None)
            if current is None:
                raise NotFoundError(missing)
            if version is not None:
                check_version(current, version)
        planning = Planning(db, session)
        plan = plan_of(planning, current)
        if not plan.ok:
            raise ValidationError(plan.problems)
        apply(planning, model, [plan])
        assert plan.row_id is not None
        return view_of(session, plan.row_id)


def _refuse_implausible(plans: Sequence[Plan]) -> None:
    """Text with control characters or longer than its field takes, a year before 1900 or
    after 2200: refused for every register in one place (core.validation)."""
    for plan in plans:
        problems = value_problems(
            {**(plan.insert or {}), **{k: v for k, v in (plan.update or {}).items() if k != "id"}}
        )
        if problems:
            raise ValidationError(problems)


def apply(
    planning: Planning,
    model: type[Any],
    plans: Sequence[Plan],
    key: InstrumentedAttribute[Any] | None = None,
) -> None:
    """Write the plans (all valid) in bulk: new rows, changed rows, the rows that refer to
    them, the audit events, then the follow-ups. A new row's id is set on its plan when a
    form writes one row, or when something refers to it (found by the unique `key` column
    of the plans' keys, which a plain bulk insert writes fastest)."""
    session = planning.session
    if not planning.from_file:
        # A form's text and dates, whatever the register: a file's cells were read so already.
        _refuse_implausible(plans)
    inserting = [p for p in plans if p.insert is not None]
    rows = [p.insert for p in inserting if p.insert is not None]
    # A form's rows written of `model`, each by its id (`Changes.rows_of`); a file's are not
    # named: its page reads its whole list again.
    named: list[int] = []
    naming = {} if planning.from_file else NAMED
    if len(inserting) == 1 or (inserting and key is None):
        query = insert(model).returning(model.id, sort_by_parameter_order=True)
        made = session.scalars(query, rows, execution_options=naming).all()
        for plan, row_id in zip(inserting, made, strict=True):
            plan.row_id = row_id
        named.extend(made)
    elif inserting:
        assert key is not None
        session.execute(insert(model), rows)
        wanted = [p for p in inserting if p.dependents or p.follow_ups]
        if wanted:
            ids = dict(session.execute(select(key, model.id)).tuples().all())
            for plan in wanted:
                plan.row_id = ids[plan.key]
    updates = [p.update for p in plans if p.update] + [row for p in plans for row in p.also]
    if updates:
        session.execute(update(model), updates, execution_options=naming)
        named.extend(row["id"] for row in updates)
    if naming:
        name_rows(session, model.__tablename__, named)
    dependents: dict[type[Any], list[dict[str, Any]]] = {}
    for plan in plans:
        for table, columns, refers in plan.dependents:
            dependents.setdefault(table, []).append({**columns, refers: plan.row_id})
    for table, rows in dependents.items():
        session.execute(insert(table), rows)
    record_many(session, planning.db, [c for p in plans for c in p.changes])
    for plan in plans:
        for follow_up in plan.follow_ups:
            assert plan.row_id is not None
            follow_up(session, plan.row_id)
