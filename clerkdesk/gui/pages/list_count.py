"""What a list page's count says: "40 accounts", "3 of 40 accounts", "1 election", or of a long
list whose first rows alone are shown, "the first 100 of 40,000 accounts; reading the rest…"."""

from __future__ import annotations


def count_text(
    noun: str, one: str, shown: int, total: int, first_of: int, filtered: bool, reading: bool
) -> str:
    """`noun` the plural and `one` the singular; `first_of` how long the whole list is when the
    first `total` rows alone are shown (else 0); `reading` whether the rest is being read."""
    if first_of:
        first = f"the first {total:,}"
        part = f"{shown:,} of {first}" if filtered else first
        rest = "reading the rest…" if reading else "the rest not read"
        return f"{part} of {first_of:,} {noun}; {rest}"
    named = one if total == 1 else noun
    return f"{shown:,} of {total:,} {named}" if filtered else f"{total:,} {named}"
