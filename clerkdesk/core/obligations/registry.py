"""Where obligation kinds are registered. A kind is one module in this package with one
function decorated `@rule(...)`: the decorator carries everything the command line, Today and
the calendar need to know of the kind, and the package finds the module by itself."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from ..vocabulary import Basis
from .model import Due, Snapshot

# A rule reads the snapshot as it stands at an aware moment.
RuleFunction = Callable[[Snapshot, datetime], Iterable[Due]]
# The moments of a snapshot at which a rule's items may change within a day (`Kind.changes_at`).
ChangesAt = Callable[[Snapshot], Iterable[datetime]]


def only_the_day(snapshot: Snapshot) -> tuple[datetime, ...]:
    """`changes_at` of a rule that reads its moment only as a day in the city's zone."""
    return ()


def term_edges(snapshot: Snapshot) -> Iterator[datetime]:
    """`changes_at` of a rule that reads its moment only as a day and by which terms are
    current (`AssignmentFacts.active_at`), or have ended, then: each term's start and end."""
    for a in snapshot.assignments:
        yield a.starts_at
        if a.ends_at is not None:
            yield a.ends_at


# The bases an obligation can have (RULES.md): the city's policy, a Wisconsin statute, or good
# practice the profile switches on though the policy is silent. The city's profile says which
# for each rule; a kind's own `basis` counts only where a profile does not name its rule.
POLICY, LAW, PRACTICE = Basis.POLICY, Basis.LAW, Basis.PRACTICE
BASES = (POLICY, LAW, PRACTICE)

# Where the work of an obligation is done, for the window to open it there: a word naming the
# register's record ("request"), and after a colon the part of it ("account:credential"). It is
# named only by the rules that yield it (`@rule(opens=...)`) and the page that opens it
# (`register_page(opens=...)`); the places there are, `places()`, are those of the kinds.
_PLACE = re.compile(r"[a-z][a-z-]*(:[a-z][a-z-]*)?")


@dataclass(frozen=True, slots=True)
class Kind:
    """An obligation kind: its name in INTERFACE.md, the rule of RULES.md it comes from, the
    short label Today shows, its usual basis, and where its work is done. A kind whose items
    come from several rules (a site's findings: MFA off is R11's, a missing notice R15's) names
    each item's rule with `item_rule`; each item is then on, and has its basis, by its own
    rule, and `rule` is the kind's main one.

    `changes_at`, where a rule gives it, says the rule reads its moment only as a day in the
    city's zone and by comparing it with the moments it returns (`moment >= m`, `moment < m`):
    its items are the same at any two moments of one day that none of them lies between (the
    first reached, the second not), and the engine may keep them (`compute`'s `kept`). None: the
    rule may read its moment any way, and is run at each."""

    kind: str
    rule: str
    label: str
    basis: str
    opens: str
    function: RuleFunction
    item_rule: Callable[[Due], str] | None = None
    changes_at: ChangesAt | None = None


KINDS: dict[str, Kind] = {}


def rule(
    kind: str,
    *,
    rule: str,
    label: str,
    basis: str,
    opens: str,
    item_rule: Callable[[Due], str] | None = None,
    changes_at: ChangesAt | None = None,
) -> Callable[[RuleFunction], RuleFunction]:
    """Register the decorated function as the rule that yields obligations of `kind`."""
    if basis not in BASES:
        raise ValueError(f"obligation kind {kind!r}: unknown basis {basis!r}")
    if not _PLACE.fullmatch(opens):
        raise ValueError(f"obligation kind {kind!r}: no place to open {opens!r}")

    def register(function: RuleFunction) -> RuleFunction:
        if kind in KINDS:
            raise ValueError(f"obligation kind {kind!r} registered twice")
        KINDS[kind] = Kind(kind, rule, label, basis, opens, function, item_rule, changes_at)
        return function

    return register


_NOT_RULES = frozenset({"model", "registry"})
_loaded: list[bool] = []


def load_kinds() -> dict[str, Kind]:
    """Every kind, its rule module imported (and so registered) the first time it is asked."""
    if not _loaded:
        package = __name__.rpartition(".")[0]
        path = importlib.import_module(package).__path__
        for module in sorted(pkgutil.iter_modules(path), key=lambda m: m.name):
            if module.name not in _NOT_RULES and not module.name.startswith("_"):
                importlib.import_module(f"{package}.{module.name}")
        _loaded.append(True)
    return KINDS


def places() -> frozenset[str]:
    """Every place an obligation opens at, as its kinds name them."""
    return frozenset(kind.opens for kind in load_kinds().values())


def kind_of(name: str) -> Kind:
    """The registered kind `name` (every kind the engine yields is registered)."""
    return load_kinds()[name]
