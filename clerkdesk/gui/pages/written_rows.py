"""Which of a list page's rows a write changed, when those alone are read again rather than the
whole list: the write named each row it wrote of the page's table (`Changes.rows_of`), touched
nothing else the page shows, and changed only rows the page already lists (a record added or
removed moves the others: the whole list is read again)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from ...services.kernel.changes import FEW, Changes

T = TypeVar("T")


def rows_to_read(
    changes: Changes,
    shows: frozenset[str],
    table: str | None,
    listed: Callable[[], Sequence[T]],
    row_key: Callable[[T], Any],
) -> frozenset[int] | None:
    """The ids of the rows of `table` the write changed, when reading them alone is enough;
    else None."""
    if table is None or changes.tables & shows != {table}:
        return None
    ids = changes.rows_of(table)
    if not ids or len(ids) > FEW or len(places(listed(), row_key, ids)) != len(ids):
        return None
    return ids


def places(rows: Sequence[T], row_key: Callable[[T], Any], ids: frozenset[int]) -> dict[Any, int]:
    """Where each row with one of `ids` stands among `rows`, by its id."""
    return {key: place for place, row in enumerate(rows) if (key := row_key(row)) in ids}
