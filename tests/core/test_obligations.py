from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from clerkdesk.core.obligations import (
    BASES,
    KINDS,
    AccountFacts,
    AssignmentFacts,
    RemovalFacts,
    Snapshot,
    compute,
    grandfather_deadline,
    kind_of,
    load_kinds,
    rule,
    state_of,
)
from clerkdesk.core.profile import PolicyProfile
from clerkdesk.core.vocabulary import RULES

CHICAGO = ZoneInfo("America/Chicago")
PROFILE = PolicyProfile(
    key="t", title="T", coordinating_office="City Clerk", authorities=("mayor",)
)
ADOPTED = date(2019, 6, 25)


def snapshot(*accounts: AccountFacts, adopted: date | None = ADOPTED) -> Snapshot:
    return Snapshot(profile=PROFILE, adopted_on=adopted, accounts=accounts)


def pre_existing(n: int = 1) -> AccountFacts:
    return AccountFacts(n, f"https://facebook.com/a{n}", "Parks", "pre-existing", None)


def of_kind(kind: str, items: list) -> list:  # type: ignore[type-arg]
    return [i for i in items if i.kind == kind]


def at_noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=CHICAGO)


def test_stoughton_grandfather_deadline_is_9_august_2019() -> None:
    assert grandfather_deadline(ADOPTED, 45) == date(2019, 8, 9)


@pytest.mark.parametrize(
    "day_after_adoption, state",
    [
        (44, "due-soon"),
        (45, "due-soon"),
        (46, "overdue"),
    ],
)
def test_grandfather_deadline_at_its_edges(day_after_adoption: int, state: str) -> None:
    as_of = at_noon(ADOPTED + timedelta(days=day_after_adoption))
    [item] = compute(snapshot(pre_existing()), as_of)
    assert (item.kind, item.rule, item.due) == ("grandfather-approval", "R5", date(2019, 8, 9))
    assert item.state == state
    assert item.text == "Approve or discontinue by 2019-08-09"


def test_last_minute_of_the_deadline_day_is_not_overdue_in_the_city() -> None:
    # 23:59 on 9 August in Chicago is already 10 August in UTC.
    as_of = datetime(2019, 8, 10, 4, 59, tzinfo=UTC)
    [item] = compute(snapshot(pre_existing()), as_of)
    assert item.state == "due-soon"
    [item] = compute(snapshot(pre_existing()), as_of + timedelta(minutes=2))
    assert item.state == "overdue"


def test_upcoming_outside_the_warning_window() -> None:
    as_of = at_noon(date(2019, 8, 9) - timedelta(days=15))
    [item] = compute(snapshot(pre_existing()), as_of)
    assert item.state == "upcoming"
    as_of = at_noon(date(2019, 8, 9) - timedelta(days=14))
    assert compute(snapshot(pre_existing()), as_of)[0].state == "due-soon"


def test_the_window_is_a_profile_parameter() -> None:
    snap = Snapshot(
        profile=PROFILE.with_changes(grandfather_days=30),
        adopted_on=ADOPTED,
        accounts=(pre_existing(),),
    )
    [item] = compute(snap, at_noon(ADOPTED))
    assert item.due == date(2019, 7, 25)


def test_only_pre_existing_accounts_have_the_grandfather_deadline() -> None:
    accounts = [
        AccountFacts(i, f"https://x.com/{s}", "Parks", s, None)
        for i, s in enumerate(("proposed", "discontinued"), 1)
    ]
    assert compute(snapshot(*accounts), at_noon(ADOPTED)) == []


def test_no_adoption_date_no_grandfather_deadline() -> None:
    assert compute(snapshot(pre_existing(), adopted=None), at_noon(ADOPTED)) == []


def test_approved_account_without_custodian_is_owed_one_from_its_approval() -> None:
    account = AccountFacts(
        7, "https://x.com/city", "Clerk", "approved", date(2026, 1, 5), "clerk@city.gov"
    )
    [item] = of_kind("custodian-missing", compute(snapshot(account), at_noon(date(2026, 1, 5))))
    assert (item.kind, item.rule, item.due, item.state) == (
        "custodian-missing",
        "R3",
        date(2026, 1, 5),
        "due-soon",
    )
    [later] = of_kind("custodian-missing", compute(snapshot(account), at_noon(date(2026, 1, 6))))
    assert later.state == "overdue"


def test_account_with_a_current_custodian_owes_none_but_one_whose_term_ended_does() -> None:
    account = AccountFacts(
        7, "https://x.com/city", "Clerk", "approved", date(2026, 1, 5), "clerk@city.gov"
    )
    term = AssignmentFacts(
        1,
        7,
        account.url,
        "Clerk",
        3,
        "Dana Whitfield",
        "custodian",
        starts_at=at_noon(date(2026, 1, 5)),
        ends_at=at_noon(date(2026, 3, 1)),
        signed=True,
    )
    snap = Snapshot(
        profile=PROFILE,
        adopted_on=ADOPTED,
        accounts=(account,),
        assignments=(term,),
        credentials_on_file=frozenset({7}),
    )
    assert compute(snap, at_noon(date(2026, 2, 1))) == []
    [item] = compute(snap, at_noon(date(2026, 3, 2)))
    assert item.kind == "custodian-missing"


def test_soonest_first_across_kinds() -> None:
    late = AccountFacts(2, "https://x.com/b", "Clerk", "approved", date(2019, 7, 1), "b@city.gov")
    early = AccountFacts(3, "https://x.com/a", "Clerk", "approved", date(2019, 6, 26), "a@city.gov")
    items = compute(snapshot(late, pre_existing(), early), at_noon(date(2019, 9, 1)))
    assert [(i.due, i.kind) for i in items] == [
        (date(2019, 6, 26), "credential-missing"),
        (date(2019, 6, 26), "custodian-missing"),
        (date(2019, 7, 1), "credential-missing"),
        (date(2019, 7, 1), "custodian-missing"),
        (date(2019, 8, 9), "grandfather-approval"),
    ]


def test_json_item_has_the_interface_fields() -> None:
    [item] = compute(snapshot(pre_existing()), at_noon(date(2019, 9, 1)))
    assert item.to_json(CHICAGO) == {
        "kind": "grandfather-approval",
        "rule": "R5",
        "basis": "policy",
        "state": "overdue",
        "due": "2019-08-09",
        # The end of the day in the city's zone (CDT, five hours behind UTC).
        "due_utc": "2019-08-10T04:59:59Z",
        "account": "https://facebook.com/a1",
        "person": None,
        "employee_id": None,
        "department": "Parks",
        "text": "Approve or discontinue by 2019-08-09",
    }


def test_moment_dues_compare_as_moments() -> None:
    due = datetime(2026, 3, 9, 12, 0, tzinfo=CHICAGO)
    assert state_of(due, due - timedelta(minutes=1), 14) == "due-soon"
    assert state_of(due, due + timedelta(minutes=1), 14) == "overdue"
    assert state_of(due, due - timedelta(days=15), 14) == "upcoming"


def test_naive_as_of_is_refused() -> None:
    with pytest.raises(ValueError):
        compute(snapshot(), datetime(2026, 1, 1))


def test_every_kind_is_found_and_describes_itself() -> None:
    kinds = load_kinds()
    assert kinds is KINDS
    # The kinds the program began with, each from its rule; a later register's kinds besides.
    assert {name: kind.rule for name, kind in kinds.items()}.items() >= {
        "grandfather-approval": "R5",
        "custodian-missing": "R3",
        "agreement-unsigned": "R6",
        "access-review": "R7",
        "credential-missing": "R8",
        "credential-recorded-late": "R9",
        "password-rotation": "R10",
        "city-email-missing": "R12",
        "department-head-left": "R7",
        "user-approval": "R4",
        "department-policy": "R1",
        "tool-approval": "R1",
        "blackout": "R18",
        "blackout-restore": "R18",
        "exception-expiring": "R19",
        "exception-approval": "R19",
        "site-check": "R15",
        "site-finding": "R15",
        "records-request": "R17",
        "records-hold": "R17",
        "repeat-violator": "R16",
    }.items()
    assert kind_of("access-review").opens == "review"
    assert kind_of("password-rotation").opens == "account:credential"
    assert all(kind.label and kind.basis in BASES for kind in kinds.values())
    assert all(kind.rule in RULES for kind in kinds.values())


def test_a_kind_registered_twice_or_badly_is_refused() -> None:
    load_kinds()
    with pytest.raises(ValueError, match="twice"):
        rule("access-review", rule="R7", label="x", basis="practice", opens="review")(
            lambda snapshot, as_of: ()
        )
    with pytest.raises(ValueError, match="basis"):
        rule("new-kind", rule="R1", label="x", basis="custom", opens="review")
    with pytest.raises(ValueError, match="place"):
        rule("new-kind", rule="R1", label="x", basis="policy", opens="Review page")
    assert "new-kind" not in KINDS


def test_ten_thousand_accounts_are_computed() -> None:
    accounts = [
        AccountFacts(
            i, f"https://x.com/a{i}", "D", "approved" if i % 2 else "pre-existing", date(2020, 1, 1)
        )
        for i in range(10_000)
    ]
    items = compute(snapshot(*accounts), at_noon(date(2026, 1, 1)))
    assert len(of_kind("custodian-missing", items)) == 5_000
    assert len(of_kind("grandfather-approval", items)) == 5_000


def test_moments_in_the_repeated_autumn_hour_compare_by_elapsed_time() -> None:
    # 2026-11-01 01:30 CDT comes before 01:10 CST (the second 01:xx) although its wall clock
    # reads later.
    first = datetime(2026, 11, 1, 1, 30, tzinfo=CHICAGO)
    second = datetime(2026, 11, 1, 1, 10, tzinfo=CHICAGO, fold=1)
    assert state_of(first, second, 14) == "overdue"
    assert state_of(second, first, 14) == "due-soon"


def test_one_kind_due_on_one_day_is_in_the_order_of_its_accounts() -> None:
    """Within a due day and a kind, items follow their account's URL, whatever order the
    accounts were read in; Today and the command line list them the same way every time."""
    urls = ["https://x.com/c", "https://x.com/a", "https://x.com/b"]
    accounts = [
        AccountFacts(n, url, "Clerk", "approved", date(2019, 7, 1), "c@city.gov")
        for n, url in enumerate(urls, start=1)
    ]
    items = compute(snapshot(*accounts), at_noon(date(2019, 9, 1)))
    assert [(i.kind, i.account) for i in items] == [
        ("credential-missing", "https://x.com/a"),
        ("credential-missing", "https://x.com/b"),
        ("credential-missing", "https://x.com/c"),
        ("custodian-missing", "https://x.com/a"),
        ("custodian-missing", "https://x.com/b"),
        ("custodian-missing", "https://x.com/c"),
    ]
    assert compute(snapshot(*reversed(accounts)), at_noon(date(2019, 9, 1))) == items


def test_two_items_due_in_the_repeated_autumn_hour_each_have_their_own_state() -> None:
    """01:10 CDT and 01:10 CST on 2026-11-01 read alike on the wall clock, an hour apart: at
    01:40 CDT the first has passed and the second is still to come."""
    ended = (
        RemovalFacts(
            1,
            "https://x.com/b",
            "Parks",
            1,
            "Ann Lee",
            datetime(2026, 10, 30, 6, 10, tzinfo=UTC),
            "left",
        ),
        RemovalFacts(
            2,
            "https://x.com/a",
            "Parks",
            2,
            "Bo Park",
            datetime(2026, 10, 30, 7, 10, tzinfo=UTC),
            "left",
        ),
    )
    snap = Snapshot(profile=PROFILE, adopted_on=ADOPTED, removals=ended)
    items = of_kind("password-rotation", compute(snap, datetime(2026, 11, 1, 6, 40, tzinfo=UTC)))
    assert [(i.account, i.due.astimezone(UTC).hour, i.state) for i in items] == [  # type: ignore[union-attr]
        ("https://x.com/b", 6, "overdue"),
        ("https://x.com/a", 7, "due-soon"),
    ]


def test_a_rule_reads_its_register_s_facts_by_the_register_s_noun() -> None:
    from clerkdesk.core.obligations.model import RepeatFacts

    second = datetime(2026, 3, 2, 15, tzinfo=UTC)
    posters = (
        RepeatFacts(1, "https://x.com/a", "Parks", "@spam", second, decided=False),
        RepeatFacts(1, "https://x.com/a", "Parks", "@done", second, decided=True),
    )
    snap = Snapshot(profile=PROFILE, adopted_on=ADOPTED, facts={"removals": posters})
    assert snap.facts_of("removals") == posters
    assert snapshot().facts_of("removals") == ()  # a register that gathered nothing
    items = of_kind("repeat-violator", compute(snap, datetime(2026, 3, 3, tzinfo=UTC)))
    assert [(i.record, i.due, i.account_id) for i in items] == [("@spam", date(2026, 3, 2), 1)]


@pytest.mark.parametrize("r15", ["practice", "off"])
def test_each_site_finding_is_on_and_labelled_by_its_own_rule(r15: str) -> None:
    """RULES.md: MFA off is a finding of its own (R11), not part of R15. A city that switches
    the notices off (R15) still hears of MFA off, with R11's basis; the notices it never asks
    for are no item."""
    from dataclasses import replace

    from clerkdesk.core.duties import DutyFacts, SiteCheckFacts

    profile = replace(
        PROFILE,
        rules={"R11": "policy", "R13": "off", "R14": "practice", "R15": r15},
        site_notices=("purpose",),
    )
    site = SiteCheckFacts(
        1,
        "https://x.com/a",
        "Parks",
        date(2026, 1, 5),
        date(2026, 3, 2),
        mfa="off",
        direct_messages="on",
    )
    snap = Snapshot(profile=profile, adopted_on=ADOPTED, duties=DutyFacts(site_checks=(site,)))
    found = {
        (o.rule, o.basis) for o in of_kind("site-finding", compute(snap, at_noon(date(2026, 3, 4))))
    }
    expected = {("R11", "policy")} | ({("R15", "practice")} if r15 == "practice" else set())
    assert found == expected
