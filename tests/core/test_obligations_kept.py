"""What the engine keeps between computations on the same facts (`compute`'s `kept`): the
items of the rules that say when they change, made again on another day and at the very moment
a term starts or ends, never a moment late; their items due at a moment given their state at
each computation. Every answer is the one computed with nothing kept."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from clerkdesk.core.obligations import (
    KINDS,
    AccountFacts,
    AssignmentFacts,
    Due,
    Kind,
    Snapshot,
    compute,
    due_moment,
)
from clerkdesk.core.obligations.registry import only_the_day
from clerkdesk.core.profile import PolicyProfile

CHICAGO = ZoneInfo("America/Chicago")
PROFILE = PolicyProfile(
    key="t", title="T", coordinating_office="City Clerk", authorities=("mayor",)
)
DAY = date(2026, 3, 4)
LEAVES = datetime(2026, 3, 4, 14, 0, tzinfo=CHICAGO)  # the custodian's term ends
JOINS = datetime(2026, 3, 4, 15, 30, 20, tzinfo=CHICAGO)  # a user's term starts, unsigned


def _term(n: int, person: str, role: str, starts: datetime, ends: datetime | None) -> Any:
    return AssignmentFacts(
        n, 1, "https://x.com/parks", "Parks", n, person, role, starts, ends, signed=False
    )


def _city() -> Snapshot:
    park = AccountFacts(1, "https://x.com/parks", "Parks", "approved", date(2025, 1, 6))
    return Snapshot(
        profile=PROFILE,
        adopted_on=date(2019, 6, 25),
        accounts=(park,),
        assignments=(
            _term(1, "Ada Moss", "custodian", datetime(2025, 1, 6, tzinfo=UTC), LEAVES),
            _term(2, "Bo Lind", "authorized-user", JOINS, None),
        ),
        credentials_on_file=frozenset({1}),
    )


def _kinds(items: list[Any]) -> set[tuple[str, str | None]]:
    return {
        (o.kind, o.person) for o in items if o.kind in ("custodian-missing", "agreement-unsigned")
    }


def test_kept_items_change_at_the_moment_a_term_ends_or_starts() -> None:
    """In an order that goes back and forth: each answer is the one computed afresh; Ada Moss's
    agreement is owed until her term ends at 14:00 and the custodian from then, to the second,
    Bo Lind's agreement from 15:30:20."""
    snap, kept = _city(), dict[Any, Any]()
    second = timedelta(seconds=1)
    moments = [
        LEAVES - timedelta(hours=5),
        LEAVES - second,
        LEAVES,
        LEAVES - second,
        LEAVES + second,
        JOINS - second,
        JOINS,
        LEAVES - second,
        JOINS + timedelta(hours=1),
        JOINS + timedelta(days=1),
        LEAVES - timedelta(hours=5),
    ]
    seen = []
    for at in moments:
        items = compute(snap, at, kept)
        assert items == compute(snap, at), at
        seen.append(_kinds(items))
    custodian = ("custodian-missing", None)
    ada, bo = ("agreement-unsigned", "Ada Moss"), ("agreement-unsigned", "Bo Lind")
    assert seen[0] == seen[1] == seen[3] == seen[7] == seen[10] == {ada}
    assert seen[2] == seen[4] == seen[5] == {custodian}
    assert seen[6] == seen[8] == seen[9] == {custodian, bo}


def test_kept_items_are_made_again_on_another_day() -> None:
    """A custodian owed from the day the term ended: due-soon through that day in the city,
    overdue from its midnight (06:00 in UTC), and two weeks on at the same hour."""
    snap, kept = _city(), dict[Any, Any]()
    states = []
    midnight = datetime.combine(DAY + timedelta(days=1), time(), tzinfo=CHICAGO)
    for at in (
        LEAVES + timedelta(hours=1),
        midnight - timedelta(microseconds=1),
        midnight,
        LEAVES + timedelta(days=14, hours=1),
    ):
        items = compute(snap, at, kept)
        assert items == compute(snap, at), at
        [owed] = [o for o in items if o.kind == "custodian-missing"]
        states.append(owed.state)
    assert states == ["due-soon", "due-soon", "overdue", "overdue"]


def _owed(snapshot: Snapshot, as_of: datetime) -> list[Due]:
    """A rule of the day whose items are due at a moment, one at the very moment another's day
    ends (they sort together)."""
    end_of_day = due_moment(DAY, CHICAGO)
    return [
        Due(DAY, "on the day", "https://x.com/a"),
        Due(end_of_day, "at the day's last moment", "https://x.com/b"),
        Due(LEAVES, "at two", "https://x.com/c"),
    ]


def test_a_kept_kinds_items_due_at_a_moment_have_their_state_at_each(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kind = Kind("kept-test", "R3", "Test", "policy", "account", _owed, None, only_the_day)
    monkeypatch.setitem(KINDS, "kept-test", kind)
    snap, kept = Snapshot(profile=PROFILE, adopted_on=None), dict[Any, Any]()
    states = []
    for at in (LEAVES - timedelta(seconds=1), LEAVES, LEAVES + timedelta(seconds=1)):
        items = compute(snap, at, kept)
        assert items == compute(snap, at), at
        [two] = [o for o in items if o.text == "at two"]
        states.append(two.state)
        # The date's item and the moment's that ends its day share a place, in account order.
        texts = [o.text for o in items if o.kind == "kept-test"]
        assert texts == ["at two", "on the day", "at the day's last moment"]
    assert states == ["due-soon", "due-soon", "overdue"]


def test_a_rule_is_run_again_only_when_a_fact_it_read_is_another(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Facts read again after a write are new objects, the others the very ones: the items of
    a rule that read only those are kept, and the answer is the one made afresh whichever fact
    changed (a term, an account, the adoption day, the directive's day, the profile)."""
    from dataclasses import replace

    import clerkdesk.core.obligations as engine
    from clerkdesk.core.obligations.watched import Watched

    ran: list[int] = []

    class Counted(Watched):
        __slots__ = ()

        def __init__(self, snapshot: Snapshot) -> None:
            super().__init__(snapshot)
            ran.append(1)

    monkeypatch.setattr(engine, "Watched", Counted)
    at = datetime.combine(DAY, time(9), tzinfo=CHICAGO)
    first, kept = _city(), dict[Any, Any]()
    compute(first, at, kept)
    whole = len(ran)
    ran.clear()
    same = replace(first)  # another snapshot of the very facts (as `at_moment` makes)
    assert compute(same, at, kept) == compute(same, at)
    assert ran == []
    terms = (*first.assignments[:1], _term(2, "Bo Lind", "authorized-user", JOINS, LEAVES))
    park = AccountFacts(1, "https://x.com/parks", "Parks", "approved", date(2026, 2, 2))
    for changed in (
        replace(same, assignments=terms),
        replace(same, accounts=(park,)),
        replace(same, adopted_on=date(2020, 1, 1)),
        replace(same, retention_directive_on=date(2026, 1, 5)),
        replace(same, profile=replace(PROFILE, warning_days=3)),
    ):
        ran.clear()
        assert compute(changed, at, kept) == compute(changed, at)
        assert 0 < len(ran) <= whole
        kept.clear()
        compute(same, at, kept)
    ran.clear()
    compute(replace(same, assignments=terms), at, kept)
    assert 0 < len(ran) < whole  # the rules that read no term kept their items
