"""The terms (the assignment table) as the audit log tells them, compared with their rows: an
end moved, a signature or an approval changed, or a term added in the table without an event
is reported by `check`.

Every event whose details hold a `terms` block (term_events) says what it did to each term it
names, whatever its entity; an account's new web address or a person's new employee ID ([old,
new]) carries the terms named by the old one over. A log written before terms had blocks (an
"assignment.create" without one) names only the terms changed since: a term it does not name
is not reported, and of a term it does, the fields named since are held."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import String, and_, or_, select, type_coerce
from sqlalchemy.orm import Session

from ...core.vocabulary import ROLES
from ...store.models.accounts import Account
from ...store.models.audit import AuditEvent
from ...store.models.people import Person
from ...store.models.terms import Assignment
from ..kernel.common import city_zone
from ..kernel.replayed import logged
from ..terms.events import (
    ADDED,
    FIELDS,
    MOMENTS,
    SCANS,
    TERMS,
    joined_key,
    key_parts,
    term_key,
    value_text,
)

State = dict[str, Any]

# How json.dumps (services.integrity.audit) writes a terms block, and a key changed as [old, new].
_BLOCK = f'%"{TERMS}": {{%'
_MOVES = {"account": "url", "person": "employee_id"}


def _events(session: Session) -> Iterator[tuple[str, str]]:
    details = type_coerce(AuditEvent.details, String)
    query = (
        select(AuditEvent.entity, details)
        .where(
            or_(
                AuditEvent.details.like(_BLOCK),
                *(
                    and_(AuditEvent.entity == entity, AuditEvent.details.like(f'%"{key}": [%'))
                    for entity, key in _MOVES.items()
                ),
            )
        )
        .order_by(AuditEvent.seq)
    )
    yield from session.execute(query).tuples()


def _names_a_term(key: str) -> bool:
    try:
        key_parts(key)
    except ValueError:
        return False
    return True


def _move(states: dict[str, State], part: int, old: str, new: str) -> None:
    """Carry the terms named by an old web address (part 0) or employee ID (1) over."""
    for key in [k for k in states if key_parts(k)[part] == old]:
        parts = list(key_parts(key))
        parts[part] = new
        states[joined_key(*parts)] = states.pop(key)


def names_every_term(session: Session) -> bool:
    """Whether the log names every term from its start: no designation written before the
    terms blocks (an "assignment.create" without one)."""
    older = select(AuditEvent.seq).where(
        AuditEvent.action == "assignment.create", AuditEvent.details.not_like(_BLOCK)
    )
    return session.execute(older.limit(1)).first() is None


def term_notes(session: Session, whole: bool | None = None) -> list[str]:
    """What `check` cannot vouch for about the terms here. `whole`: `names_every_term`, when
    already known."""
    if names_every_term(session) if whole is None else whole:
        return []
    return [
        "audit log: terms designated before their events named them are checked from their "
        "first change since; one added by hand among them would not show"
    ]


# What is replayed of a term: its fields, and its agreement's scan from the events that name it.
REPLAYED = (*FIELDS, *SCANS)


def replay_terms(session: Session) -> dict[str, State]:
    """Each term's replayed fields as its events leave them."""
    fold = TermFold()
    for entity, text in _events(session):
        fold.feed(entity, "", "", text, None)
    return fold.states


class TermFold:
    """The terms as the events fed to it, in the log's order, leave them: those that carry a
    terms block, and an account's or a person's that change its key."""

    def __init__(self) -> None:
        self.states: dict[str, State] = {}
        self.whole: bool | None = None  # names_every_term, when known before the terms' report

    @staticmethod
    def patterns() -> list[tuple[str, str]]:
        """(entity, or "" for any; text the details hold) of the events it reads."""
        return [("", f'"{TERMS}": {{'), *((e, f'"{key}": [') for e, key in _MOVES.items())]

    def feed(self, entity: str, _action: str, _key: str, text: Any, _details: Any) -> None:
        for _entity, details in logged([(entity, text)]):
            self._said(entity, details)

    def _said(self, entity: str, details: dict[str, Any]) -> None:
        states = self.states
        moved = details.get(_MOVES.get(entity, ""))
        if isinstance(moved, list) and len(moved) == 2 and moved[0] != moved[1]:
            _move(states, 0 if entity == "account" else 1, str(moved[0]), str(moved[1]))
        terms = details.get(TERMS)
        if not isinstance(terms, dict):
            return
        for key, said in terms.items():
            if not isinstance(said, dict) or not _names_a_term(key):
                continue  # an altered event: verify_chain reports it
            if said.get(ADDED):
                states[key] = {field: None for field in FIELDS}
            state = states.setdefault(key, {})
            for field in REPLAYED:
                if field in said:
                    value = said[field]
                    state[field] = (
                        value[1] if isinstance(value, list) and len(value) == 2 else value
                    )


def _rows(session: Session) -> dict[str, State]:
    query = (
        select(
            Account.url,
            Person.employee_id,
            Assignment.role,
            Assignment.starts_at,
            *(getattr(Assignment, field) for field in REPLAYED),
        )
        .join(Account, Account.id == Assignment.account_id)
        .join(Person, Person.id == Assignment.person_id)
    )
    return {
        term_key(url, employee_id, role, start): dict(zip(REPLAYED, values, strict=True))
        for url, employee_id, role, start, *values in session.execute(query).tuples()
    }


def _same(field: str, value: Any) -> Any:
    """A field's value as events write it, so that the table's and the log's compare."""
    if field in MOMENTS and isinstance(value, str):
        try:
            return value_text(datetime.fromisoformat(value))
        except ValueError:
            return value
    return value_text(value)


def _shown(field: str, value: Any, tz: ZoneInfo) -> str:
    if value is None or value == "":
        return "empty"
    if field in MOMENTS:
        try:
            local = datetime.fromisoformat(value).astimezone(tz)
        except ValueError:
            return str(value)
        shown = f"{local:%Y-%m-%d %H:%M}"
        if local.second or local.microsecond:
            shown += f":{local:%S}" + (f".{local:%f}" if local.microsecond else "")
        return shown
    return str(value)


def _name(key: str, tz: ZoneInfo) -> str:
    url, employee_id, role, start = key_parts(key)
    try:
        day = datetime.fromisoformat(start).astimezone(tz).date().isoformat()
    except ValueError:
        day = start
    return f"term of {employee_id} as {ROLES.get(role, role).lower()} of {url} from {day}"


def term_problems(
    session: Session, states: dict[str, State] | None = None, whole: bool | None = None
) -> list[str]:
    """Every term whose replayed fields differ from what its last event says, every term in
    the table that no event adds, and every term the log adds that is not in the table.
    `states`: the terms already replayed (`TermFold`), else replayed here; `whole`:
    `names_every_term`, when already known."""
    states = replay_terms(session) if states is None else states
    rows = _rows(session)
    if not rows and not states:
        return []
    tz = city_zone(session)
    whole = names_every_term(session) if whole is None else whole
    problems: list[str] = []
    for key, row in sorted(rows.items()):
        state = states.get(key)
        if state is None:
            if whole:
                problems.append(f"{_name(key, tz)}: in the table with no event in the audit log")
            continue
        for field in REPLAYED:
            if field not in state:
                continue  # no event has named it (a log older than the terms blocks)
            have, said = _same(field, row[field]), _same(field, state[field])
            if have != said:
                problems.append(
                    f"{_name(key, tz)}: {field} is {_shown(field, have, tz)} in the table, "
                    f"{_shown(field, said, tz)} in the audit log"
                )
    for key in sorted(set(states) - set(rows)):
        if whole:
            problems.append(f"{_name(key, tz)}: in the audit log, not in the table")
    return problems
