"""The Removed content register listed whole: each removal with its account, staff member,
repeat count and decision, newest first, in the same few statements however long the register
grows (its accounts, staff, counts and decisions read as sets, not once per row)."""

from datetime import timedelta

from clerkdesk.services.removals.decisions import decide_repeat
from clerkdesk.services.removals.writes import list_removals, record_removal

from .review_city import counted
from .test_removals import FIRST, SECOND, URL, city, removal

__all__ = ["city"]  # the register's city, as test_removals makes it


def test_the_whole_register_lists_each_removal_as_it_was_kept(city) -> None:  # type: ignore[no-untyped-def]
    first = record_removal(city, removal(FIRST))
    record_removal(city, removal(SECOND))
    other = record_removal(city, removal(SECOND + timedelta(minutes=1), poster="@other"))
    decide_repeat(city, URL, "@troll", True, "second advertisement in three weeks")
    listed = list_removals(city)
    assert [(r.poster, r.removed_at, r.repeat, r.decision) for r in listed] == [
        ("@other", SECOND + timedelta(minutes=1), 1, None),
        ("@troll", SECOND, 2, "block: second advertisement in three weeks"),
        ("@troll", FIRST, 2, "block: second advertisement in three weeks"),
    ]
    assert listed[0] == other  # the row a save returns is the row the page lists
    assert (listed[2].id, listed[2].account_url, listed[2].department) == (
        first.id,
        URL,
        "Parks",
    )
    assert (listed[2].staff_employee_id, listed[2].staff) == ("E1", "Ann Lee")
    assert listed[2].removed_at.utcoffset() == timedelta(0)  # an aware moment, in UTC


def test_a_longer_register_is_read_in_as_many_statements(city) -> None:  # type: ignore[no-untyped-def]
    record_removal(city, removal(FIRST))
    record_removal(city, removal(SECOND))
    with counted(city) as few:
        assert len(list_removals(city)) == 2
    for n in range(12):
        record_removal(city, removal(SECOND + timedelta(hours=n + 1), poster=f"@p{n % 4}"))
    with counted(city) as more:
        listed = list_removals(city)
    assert len(listed) == 14
    assert {r.poster: r.repeat for r in listed} == {"@troll": 2, **{f"@p{n}": 3 for n in range(4)}}
    assert len(more) == len(few)
