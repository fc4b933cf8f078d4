"""A snapshot whose facts a rule reads are noted, so that what the rule made is kept while the
facts it read are the very ones (`compute`'s `kept`): after a write, the services read again
only the facts it touched and keep the others as they were (the same objects), and a rule
that read none of those read again need not be run again."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any, cast

from .model import Snapshot

Reads = tuple[tuple[Any, Any], ...]

_FIELDS = frozenset(f.name for f in fields(Snapshot))
# What a snapshot works out from its fields: noted as those fields.
_DERIVED = {"approved_accounts": ("accounts", "adopted_on")}
# Values read afresh with every snapshot, alike when equal (a day, a name, a number).
_PLAIN = (date, str, int, float, bool, type(None))
_UNKNOWN = "?"  # something else of the snapshot was read: what was made is not kept


class Watched:
    """`snapshot`, its reads noted in `reads()`; its profile always (every item's basis,
    state and zone come from it)."""

    __slots__ = ("_reads", "_snapshot")

    def __init__(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot
        self._reads: dict[Any, Any] = {"profile": snapshot.profile}

    def __getattr__(self, name: str) -> Any:
        snapshot = self._snapshot
        if name in _FIELDS:
            value = self._reads[name] = getattr(snapshot, name)
            return value
        for source in _DERIVED.get(name, ()):
            self._reads[source] = getattr(snapshot, source)
        if name not in _DERIVED:
            self._reads[_UNKNOWN] = object()  # never the same again
        return getattr(snapshot, name)

    def facts_of(self, noun: str) -> Any:
        value = self._reads[("facts", noun)] = self._snapshot.facts_of(noun)
        return value

    def reads(self) -> Reads:
        return tuple(self._reads.items())

    def as_snapshot(self) -> Snapshot:
        return cast(Snapshot, self)


def same_reads(reads: Reads, snapshot: Snapshot) -> bool:
    """Whether `snapshot` gives what `reads` noted: each fact the very object read, or an equal
    plain value (the profile, as the city's settings make it again with each read, equal)."""
    for name, value in reads:
        if name == _UNKNOWN:
            return False
        now = snapshot.facts_of(name[1]) if isinstance(name, tuple) else getattr(snapshot, name)
        if now is value:
            continue
        if (name == "profile" or isinstance(value, _PLAIN)) and now == value:
            continue
        return False
    return True
