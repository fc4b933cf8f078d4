"""Where rules are registered: adding an obligation kind is one new module with one function."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from .model import Due, Snapshot

# A rule reads the snapshot as it stands at an aware moment.
RuleFunction = Callable[[Snapshot, datetime], Iterable[Due]]

RULES: dict[str, RuleFunction] = {}


def rule(kind: str) -> Callable[[RuleFunction], RuleFunction]:
    """Register `function` under `kind`: the obligation kind it yields (or kind/variant)."""

    def register(function: RuleFunction) -> RuleFunction:
        if kind in RULES:
            raise ValueError(f"obligation kind {kind!r} registered twice")
        RULES[kind] = function
        return function

    return register
