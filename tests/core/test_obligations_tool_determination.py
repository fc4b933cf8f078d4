"""Madison's IT Director determines per tool (platform), on a Department Head's request,
whether it lets the City meet the public records law (R1): a platform in use without a
favourable determination owes one item naming its accounts, from the earliest approval among
them, never before the policy applied; an account's own tool approval (older registers) still
counts for that account."""

from datetime import UTC, date, datetime

from clerkdesk.core.obligations import AccountFacts, Snapshot, compute
from clerkdesk.core.obligations.model import ToolDeterminationFacts
from clerkdesk.resources import load_profile

MADISON = load_profile("madison")
AS_OF = datetime(2026, 11, 20, 18, tzinfo=UTC)

PARKS = AccountFacts(
    1, "https://facebook.com/parks", "Parks", "approved", date(2026, 3, 2), platform="facebook"
)
LIBRARY = AccountFacts(
    2, "https://facebook.com/library", "Library", "approved", date(2026, 2, 9), platform="facebook"
)
VIDEO = AccountFacts(
    3, "https://youtube.com/@parks", "Parks", "approved", date(2026, 4, 1), platform="youtube"
)


def owed(*determinations: ToolDeterminationFacts, accounts=(PARKS, LIBRARY, VIDEO), adopted=None):  # type: ignore[no-untyped-def]
    snap = Snapshot(
        profile=MADISON,
        adopted_on=adopted,
        accounts=accounts,
        tool_determinations=determinations,
    )
    return [o for o in compute(snap, AS_OF) if o.kind == "tool-approval"]


def test_one_item_per_platform_naming_its_accounts_from_the_earliest_approval() -> None:
    items = owed()
    assert [(o.due, o.account, o.department) for o in items] == [
        (date(2026, 2, 9), LIBRARY.url, None),  # two departments: the city's, not one's
        (date(2026, 4, 1), VIDEO.url, "Parks"),
    ]
    assert items[0].text == (
        "Get the IT Director's determination that Facebook lets the City meet the public "
        "records law, at a Department Head's request: https://facebook.com/library, "
        "https://facebook.com/parks"
    )
    assert items[0].rule == "R1"


def test_not_before_the_policy_applied() -> None:
    items = owed(adopted=date(2026, 3, 1))
    assert [o.due for o in items] == [date(2026, 3, 1), date(2026, 4, 1)]


def test_a_favourable_determination_settles_the_platform_for_every_account() -> None:
    yes = ToolDeterminationFacts("facebook", date(2026, 1, 5), date(2026, 1, 20), True)
    assert [o.account for o in owed(yes)] == [VIDEO.url]


def test_a_request_alone_or_a_refusal_does_not() -> None:
    asked = ToolDeterminationFacts("facebook", date(2026, 1, 5), None, None)
    items = owed(asked)
    assert "(asked for on 2026-01-05)" in items[0].text
    no = ToolDeterminationFacts("facebook", date(2026, 1, 5), date(2026, 1, 20), False)
    items = owed(no)
    assert items[0].due == date(2026, 2, 9)
    assert items[0].text.startswith(
        "The IT Director determined on 2026-01-20 that Facebook does not let the City meet"
    )


def test_an_account_s_own_tool_approval_still_counts_for_it() -> None:
    old = LIBRARY._replace(tool_approved_on=date(2026, 2, 1))
    items = owed(accounts=(PARKS, old))
    assert [(o.due, o.account) for o in items] == [(date(2026, 3, 2), PARKS.url)]
    assert old.url not in items[0].text
    assert owed(accounts=(old,)) == []


def test_due_the_day_of_the_earliest_approval_overdue_the_day_after() -> None:
    # The day before, of and after the due date: its state turns overdue only after it.
    for day, state in (
        (date(2026, 2, 8), "due-soon"),
        (date(2026, 2, 9), "due-soon"),
        (date(2026, 2, 10), "overdue"),
    ):
        snap = Snapshot(profile=MADISON, adopted_on=None, accounts=(LIBRARY,))
        at = datetime.combine(day, datetime.min.time(), tzinfo=UTC).replace(hour=18)
        (item,) = [o for o in compute(snap, at) if o.kind == "tool-approval"]
        assert item.due == date(2026, 2, 9)
        assert item.state == state, day
