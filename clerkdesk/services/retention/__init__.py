"""The retention register (Wis. Stat. 19.21): the city's retention series (code, title, years,
the schedule it comes from), the accounts and the kinds of record each covers, and the
dispositions of their records: the notice to the Wisconsin Historical Society and the
certificate of destruction. (No file kind: INTERFACE.md, which lists them, names none for it.)"""

from __future__ import annotations

from ..kernel.registers import declare

REGISTER = declare(
    __name__,
    "retention",
    {"retention_series", "retention_account", "disposition"},
    after=("accounts", "requests"),
    facts="facts",
    replayed="replay",
    written_by={"disposition", "series"},
)
