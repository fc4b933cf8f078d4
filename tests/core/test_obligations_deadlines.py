"""Every rule that counts days or hours, at its edges: the day before, of and after its
deadline (the minute before, of and after for hours), and across the spring and autumn
daylight-saving changes in Chicago (2026-03-08 and 2026-11-01)."""

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from clerkdesk.core.obligations import (
    AccountFacts,
    AssignmentFacts,
    DepartmentReviewFacts,
    PasswordChangeFacts,
    RemovalFacts,
    Snapshot,
    compute,
)
from clerkdesk.core.profile import PolicyProfile

CHICAGO = ZoneInfo("America/Chicago")
PROFILE = PolicyProfile(
    key="t", title="T", coordinating_office="City Clerk", authorities=("mayor",)
)
LONG_AGO = date(2019, 6, 25)  # an adoption long before every event here: no floor
SPRING, AUTUMN = date(2026, 3, 8), date(2026, 11, 1)
URL = "https://facebook.com/parks"


def local(day: date, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute, second), tzinfo=CHICAGO)


def account(status: str = "approved", approved: date | None = None) -> AccountFacts:
    return AccountFacts(1, URL, "Parks", status, approved, "parks@city.gov")


def term(starts: datetime, role: str = "authorized-user", signed: bool = False) -> AssignmentFacts:
    return AssignmentFacts(10, 1, URL, "Parks", 5, "Tom Becker", role, starts, None, signed)


def custodian() -> AssignmentFacts:
    return term(local(date(2000, 1, 3)), role="custodian", signed=True)


# Each day-counting rule, and the snapshot whose deadline for it falls on `due`.
Builder = Callable[[date], Snapshot]


def grandfather(due: date) -> Snapshot:
    adopted = due - timedelta(days=45)
    return Snapshot(profile=PROFILE, adopted_on=adopted, accounts=(account("pre-existing"),))


def custodian_missing(due: date) -> Snapshot:
    return Snapshot(
        profile=PROFILE,
        adopted_on=LONG_AGO,
        accounts=(account(approved=due),),
        credentials_on_file=frozenset({1}),
    )


def credential_missing(due: date) -> Snapshot:
    return Snapshot(
        profile=PROFILE,
        adopted_on=LONG_AGO,
        accounts=(account(approved=due),),
        assignments=(custodian(),),
    )


def agreement(due: date) -> Snapshot:
    return Snapshot(
        profile=PROFILE,
        adopted_on=LONG_AGO,
        accounts=(account(approved=date(2000, 1, 3)),),
        assignments=(custodian(), term(local(due))),
        credentials_on_file=frozenset({1}),
    )


def review(due: date) -> Snapshot:
    first = due - timedelta(days=180)
    return Snapshot(
        profile=PROFILE,
        adopted_on=LONG_AGO,
        reviews=(DepartmentReviewFacts("Parks", first, None),),
    )


RULES: dict[str, tuple[str, Builder]] = {
    "R5": ("grandfather-approval", grandfather),
    "R3": ("custodian-missing", custodian_missing),
    "R8": ("credential-missing", credential_missing),
    "R6": ("agreement-unsigned", agreement),
    "R7": ("access-review", review),
}


def state(rule: str, due: date, as_of: datetime) -> str:
    kind, build = RULES[rule]
    [item] = [o for o in compute(build(due), as_of) if o.kind == kind]
    assert (item.rule, item.due) == (rule, due)
    return item.state


@pytest.mark.parametrize("rule", RULES)
@pytest.mark.parametrize("due", [date(2026, 6, 10), SPRING, AUTUMN], ids=str)
def test_a_day_counted_deadline_at_its_edges(rule: str, due: date) -> None:
    # The day before (as the day begins), the day of (to its last second) and the day after.
    # An agreement is owed only from the moment its term starts, at the start of its day.
    if rule != "R6":
        assert state(rule, due, local(due - timedelta(days=1))) == "due-soon"
    assert state(rule, due, local(due)) == "due-soon"
    assert state(rule, due, local(due, 23, 59, 59)) == "due-soon"
    assert state(rule, due, local(due + timedelta(days=1))) == "overdue"
    assert state(rule, due, local(due + timedelta(days=1), 0, 0, 1)) == "overdue"


@pytest.mark.parametrize("due", [SPRING, AUTUMN], ids=str)
def test_a_dst_day_is_due_to_its_last_local_second(due: date) -> None:
    # 2026-03-08 has 23 hours in Chicago and 2026-11-01 has 25: the day's end is its own.
    end = local(due, 23, 59, 59).astimezone(UTC)
    assert (end - local(due).astimezone(UTC)).total_seconds() == (
        23 * 3600 - 1 if due == SPRING else 25 * 3600 - 1
    )
    assert state("R3", due, end) == "due-soon"
    assert state("R3", due, end + timedelta(seconds=1)) == "overdue"


def late_records(changed: datetime, recorded: datetime, adopted: date = LONG_AGO) -> list:  # type: ignore[type-arg]
    change = PasswordChangeFacts(1, URL, "Parks", changed, recorded)
    snap = Snapshot(profile=PROFILE, adopted_on=adopted, password_changes=(change,))
    return [o for o in compute(snap, recorded) if o.kind == "credential-recorded-late"]


@pytest.mark.parametrize(
    "changed, deadline",
    [
        (local(date(2026, 6, 10), 12), local(date(2026, 6, 11), 12)),
        # Spring forward: 24 elapsed hours after noon CST on the 7th is 13:00 CDT on the 8th.
        (local(date(2026, 3, 7), 12), local(SPRING, 13)),
        # Fall back: 24 elapsed hours after noon CDT on 31 October is 11:00 CST on 1 November.
        (local(date(2026, 10, 31), 12), local(AUTUMN, 11)),
    ],
    ids=["june", "spring", "autumn"],
)
def test_a_password_change_is_recorded_within_24_elapsed_hours(
    changed: datetime, deadline: datetime
) -> None:
    assert late_records(changed, deadline - timedelta(minutes=1)) == []
    assert late_records(changed, deadline) == []
    [item] = late_records(changed, deadline + timedelta(minutes=1))
    assert (item.rule, item.due) == ("R9", deadline)
    assert item.text.startswith("Password change recorded 1 minute")


def rotation(left: datetime, as_of: datetime, adopted: date | None = LONG_AGO) -> list:  # type: ignore[type-arg]
    removal = RemovalFacts(1, URL, "Parks", 5, "Tom Becker", left)
    snap = Snapshot(profile=PROFILE, adopted_on=adopted, removals=(removal,))
    return [o for o in compute(snap, as_of) if o.kind == "password-rotation"]


@pytest.mark.parametrize(
    "left, due",
    [
        (local(date(2026, 6, 10), 16, 30), local(date(2026, 6, 12), 16, 30)),
        (local(date(2026, 3, 7), 14), local(date(2026, 3, 9), 15)),
        (local(date(2026, 10, 31), 14), local(date(2026, 11, 2), 13)),
    ],
    ids=["june", "spring", "autumn"],
)
def test_the_rotation_is_due_48_elapsed_hours_after_the_access_ended(
    left: datetime, due: datetime
) -> None:
    [item] = rotation(left, left)
    assert item.due == due
    assert rotation(left, due - timedelta(minutes=1))[0].state == "due-soon"
    assert rotation(left, due)[0].state == "due-soon"
    assert rotation(left, due + timedelta(minutes=1))[0].state == "overdue"
