"""Which of a list page's rows a write changed, when those alone are read again rather than the
whole list: the write named each row it wrote of the page's table (`Changes.rows_of`) and of
the tables whose rows belong each to one of them (`linked`: an account's approvals), touched
nothing else the page shows, and changed only rows the page already lists (a record added or
removed moves the others: the whole list is read again)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ...services.kernel.changes import FEW, Changes

T = TypeVar("T")


@dataclass(frozen=True)
class Written(Generic[T]):
    """The rows of the page's table a write named, and those of its linked tables, by table;
    and the page's rows with those ids as it lists them, before the write."""

    ids: frozenset[int]
    linked: dict[str, frozenset[int]]
    before: tuple[T, ...] = ()


def rows_to_read(
    changes: Changes,
    shows: frozenset[str],
    table: str | None,
    linked: frozenset[str],
    listed: Callable[[], Sequence[T]],
    row_key: Callable[[T], Any],
) -> Written[T] | None:
    """The rows the write changed, when reading them alone is enough; else None."""
    touched = changes.tables & shows
    if table is None or not touched or not touched <= {table} | linked:
        return None
    named = {t: changes.rows_of(t) for t in touched}
    if any(ids is None or not ids or len(ids) > FEW for ids in named.values()):
        return None
    ids = named.pop(table, None) or frozenset()
    rows = listed()
    where = places(rows, row_key, ids)
    if len(where) != len(ids):
        return None
    before = tuple(rows[place] for place in where.values())
    return Written(ids, {t: linked for t, linked in named.items() if linked}, before)


def places(rows: Sequence[T], row_key: Callable[[T], Any], ids: frozenset[int]) -> dict[Any, int]:
    """Where each row with one of `ids` stands among `rows`, by its id."""
    return {key: place for place, row in enumerate(rows) if (key := row_key(row)) in ids}
