"""The access reviews register (R7): each department head's review of who has access, line by
line, and its notes."""

from __future__ import annotations

from ..kernel.registers import declare

REGISTER = declare(
    __name__,
    "reviews",
    {"review", "review_line", "review_note"},
    replayed="replay",
    written_by={"department", "review"},
)
