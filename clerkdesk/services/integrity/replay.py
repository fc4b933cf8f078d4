"""Every audited record's state, derived from its events and compared with its row: a value
changed in the table without an event (an approval's date, a status, a city's adoption date)
is reported by `check`.

The terms (the assignment table) are replayed from the blocks every event that writes them
carries, whatever its entity (term_replay).

Each replayed table declares which fields its events carry (`REPLAYED`, the first registers'
in first_tables, each later register's in its own folder); a table not declared is not
replayed, and the README says which are. Every table is folded in one pass over the log
(`LogReplay`), the pass that verifies the chain when `check` runs. An event gives a field
either as its value (a record added: the fields it names, every other declared field empty)
or as [before, after] (a change). An event that changes a record's key ([old, new]) carries its
replayed state over to the new key; so does an event of another register's record a key is
made of (`Follows`: an account's new web address moves the keys of its removals). A table
whose records are written by an act on another record (a blackout's suspensions, by its
candidate's events) is named by a block of those events (`Replayed.block`), and by them alone.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from ..kernel.registers import registers
from ..kernel.replayed import Replayed, State
from .audit import chain_query, read_in_batches
from .first_tables import REPLAYED
from .term_replay import TermFold, term_problems


def replayed_tables() -> tuple[Replayed, ...]:
    """Every table `check` replays: the first registers' and each register's own."""
    return REPLAYED + tuple(t for r in registers() for t in r.replayed_tables())


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


def replay(session: Session, table: Replayed) -> dict[str, State]:
    """The state of each record of `table` as its events tell it."""
    folded = LogReplay((table,))
    folded.read(session)
    return folded.folds[0].states


class _Fold:
    """One table's records as the events fed to it, in the log's order, leave them: its own
    events, those of the records it follows that change their key, or (a table with a block)
    the events that carry its block."""

    def __init__(self, table: Replayed) -> None:
        self.table = table
        self.states: dict[str, State] = {}
        self.fields = frozenset(table.fields)
        self.lists = frozenset(table.lists)
        # Its own events, the common case, read without looking further (run for most events).
        self.own = table.entity if table.block is None else None
        self.blank = dict.fromkeys(table.fields)
        self.single, self.key, self.creates = table.single, table.key, frozenset(table.creates)

    def feed(self, entity: str, action: str, key: str, text: Any, details: Any) -> None:
        if details is None:
            return  # an altered event: verify_chain reports it
        if entity == self.own:
            self.own_event(action, key, details)
            return
        table = self.table
        _follow(table, self.states, entity, details)
        if table.block is not None:
            _blocked(table, self.states, details.get(table.block), self.fields, self.lists)

    def own_event(self, action: str, key: str, details: dict[str, Any]) -> None:
        """An event of its own entity, its details read (run for most events)."""
        states = self.states
        if self.single:
            key = "city"
        else:
            moved = details.get(self.key)
            if moved.__class__ is list and len(moved) == 2:
                old = str(moved[0])
                if old in states:
                    states[key] = states.pop(old)
        creates = action in self.creates
        state: State | None
        if creates:
            state = states[key] = self.blank.copy()
        else:
            state = states.get(key)
            if state is None:
                state = states[key] = {}
        fields, lists = self.fields, self.lists
        for field, value in details.items():  # _said_of, spelled out
            if field not in fields:
                continue
            if field in lists:
                changed = not creates and _is_change(value)
            else:
                changed = value.__class__ is list and len(value) == 2
            state[field] = value[1] if changed else value


Folder = _Fold | TermFold
Patterns = list[tuple[str, list[Folder]]]
# An entity's texts grouped by how they end (`": {` a block, `": [` a key changed): the end
# looked for once, each text of the group only where it is found.
Grouped = list[tuple[str, Patterns]]


def _grouped(patterns: Patterns) -> Grouped:
    groups: dict[str, Patterns] = {}
    for pattern, folds in patterns:
        groups.setdefault(pattern[pattern.rindex('"') :], []).append((pattern, folds))
    return list(groups.items())


class LogReplay:
    """Every table's records (and the terms) folded in one pass over the log, read in batches
    as the chain is verified (`feed`, as its tap) or on its own (`read`). An event goes to the
    tables that would read it by themselves: their own entity's, those whose details hold a
    followed record's key as [old, new] or the table's block (as `LIKE '%"url": [%'` finds
    them), each once."""

    def __init__(self, tables: Iterable[Replayed]) -> None:
        self.folds = [_Fold(table) for table in tables]
        self.terms = TermFold()
        self._own: dict[str, list[_Fold]] = {}  # entity -> the tables of its own events
        patterns: dict[str, dict[str, list[Folder]]] = {}  # entity ("" any) -> text -> folds

        def said(entity: str, text: str, fold: Folder) -> None:
            patterns.setdefault(entity, {}).setdefault(text, []).append(fold)

        for fold in self.folds:
            table = fold.table
            if table.block is None:
                self._own.setdefault(table.entity, []).append(fold)
            else:
                for entity in table.block_of or ("",):
                    said(entity, f'"{table.block}": {{', fold)
            for follows in table.follows:
                said(follows.entity, f'"{follows.key}": [', fold)
        for entity, text in self.terms.patterns():
            said(entity, text, self.terms)
        anywhere = patterns.pop("", {})
        # Each entity's tables, and the texts that bring its events to other tables (the
        # texts any event may hold after its entity's own): looked up once an event.
        self._plans: dict[str, tuple[list[_Fold], Grouped]] = {
            entity: (
                self._own.get(entity, []),
                _grouped([*patterns.get(entity, {}).items(), *anywhere.items()]),
            )
            for entity in {*self._own, *patterns}
        }
        self._anywhere = _grouped(list(anywhere.items()))

    def feed(self, events: Iterable[Any]) -> None:
        """Events as verify_chain reads them (`chain_query`'s rows), in the log's order."""
        otherwise: tuple[list[_Fold], Grouped] = ([], self._anywhere)
        plans, scan = self._plans, _SCAN
        for _seq, _at, _actor, action, entity, key, _summary, text, _prev, _hash in events:
            own, groups = plans.get(entity, otherwise)
            more: list[Folder] = []
            if type(text) is str:  # NULL details match no pattern (nor LIKE)
                for end, patterns in groups:
                    if end in text:
                        for pattern, folds in patterns:
                            if pattern in text:  # seldom: a key changed, a block carried
                                more += [f for f in folds if f not in own and f not in more]
            if not own and not more:
                continue
            try:
                details, end = scan(text, 0)
                if not isinstance(details, dict) or (end != len(text) and text[end:].strip()):
                    continue  # an altered event: verify_chain reports it
            except (StopIteration, ValueError, TypeError):
                continue
            for fold in own:
                fold.own_event(action, key, details)
            for other in more:
                other.feed(entity, action, key, text, details)

    def read(self, session: Session) -> None:
        """The whole log, read in batches."""
        with read_in_batches(session, chain_query(session)) as batches:
            for batch in batches:
                self.feed(batch)


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


def replay_report(session: Session, folded: LogReplay | None = None) -> tuple[list[str], list[str]]:
    """The rows whose replayed fields differ from what their last event says; and notes on
    records written before their table's events named them as they do now. `folded`: the
    log already folded (as `check` does while it verifies the chain), else read here."""
    problems: list[str] = []
    notes: list[str] = []
    if folded is None:
        folded = LogReplay(replayed_tables())
        folded.read(session)
    for fold in folded.folds:
        table, states = fold.table, fold.states
        earlier: set[str] | None = None  # read only if a row has no event
        unnamed = 0
        found: dict[str, list[str]] = {}  # by key, put in its order once all are compared
        for key, row in table.rows(session).items():
            state = states.get("city" if table.single else key)
            if state is None:
                if earlier is None:
                    earlier = table.earlier(session) if table.earlier is not None else set()
                if key in earlier:
                    unnamed += 1
                    continue
                found[key] = [f"{_named(table, key)}: in the table with no event in the audit log"]
                continue
            if row == state:
                continue  # every field named, each the same text: the common case, sooner
            for field in table.fields:
                if field not in state:
                    continue  # no event has named it (a field added since): nothing to hold
                have, said = row[field], state[field]
                if type(have) is type(said) and have == said:
                    continue  # the same text (or nothing): as _shown would find, sooner
                have, said = _shown(have), _shown(said)
                if have != said:
                    found.setdefault(key, []).append(
                        f"{_named(table, key)}: {field} is {_said(have)} in the table, "
                        f"{_said(said)} in the audit log"
                    )
        for key in sorted(found):
            problems.extend(found[key])
        if unnamed:
            notes.append(
                f"{unnamed:,} {table.noun}(s) recorded before the audit log named each "
                f"{table.noun} on its own: checked from their next change"
            )
    problems.extend(term_problems(session, folded.terms.states, folded.terms.whole))
    return problems, notes


def _named(table: Replayed, key: str) -> str:
    return f"the {table.noun}" if table.single else f"{table.noun} {key}"


def _said(value: Any) -> str:
    return "empty" if value is None or value == "" else str(value)
