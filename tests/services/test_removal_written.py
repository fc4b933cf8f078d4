"""The removals a write changed (`written.removals_beside`), as the Removed content page reads
them again alone: those it named, and every removal of the same poster on the same account,
as it was and as it is, or as a repeat decision names it; on either database."""

from datetime import timedelta

from sqlalchemy import select

from clerkdesk.services.removals.corrections import correct_removal
from clerkdesk.services.removals.decisions import decide_repeat
from clerkdesk.services.removals.writes import record_removal
from clerkdesk.services.removals.written import removals_beside, removals_with_ids
from clerkdesk.store.models.removals import RepeatDecision

from .test_removals import FIRST, SECOND, URL, city, removal

__all__ = ["city"]  # the register's city, as test_removals makes it


def test_a_removal_s_poster_s_removals_on_its_account_as_it_is_and_was(city) -> None:  # type: ignore[no-untyped-def]
    first = record_removal(city, removal(FIRST))
    second = record_removal(city, removal(SECOND))
    other = record_removal(city, removal(SECOND + timedelta(minutes=1), poster="@other"))
    assert removals_beside(city, frozenset({other.id}), frozenset(), []) == {other.id}
    assert removals_beside(city, frozenset({first.id}), frozenset(), []) == {first.id, second.id}
    # moved from @troll to @other: the removals of both, though only one was written
    correct_removal(city, first.id, removal(FIRST, poster="@other"))
    as_listed = [(first.id, URL, "@troll", FIRST)]
    assert removals_beside(city, frozenset({first.id}), frozenset(), as_listed) == {
        first.id,
        second.id,
        other.id,
    }
    assert [r.poster for r in removals_with_ids(city, frozenset({first.id, second.id}))] == [
        "@troll",
        "@other",
    ]  # newest first


def test_a_decision_names_its_poster_s_removals_on_the_account(city) -> None:  # type: ignore[no-untyped-def]
    first = record_removal(city, removal(FIRST))
    second = record_removal(city, removal(SECOND))
    record_removal(city, removal(SECOND + timedelta(minutes=1), poster="@other"))
    decide_repeat(city, URL, "@troll", True, "second advertisement in three weeks")
    with city.reading() as session:
        [decision] = session.scalars(select(RepeatDecision.id))
    assert removals_beside(city, frozenset(), frozenset({decision}), []) == {first.id, second.id}
    # a decision gone, or an account no longer at the address listed: the whole list
    assert removals_beside(city, frozenset(), frozenset({decision + 1}), []) is None
    gone = [(first.id, "https://facebook.com/renamed", "@troll", FIRST)]
    assert removals_beside(city, frozenset({first.id}), frozenset(), gone) is None
    # moved to another moment: its place in the list is another, the whole list is read
    correct_removal(city, first.id, removal(FIRST + timedelta(days=1)))
    moved = [(first.id, URL, "@troll", FIRST)]
    assert removals_beside(city, frozenset({first.id}), frozenset(), moved) is None
