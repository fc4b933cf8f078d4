"""The city this register belongs to, and its policy profile (Settings)."""

from __future__ import annotations

from ..kernel.registers import declare

REGISTER = declare(__name__, "city", {"city"}, replayed="replay", written_by={"city"})
