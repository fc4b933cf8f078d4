"""How a register declares the tables `check` replays from the audit log (see
services/integrity/replay.py): each declared in its own folder's `replay` module, as
`REPLAYED`, and named by its REGISTER (`declare(..., replayed="replay")`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

State = dict[str, Any]


@dataclass(frozen=True)
class Follows:
    """Another register's record whose key is part of this table's keys (a removal's account,
    a candidate's election and person): when an event of `entity` changes its `key` field
    ([old, new]), the keys made of it change with it, though no event of this table says so.
    `renamed` gives a key as it is after the change, or None for a key not made of `old`.
    `fields`: this table's fields whose value (or, for a list, an item) is that record's key
    (a request's accounts, a site check's employee ID), changed with it too."""

    entity: str
    key: str
    renamed: Callable[[str, str, str], str | None] | None = None
    fields: tuple[str, ...] = ()


def logged(rows: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
    """Events read as (..., details text), each with its details as a dict in place of the
    text; an event whose details are not a JSON object is passed over (an altered event:
    verify_chain reports it)."""
    for *head, text in rows:
        try:
            details = json.loads(text)
        except ValueError:
            continue
        if isinstance(details, dict):
            yield (*head, details)


def keyed_states(
    rows: Iterable[Any], key: Callable[..., str], fields: tuple[str, ...]
) -> dict[str, State]:
    """A table's rows read as (key parts..., field values...): {key: {field: value}}."""
    split = -len(fields)
    return {key(*row[:split]): dict(zip(fields, row[split:], strict=True)) for row in rows}


def url_moved(key: str, old: str, new: str) -> str | None:
    """A key that starts with an account's web address ("<url> <day or moment>"), as it is
    once the account's address changed from `old` to `new`."""
    url, _, rest = key.partition(" ")
    return f"{new} {rest}" if url == old else None


# An account's web address and a person's employee ID, as other tables' fields name them.
def account_named_in(*fields: str) -> Follows:
    return Follows("account", "url", fields=fields)


def person_named_in(*fields: str) -> Follows:
    return Follows("person", "employee_id", fields=fields)


@dataclass(frozen=True)
class Replayed:
    """A table whose rows are replayed: its audit entity, the field its key is, the fields
    its events carry, the actions that add a record, and its rows as {key: {field: value}}."""

    entity: str
    noun: str
    key: str
    fields: tuple[str, ...]
    creates: tuple[str, ...]
    rows: Callable[[Session], dict[str, State]]
    single: bool = False  # one row whatever its key (the city)
    # Fields whose value is a list (a request's accounts): an event that adds the record
    # gives the list, one that changes it [list before, list after].
    lists: tuple[str, ...] = ()
    # The records of other registers its keys or fields are made of.
    follows: tuple[Follows, ...] = ()
    # The keys of records written before the table's events named them as they do now (a
    # removal recorded under its account): checked from their next event, and noted.
    earlier: Callable[[Session], set[str]] | None = None
    # The name of a block other registers' events carry for this table's records, when its
    # records are written by an act on another record (a blackout's suspensions, by its
    # candidate's events): {key: {field: value or [before, after]}}, `"added": true` for a
    # record the event adds. A table with a block is replayed from its blocks alone.
    block: str | None = None
    # The entities whose events carry the block, read by their index rather than the whole
    # log (worth it for an entity with few events; empty: the whole log is read).
    block_of: tuple[str, ...] = ()
