"""Aligned text tables for people reading a terminal."""

from __future__ import annotations

from collections.abc import Sequence

from ..core.obligations import OVERDUE, Obligation
from ..core.obligations.model import STATES

# The states' words as a terminal shows them: what is overdue stands out in capitals.
STATE_LABELS = {
    state: label.upper() if state == OVERDUE else label.lower() for state, label in STATES.items()
}


def aligned(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)
    ]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=False)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)


def obligations_table(items: Sequence[Obligation]) -> str:
    if not items:
        return "Nothing is due."
    rows = [
        (
            item.due_text,
            STATE_LABELS[item.state],
            item.rule,
            item.text,
            item.account or item.person or "",
            item.department or "",
        )
        for item in items
    ]
    return aligned(("Due", "State", "Rule", "What", "Account / person", "Department"), rows)
