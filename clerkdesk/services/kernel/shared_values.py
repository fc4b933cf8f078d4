"""Long lists read for a page hold the same few values down thousands of rows (a department,
a status, a category, who did it): each such value kept once, not once per row."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any


def sharing(rows: Iterable[Sequence[Any]], columns: Sequence[int]) -> Iterator[list[Any]]:
    """`rows` as lists, equal values of `columns` made one object (a value seen once is kept
    as it came)."""
    kept: dict[Any, Any] = {}
    one = kept.setdefault
    for row in rows:
        values = list(row)
        for column in columns:
            value = values[column]
            values[column] = one(value, value)
        yield values
