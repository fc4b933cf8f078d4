"""Every audited record's state, derived from its events and compared with its row: a value
changed in the table without an event (an approval's date, a status, a city's adoption date)
is reported by `check`.

The terms (the assignment table) are replayed from the blocks every event that writes them
carries, whatever its entity (term_replay).

Each replayed table declares which fields its events carry (`REPLAYED`); a table not declared
here is not replayed, and the README says which are. An event gives a field either as its
value (a record added: the fields it names, every other declared field empty) or as
[before, after] (a change). An event that changes a record's key ([old, new]) carries its
replayed state over to the new key; so does an event of another register's record a key is
made of (`Follows`: an account's new web address moves the keys of its removals). A table
whose records are written by an act on another record (a blackout's suspensions, by its
candidate's events) is named by a block of those events (`Replayed.block`), and by them alone.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterator
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, String, and_, select, type_coerce
from sqlalchemy.orm import Session, aliased

from ...store.models.accounts import Account
from ...store.models.audit import AuditEvent
from ...store.models.city import City
from ...store.models.departments import Department
from ...store.models.people import Person
from ..accounts.views import account_query
from ..kernel.registers import registers
from ..kernel.replayed import Follows, Replayed, State
from .audit import read_in_batches
from .term_replay import term_problems


def _people(session: Session) -> dict[str, State]:
    rows = session.execute(
        select(
            Person.employee_id,
            Person.name,
            Person.title,
            Person.email,
            Person.phone,
            Person.kind,
            Department.name,
            Person.division,
            Person.handover,
        ).outerjoin(Department, Department.id == Person.department_id)
    ).all()
    names = ("name", "title", "email", "phone", "kind", "department", "division", "handover")
    return {row[0]: dict(zip(names, row[1:], strict=True)) for row in rows}


def _departments(session: Session) -> dict[str, State]:
    head = aliased(Person)
    rows = session.execute(
        select(
            Department.name,
            head.employee_id,
            Department.policy_filed_on,
            Department.policy_it_copy_on,
            Department.policy_approver,
        ).outerjoin(head, head.id == Department.head_person_id)
    ).all()
    names = ("head_employee_id", "policy_filed_on", "policy_it_copy_on", "policy_approver")
    return {row[0]: dict(zip(names, row[1:], strict=True)) for row in rows}


_ACCOUNT_FIELDS = (
    "platform",
    "handle",
    "department",
    "purpose",
    "city_email",
    "status",
    "authority",
    "approved_by",
    "approved_on",
    "reference",
    "request_form_on",
    "request_form_sha256",
    "it_notified_on",
)


def _accounts(session: Session) -> dict[str, State]:
    from ...store.models.accounts import Approval

    query = account_query().with_only_columns(
        Account.url,
        Account.platform,
        Account.handle,
        Department.name,
        Account.purpose,
        Account.city_email,
        Account.status,
        Approval.authority,
        Approval.approved_by,
        Approval.approved_on,
        Approval.reference,
        Account.request_form_on,
        Account.request_form_sha256,
        Approval.it_notified_on,
    )
    return {
        row[0]: dict(zip(_ACCOUNT_FIELDS, row[1:], strict=True))
        for row in session.execute(query).all()
    }


def _city(session: Session) -> dict[str, State]:
    city = session.get(City, 1)
    return {} if city is None else {"city": {"adopted_on": city.adopted_on}}


# The first registers' tables, declared here; the later registers declare theirs in their own
# folders (`replayed_tables`).
REPLAYED: tuple[Replayed, ...] = (
    Replayed(
        "person",
        "person",
        "employee_id",
        ("name", "title", "email", "phone", "kind", "department", "division", "handover"),
        ("person.create",),
        _people,
        follows=(Follows("department", "name", fields=("department",)),),
    ),
    Replayed(
        "department",
        "department",
        "name",
        ("head_employee_id", "policy_filed_on", "policy_it_copy_on", "policy_approver"),
        ("department.create",),
        _departments,
    ),
    Replayed(
        "account",
        "account",
        "url",
        _ACCOUNT_FIELDS,
        ("account.create",),
        _accounts,
        follows=(Follows("department", "name", fields=("department",)),),
    ),
    Replayed("city", "city", "name", ("adopted_on",), ("city.init",), _city, single=True),
)


def replayed_tables() -> tuple[Replayed, ...]:
    """Every table `check` replays: the first registers' and each register's own."""
    return REPLAYED + tuple(t for r in registers() for t in r.replayed_tables())


Event = tuple[int, str, str, str, str]  # seq, entity, action, key, details


# An event as replay reads it: (seq, entity, action, entity_key, details text).
_EVENT = (
    AuditEvent.seq,
    AuditEvent.entity,
    AuditEvent.action,
    AuditEvent.entity_key,
    type_coerce(AuditEvent.details, String),
)


def _events(
    session: Session, table: Replayed, moves: dict[Follows, list[Event]]
) -> Iterator[Event]:
    """The table's own events, and those of the records it follows that change their key
    (found by the key field's [old, new] in their details, so that a city's hundred thousand
    other account changes are not read; read once for every table that follows them), in the
    log's order. A table with a block: the events that carry it, instead of its own."""
    followed = [_moves(session, follows, moves) for follows in table.follows]
    if table.block is not None:
        yield from heapq.merge(_carried(session, table), *followed, key=itemgetter(0))
        return
    own = select(*_EVENT).where(AuditEvent.entity == table.entity)
    with read_in_batches(session, own.order_by(AuditEvent.seq)) as batches:
        rows: Iterator[Event] = (row for batch in batches for row in batch)
        yield from heapq.merge(rows, *followed, key=itemgetter(0)) if followed else rows


def _carried(session: Session, table: Replayed) -> list[Event]:
    """The events that carry the table's block: of the entities that do (`block_of`), read
    by their index, or of the whole log."""
    carried: ColumnElement[bool] = AuditEvent.details.like(f'%"{table.block}": {{%')
    if table.block_of:
        carried = and_(AuditEvent.entity.in_(table.block_of), carried)
    query = select(*_EVENT).where(carried)
    return [tuple(row) for row in session.execute(query.order_by(AuditEvent.seq))]


def _moves(session: Session, follows: Follows, moves: dict[Follows, list[Event]]) -> list[Event]:
    """The events of the followed record that change its key."""
    said = Follows(follows.entity, follows.key)
    if said not in moves:
        query = select(*_EVENT).where(
            AuditEvent.entity == follows.entity,
            AuditEvent.details.like(f'%"{follows.key}": [%'),
        )
        moves[said] = [tuple(row) for row in session.execute(query.order_by(AuditEvent.seq))]
    return moves[said]


def _follow(
    table: Replayed, states: dict[str, State], entity: str, details: dict[str, Any]
) -> None:
    """The keys made of another record's key, moved with it when its event changes it."""
    for follows in table.follows:
        moved = details.get(follows.key) if follows.entity == entity else None
        if not (isinstance(moved, list) and len(moved) == 2 and moved[0] != moved[1]):
            continue
        old, new = str(moved[0]), str(moved[1])
        if follows.renamed is not None:
            for key in list(states):
                renamed = follows.renamed(key, old, new)
                if renamed is not None and renamed != key:
                    states[renamed] = states.pop(key)
        for state in states.values():
            for field in follows.fields:
                value = state.get(field)
                if value == old:
                    state[field] = new
                elif isinstance(value, list):
                    state[field] = [new if v == old else v for v in value]


def _shown(value: Any) -> Any:
    """A value as an event's details hold it (dates as text, as json.dumps(default=str)); a
    list as its items in order, separated by spaces (None when empty)."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, list | tuple):
        return " ".join(sorted(str(v) for v in value)) or None
    return str(value)


# What json.loads runs, without its checks around it (set on the decoder when it is made).
_SCAN = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def replay(
    session: Session, table: Replayed, moves: dict[Follows, list[Event]] | None = None
) -> dict[str, State]:
    """The state of each record of `table` as its events tell it. `moves` keeps the key
    changes read for one table for the next that follows the same records."""
    states: dict[str, State] = {}
    fields = frozenset(table.fields)
    lists = frozenset(table.lists)
    moves = {} if moves is None else moves
    # This table's own events are every event of its entity: the ones that change its key are
    # kept for the tables that follow it, which need not look for them again.
    moving: list[Event] = []
    for event in _events(session, table, moves):
        _seq, entity, action, key, text = event
        try:
            details, end = _SCAN(text, 0)
        except (StopIteration, ValueError, TypeError):
            continue  # an altered event: verify_chain reports it
        if not isinstance(details, dict) or text[end:].strip():
            continue
        if entity != table.entity or table.block is not None:
            _follow(table, states, entity, details)
            if table.block is not None:
                _blocked(table, states, details.get(table.block), fields, lists)
            continue
        key = "city" if table.single else key
        moved = details.get(table.key)
        if isinstance(moved, list) and len(moved) == 2 and not table.single:
            moving.append(event)
            old = str(moved[0])
            if old in states:
                states[key] = states.pop(old)
        creates = action in table.creates
        if creates:
            states[key] = dict.fromkeys(table.fields)
        _said_of(states.setdefault(key, {}), details, creates, fields, lists)
    if not table.single and table.block is None:
        moves.setdefault(Follows(table.entity, table.key), moving)
    return states


def _said_of(
    state: State,
    details: dict[str, Any],
    creates: bool,
    fields: frozenset[str],
    lists: frozenset[str],
) -> None:
    """The fields an event (or a block's entry) gives, as values or [before, after]."""
    for field in fields.intersection(details):
        value = details[field]
        if field in lists:
            changed = not creates and _is_change(value)
        else:
            changed = isinstance(value, list) and len(value) == 2
        state[field] = value[1] if changed else value


def _blocked(
    table: Replayed,
    states: dict[str, State],
    block: Any,
    fields: frozenset[str],
    lists: frozenset[str],
) -> None:
    """The records an event names in the table's block ({key: {field: value or [before,
    after]}, "added": true for a record it adds})."""
    if not isinstance(block, dict):
        return
    for key, said in block.items():
        if not isinstance(said, dict):
            continue
        creates = said.get("added") is True
        if creates:
            states[str(key)] = dict.fromkeys(table.fields)
        _said_of(states.setdefault(str(key), {}), said, creates, fields, lists)


def _is_change(value: Any) -> bool:
    """A list field's [before, after], as a change gives it."""
    return isinstance(value, list) and len(value) == 2 and all(isinstance(v, list) for v in value)


def replay_problems(session: Session) -> list[str]:
    """Every row whose replayed fields differ from what its last event says."""
    return replay_report(session)[0]


def replay_report(session: Session) -> tuple[list[str], list[str]]:
    """The rows whose replayed fields differ from what their last event says; and notes on
    records written before their table's events named them as they do now."""
    problems: list[str] = []
    notes: list[str] = []
    moves: dict[Follows, list[Event]] = {}
    for table in replayed_tables():
        states = replay(session, table, moves)
        earlier: set[str] | None = None  # read only if a row has no event
        unnamed = 0
        for key, row in sorted(table.rows(session).items()):
            state = states.get("city" if table.single else key)
            name = f"the {table.noun}" if table.single else f"{table.noun} {key}"
            if state is None:
                if earlier is None:
                    earlier = table.earlier(session) if table.earlier is not None else set()
                if key in earlier:
                    unnamed += 1
                    continue
                problems.append(f"{name}: in the table with no event in the audit log")
                continue
            for field in table.fields:
                if field not in state:
                    continue  # no event has named it (a field added since): nothing to hold
                have, said = row[field], state[field]
                if type(have) is type(said) and have == said:
                    continue  # the same text (or nothing): as _shown would find, sooner
                have, said = _shown(have), _shown(said)
                if have != said:
                    problems.append(
                        f"{name}: {field} is {_said(have)} in the table, "
                        f"{_said(said)} in the audit log"
                    )
        if unnamed:
            notes.append(
                f"{unnamed:,} {table.noun}(s) recorded before the audit log named each "
                f"{table.noun} on its own: checked from their next change"
            )
    problems.extend(term_problems(session))
    return problems, notes


def _said(value: Any) -> str:
    return "empty" if value is None or value == "" else str(value)
