"""The obligations engine: given a snapshot and an as-of moment, what is due, soonest first."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from operator import itemgetter
from typing import Any
from zoneinfo import ZoneInfo

from ..profile import PolicyProfile
from ..vocabulary import Basis
from .grandfather import grandfather_deadline
from .model import (
    DUE_SOON,
    OVERDUE,
    UPCOMING,
    AccountFacts,
    AssignmentFacts,
    DepartmentHeadFacts,
    DepartmentReviewFacts,
    Due,
    Obligation,
    PasswordChangeFacts,
    RemovalFacts,
    Snapshot,
    due_moment,
    new_tuple,
)
from .registry import BASES, KINDS, LAW, POLICY, PRACTICE, Kind, kind_of, load_kinds, rule
from .watched import Watched, same_reads

__all__ = [
    "BASES",
    "DUE_SOON",
    "KINDS",
    "LAW",
    "OVERDUE",
    "POLICY",
    "PRACTICE",
    "UPCOMING",
    "AccountFacts",
    "AssignmentFacts",
    "DepartmentHeadFacts",
    "DepartmentReviewFacts",
    "Due",
    "Kind",
    "Obligation",
    "PasswordChangeFacts",
    "RemovalFacts",
    "Snapshot",
    "compute",
    "due_moment",
    "grandfather_deadline",
    "kind_of",
    "load_kinds",
    "record_state",
    "rule",
    "state_of",
]


def state_of(due: date | datetime, as_of: datetime, warning_days: int) -> str:
    """`overdue` once the due date (or moment) has passed, `due-soon` within the warning
    window, `upcoming` after that. A date is due through the whole of that day."""
    if isinstance(due, datetime):
        # Compared in UTC: two moments in one zone would otherwise compare by wall-clock time,
        # which is wrong in the repeated hour of the autumn change.
        due_utc, now_utc = due.astimezone(UTC), as_of.astimezone(UTC)
        if due_utc < now_utc:
            return OVERDUE
        return DUE_SOON if due_utc <= now_utc + timedelta(days=warning_days) else UPCOMING
    today = as_of.date()
    if due < today:
        return OVERDUE
    return DUE_SOON if (due - today).days <= warning_days else UPCOMING


def record_state(
    kind: str, due: date | datetime, as_of: datetime, profile: PolicyProfile
) -> str | None:
    """The state an item of `kind` due then has at `as_of`, as Today shows it; None where
    the city's profile switches its rule off (Today shows no such item). A page that shows
    one record's deadline (a request, a site) colours it by this, never by its own test."""
    found = load_kinds()[kind]
    if profile.basis(found.rule, found.basis) == Basis.OFF:
        return None
    local = as_of.astimezone(profile.zone)
    return state_of(due, local, profile.warning_days)


# Items of a kind by (sort moment, kind): see `compute`.
Buckets = dict[tuple[datetime, str], list[tuple[str, Obligation]]]
Placed = dict[tuple[datetime, str], list[Obligation]]


def compute(
    snapshot: Snapshot, as_of: datetime, kept: dict[Any, Any] | None = None
) -> list[Obligation]:
    """Every obligation in force at `as_of` (an aware moment), soonest due first.

    `kept`: where the items of the rules that say when they change (`Kind.changes_at`) are
    kept between computations, given again with each snapshot of the same facts (all but those
    the rules without `changes_at` read: the access reviews, worked out at each moment), or of
    facts of which some were read again (`watched`). Such a rule is run again on another day
    in the city's zone, once a moment it names lies between, or once a fact it read is not
    the one it read; its items due at a moment are given their state at each computation."""
    if as_of.tzinfo is None:
        raise ValueError("as_of must be an aware moment")
    local_as_of = as_of.astimezone(snapshot.profile.zone)
    # The order is (sort moment, kind, then `_order`): whole, so that items due together come
    # out alike whatever order the database gave the rows in (SQLite and PostgreSQL differ).
    # Items are put in a bucket for each moment and kind as they are made, as (account,
    # obligation); each bucket is sorted by `_order`, and the buckets by moment and kind. A
    # city's thousands share a few dozen buckets.
    buckets: Buckets = {}
    # Many obligations share a due date: its sort moment and state are worked out once.
    by_date: dict[date, tuple[datetime, str]] = {}
    placed: list[Placed] = []  # the kept kinds' items due on a date, each bucket in order
    for kind in load_kinds().values():
        if kept is None or kind.changes_at is None:
            _place(
                kind,
                kind.function(snapshot, as_of),
                snapshot.profile,
                local_as_of,
                by_date,
                buckets,
            )
            continue
        dated, timed = _kept(kind, snapshot, as_of, local_as_of, by_date, kept)
        placed.append(dated)
        _place(kind, timed, snapshot.profile, local_as_of, by_date, buckets)
    return _ordered(buckets, placed)


def _kept(
    kind: Kind,
    snapshot: Snapshot,
    as_of: datetime,
    local_as_of: datetime,
    by_date: dict[date, tuple[datetime, str]],
    kept: dict[Any, Any],
) -> tuple[Placed, tuple[Due, ...]]:
    """A kind's items due on a date, placed and in order, and its items due at a moment, as
    its rule made them: kept in `kept` while the day, the moments of `changes_at` reached and
    the facts the rule read (`same_reads`: the profile equal, the others the very ones) are."""
    changes_at = kind.changes_at
    assert changes_at is not None
    # The rules that name the same moments share them; each is kept with the facts it was
    # worked out from (`watched`): the facts read again since a write, if it read none of
    # them, leave it as it was.
    known = kept.get(changes_at)
    if known is None or not same_reads(known[0], snapshot):
        looked = Watched(snapshot)
        moments = tuple(sorted(changes_at(looked.as_snapshot())))
        known = kept[changes_at] = (looked.reads(), moments)  # what was read, once it was
    # The day, and the window between the moments named that `as_of` lies in (not its place
    # in the list: moments made again since may put another window at the same place).
    moments = known[1]
    at = bisect_right(moments, as_of)
    key = (local_as_of.date(), moments[at - 1] if at else None, moments[at : at + 1])
    found = kept.get(kind.kind)
    if found is not None and found[1] == key and same_reads(found[0], snapshot):
        return found[2], found[3]
    buckets: Buckets = {}
    timed: list[Due] = []
    looked = Watched(snapshot)
    dues = kind.function(looked.as_snapshot(), as_of)
    _place(kind, dues, snapshot.profile, local_as_of, by_date, buckets, timed)
    made = _in_order(buckets)
    kept[kind.kind] = (looked.reads(), key, made, tuple(timed))
    return made, tuple(timed)


def _place(
    kind: Kind,
    dues: Iterable[Due],
    profile: PolicyProfile,
    local_as_of: datetime,
    by_date: dict[date, tuple[datetime, str]],
    buckets: Buckets,
    timed: list[Due] | None = None,
) -> None:
    """`dues` of `kind`, made obligations at `local_as_of` and put in their buckets; those due
    at a moment put in `timed` instead, where it is given."""
    if kind.item_rule is not None:
        _each_by_its_rule(kind, dues, profile, local_as_of, by_date, buckets, timed)
        return
    basis = profile.basis(kind.rule, kind.basis)
    if basis == Basis.OFF:
        return  # the city's profile switched the rule off: no item, no warning
    tz, warning, name = profile.zone, profile.warning_days, kind.kind
    # Each due day's bucket and the obligation's first four fields, made once. Not a
    # moment's: two moments of the repeated autumn hour, an hour apart, compare and hash
    # alike in the city's zone.
    heads: dict[date, tuple[list[tuple[str, Obligation]], tuple[str, ...]]] = {}
    for due in dues:
        when = due[0]
        moment_due = isinstance(when, datetime)
        head = None if moment_due else heads.get(when)
        if head is None:
            if moment_due and timed is not None:
                timed.append(due)
                continue
            moment, state = _placed(when, local_as_of, warning, tz, by_date)
            bucket = buckets.setdefault((moment, name), [])
            head = (bucket, (name, kind.rule, state, basis))
            if not moment_due:
                heads[when] = head
        bucket, first = head
        # An obligation is its kind, rule, state and basis, then the rule's fields.
        bucket.append((due[2] or "", new_tuple(Obligation, first + due)))


def _in_order(buckets: Buckets) -> Placed:
    """Each bucket's obligations in `_order`'s order."""
    made: Placed = {}
    for key, bucket in buckets.items():
        _sort(bucket)
        made[key] = [item[1] for item in bucket]
    return made


def _ordered(buckets: Buckets, placed: list[Placed]) -> list[Obligation]:
    """Every bucket's obligations, the buckets by moment and kind, each in `_order`'s order."""
    made = _in_order(buckets)
    for kept in placed:
        for key, items in kept.items():
            known = made.get(key)
            if known is None:
                made[key] = items
            else:  # a kind's items due at a moment that ends a day (23:59:59.999999)
                both = [(o.account or "", o) for o in (*known, *items)]
                _sort(both)
                made[key] = [item[1] for item in both]
    ordered: list[Obligation] = []
    for key in sorted(made):
        ordered.extend(made[key])
    return ordered


def _sort(bucket: list[tuple[str, Obligation]]) -> None:
    """`bucket` in `_order`'s order: by account first (a city's thousands of items of a kind
    due together are mostly of different accounts), then each run of one account's items by
    the whole of `_order`. The order is the same as sorting by `_order` alone."""
    bucket.sort(key=_ACCOUNT)
    start, size = 0, len(bucket)
    while start < size:
        account, end = bucket[start][0], start + 1
        while end < size and bucket[end][0] == account:
            end += 1
        if end - start > 1:
            bucket[start:end] = sorted(bucket[start:end], key=_order)
        start = end


_ACCOUNT = itemgetter(0)


def _order(item: tuple[str, Obligation]) -> tuple[object, ...]:
    """Where an item sorts among those of its kind due at the same moment: by account, rule,
    person, record and text, then the rest of its fields, so that no two different items tie."""
    account, o = item
    return (
        account,
        o.rule,
        o.person or "",
        o.record or "",
        o.text,
        o.department or "",
        o.employee_id or "",
        o.account_id or 0,
        o.person_id or 0,
        o.state,
        o.basis,
    )


def _each_by_its_rule(
    kind: Kind,
    dues: Iterable[Due],
    profile: PolicyProfile,
    local_as_of: datetime,
    by_date: dict[date, tuple[datetime, str]],
    buckets: Buckets,
    timed: list[Due] | None = None,
) -> None:
    """The items of a kind whose items each have their rule: each on, and with its basis, by
    its own rule (a city that switches R15 off still hears of MFA off, which is R11's)."""
    assert kind.item_rule is not None
    tz, warning = profile.zone, profile.warning_days
    for due in dues:
        if timed is not None and isinstance(due[0], datetime):
            timed.append(due)
            continue
        rule_name = kind.item_rule(due)
        basis = profile.basis(rule_name, kind.basis)
        if basis == Basis.OFF:
            continue
        moment, state = _placed(due[0], local_as_of, warning, tz, by_date)
        first = (kind.kind, rule_name, state, basis)
        buckets.setdefault((moment, kind.kind), []).append(
            (due[2] or "", new_tuple(Obligation, first + due))
        )


def _placed(
    due: date | datetime,
    local_as_of: datetime,
    warning: int,
    tz: ZoneInfo,
    by_date: dict[date, tuple[datetime, str]],
) -> tuple[datetime, str]:
    """Where an item due then sorts (its moment in UTC; a date at the end of its day in the
    city's zone) and its state at `local_as_of`."""
    if isinstance(due, datetime):
        return due.astimezone(UTC), state_of(due, local_as_of, warning)
    known = by_date.get(due)
    if known is None:
        known = by_date[due] = (due_moment(due, tz), state_of(due, local_as_of, warning))
    return known
