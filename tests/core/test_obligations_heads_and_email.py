"""R12: an approved account without its city e-mail address; a department whose head left."""

from dataclasses import replace
from datetime import UTC, date, datetime

from clerkdesk.core.obligations import (
    AccountFacts,
    DepartmentHeadFacts,
    Snapshot,
    compute,
)
from clerkdesk.core.profile import PolicyProfile

PROFILE = PolicyProfile(
    key="wausau", title="W", coordinating_office="Coordinator", authorities=("coordinator",)
)
AS_OF = datetime(2026, 11, 20, 21, tzinfo=UTC)


def kinds(snapshot: Snapshot) -> list[tuple[str, str]]:
    return [(o.kind, o.basis) for o in compute(snapshot, AS_OF)]


def test_an_approved_account_without_its_city_address_owes_one_where_the_rule_applies() -> None:
    bare = AccountFacts(1, "https://x.com/a", "Parks", "approved", date(2026, 1, 5), None)
    kept = AccountFacts(2, "https://x.com/b", "Parks", "approved", date(2026, 1, 5), "b@w.gov")
    proposed = AccountFacts(3, "https://x.com/c", "Parks", "proposed", None, None)
    profile = replace(PROFILE, rules={"R3": "off", "R8": "off", "R12": "policy"})
    snap = Snapshot(profile=profile, adopted_on=None, accounts=(bare, kept, proposed))
    [item] = compute(snap, AS_OF)
    assert (item.kind, item.rule, item.basis, item.account) == (
        "city-email-missing",
        "R12",
        "policy",
        "https://x.com/a",
    )
    practice = replace(snap, profile=replace(profile, rules={**profile.rules, "R12": "practice"}))
    assert kinds(practice) == [("city-email-missing", "practice")]
    off = replace(snap, profile=replace(profile, rules={**profile.rules, "R12": "off"}))
    assert kinds(off) == []


def test_a_department_whose_head_left_needs_a_new_one_from_the_day_she_left() -> None:
    left = datetime(2026, 11, 19, 22, 30, tzinfo=UTC)  # 16:30 in Stoughton's zone
    facts = DepartmentHeadFacts("Parks", "Priya Raman", left)
    snap = Snapshot(profile=PROFILE, adopted_on=None, heads_left=(facts,))
    [item] = compute(snap, AS_OF)
    assert (item.kind, item.department, item.due) == (
        "department-head-left",
        "Parks",
        date(2026, 11, 19),
    )
    assert item.text == "Name a new head of Parks: Priya Raman left on 2026-11-19"
    assert compute(snap, datetime(2026, 11, 19, 22, tzinfo=UTC)) == []  # not yet left
    off = replace(snap, profile=replace(PROFILE, rules={"R7": "off"}))
    assert compute(off, AS_OF) == []
