"""The obligations about people: R6 agreements and the R10 password rotation after a separation,
at their edges and across daylight-saving changes."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from clerkdesk.core.obligations import (
    AccountFacts,
    AssignmentFacts,
    RemovalFacts,
    Snapshot,
    compute,
)
from clerkdesk.core.profile import PolicyProfile

CHICAGO = ZoneInfo("America/Chicago")
PROFILE = PolicyProfile(
    key="t", title="T", coordinating_office="City Clerk", authorities=("mayor",)
)
ACCOUNT = AccountFacts(1, "https://facebook.com/parks", "Parks", "approved", date(2026, 1, 2))


def term(
    person_id: int = 5,
    role: str = "administrator",
    signed: bool = True,
    starts: datetime = datetime(2026, 1, 5, 9, 0, tzinfo=CHICAGO),
    ends: datetime | None = None,
) -> AssignmentFacts:
    return AssignmentFacts(
        person_id * 10, 1, ACCOUNT.url, "Parks", person_id, "Tom Becker", role, starts, ends, signed
    )


def snapshot(
    *terms: AssignmentFacts, left: datetime | None = None, changed: datetime | None = None
) -> Snapshot:
    """Tom's terms; with `left`, those a separation ended at that moment owe a change."""
    custodian = term(person_id=9, role="custodian")
    ended = tuple(
        RemovalFacts(t.account_id, t.url, t.department, t.person_id, t.person, left)
        for t in terms
        if left is not None and t.ends_at == left
    )
    return Snapshot(
        profile=PROFILE,
        adopted_on=None,
        accounts=(ACCOUNT,),
        assignments=(custodian, *terms),
        removals=ended,
        password_changed={1: changed} if changed else {},
    )


def rotation(snap: Snapshot, as_of: datetime) -> list:  # type: ignore[type-arg]
    return [o for o in compute(snap, as_of) if o.kind == "password-rotation"]


LEFT = datetime(2026, 6, 10, 16, 30, tzinfo=CHICAGO)


def test_rotation_is_due_48_hours_after_the_separation() -> None:
    snap = snapshot(term(ends=LEFT), left=LEFT)
    [item] = rotation(snap, LEFT)
    assert (item.rule, item.person, item.account) == ("R10", "Tom Becker", ACCOUNT.url)
    assert item.due == datetime(2026, 6, 12, 16, 30, tzinfo=CHICAGO)
    assert item.to_json(CHICAGO)["due"] == "2026-06-12T16:30-05:00"
    assert item.to_json(CHICAGO)["due_utc"] == "2026-06-12T21:30:00Z"


@pytest.mark.parametrize(
    "after, state",
    [
        (timedelta(hours=47, minutes=59), "due-soon"),
        (timedelta(hours=48), "due-soon"),
        (timedelta(hours=48, minutes=1), "overdue"),
    ],
)
def test_rotation_at_its_edges(after: timedelta, state: str) -> None:
    snap = snapshot(term(ends=LEFT), left=LEFT)
    assert rotation(snap, LEFT + after)[0].state == state


@pytest.mark.parametrize(
    "left, due_local",
    [
        # Spring forward (2026-03-08 02:00): 48 elapsed hours end at 15:00 CDT, not 14:00.
        (datetime(2026, 3, 7, 14, 0, tzinfo=CHICAGO), datetime(2026, 3, 9, 15, 0)),
        # Fall back (2026-11-01 02:00): 48 elapsed hours end at 13:00 CST, not 14:00.
        (datetime(2026, 10, 31, 14, 0, tzinfo=CHICAGO), datetime(2026, 11, 2, 13, 0)),
    ],
)
def test_rotation_counts_elapsed_hours_across_daylight_saving(
    left: datetime, due_local: datetime
) -> None:
    snap = snapshot(term(ends=left), left=left)
    [item] = rotation(snap, left)
    assert item.due.astimezone(CHICAGO).replace(tzinfo=None) == due_local
    just_before = left.astimezone(UTC) + timedelta(hours=47, minutes=59)
    just_after = left.astimezone(UTC) + timedelta(hours=48, minutes=1)
    assert rotation(snap, just_before)[0].state == "due-soon"
    assert rotation(snap, just_after)[0].state == "overdue"


def test_a_password_change_after_the_separation_clears_it() -> None:
    assert (
        rotation(snapshot(term(ends=LEFT), left=LEFT, changed=LEFT + timedelta(hours=3)), LEFT)
        == []
    )


def test_a_password_change_before_the_separation_does_not() -> None:
    snap = snapshot(term(ends=LEFT), left=LEFT, changed=LEFT - timedelta(minutes=1))
    assert len(rotation(snap, LEFT)) == 1


def test_only_terms_the_separation_ended_owe_a_change() -> None:
    ended_before = term(ends=LEFT - timedelta(days=30))
    assert rotation(snapshot(ended_before, left=LEFT), LEFT) == []


def test_a_review_removal_reads_as_such() -> None:
    removal = RemovalFacts(1, ACCOUNT.url, "Parks", 5, "Tom Becker", LEFT, reason="review")
    snap = Snapshot(profile=PROFILE, adopted_on=None, removals=(removal,))
    [item] = rotation(snap, LEFT)
    assert item.text == (
        "Change the password: Tom Becker's access was removed in a review on 2026-06-10"
    )


def test_nothing_is_owed_before_the_access_ended() -> None:
    assert rotation(snapshot(term(ends=LEFT), left=LEFT), LEFT - timedelta(minutes=1)) == []


def test_two_roles_on_one_account_make_one_rotation() -> None:
    snap = snapshot(term(ends=LEFT), term(role="authorized-user", ends=LEFT), left=LEFT)
    assert len(rotation(snap, LEFT)) == 1


def test_unsigned_agreement_is_owed_from_the_start_of_the_term() -> None:
    snap = snapshot(term(signed=False))
    [item] = [
        o
        for o in compute(snap, datetime(2026, 1, 6, 9, tzinfo=CHICAGO))
        if o.kind == "agreement-unsigned"
    ]
    assert (item.rule, item.due, item.state, item.person) == (
        "R6",
        date(2026, 1, 5),
        "overdue",
        "Tom Becker",
    )


def test_signed_or_ended_terms_owe_no_agreement() -> None:
    as_of = datetime(2026, 6, 1, tzinfo=CHICAGO)
    ended = term(signed=False, ends=datetime(2026, 2, 1, tzinfo=CHICAGO))
    kinds = {o.kind for o in compute(snapshot(term(signed=True), ended), as_of)}
    assert "agreement-unsigned" not in kinds
