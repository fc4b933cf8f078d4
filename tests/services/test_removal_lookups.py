"""A form's removal looks up the one or two removals it names by their key (account, moment),
not every removal of the register: a city of tens of thousands saves one in milliseconds. What
it finds, and refuses, is what the register as a whole would give."""

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from clerkdesk.core.errors import ValidationError
from clerkdesk.services.kernel.plans import Planning
from clerkdesk.services.removals.corrections import correct_removal
from clerkdesk.services.removals.lookups import RemovalLookups
from clerkdesk.services.removals.writes import list_removals, record_removal
from clerkdesk.store.models.removals import Removal

from .test_removals import FIRST, SECOND, city, removal

__all__ = ["city"]  # the register's city, as test_removals makes it


def _loaded(kept: list[Any]) -> Any:
    def on_load(target: Any, _context: Any) -> None:
        kept.append(target.id)

    return on_load


def test_a_form_reads_only_the_removals_it_names(city) -> None:  # type: ignore[no-untyped-def]
    made = [record_removal(city, removal(FIRST + timedelta(days=n))) for n in range(6)]
    loaded: list[int] = []
    on_load = _loaded(loaded)
    event.listen(Removal, "load", on_load)
    try:
        record_removal(city, removal(SECOND, poster="@other"))
        assert loaded == []  # none kept at its moment: none read
        correct_removal(city, made[2].id, removal(made[2].removed_at, content="Corrected"))
        assert set(loaded) == {made[2].id}
        with pytest.raises(ValidationError) as taken:  # moved onto another's moment
            correct_removal(city, made[3].id, removal(made[4].removed_at))
        assert "already kept" in taken.value.fields["removed_at"]
        assert set(loaded) == {made[2].id, made[3].id, made[4].id}
    finally:
        event.remove(Removal, "load", on_load)
    assert [r.content for r in list_removals(city) if r.id == made[2].id] == ["Corrected"]


def test_asked_one_by_one_the_removals_are_those_of_the_register(city) -> None:  # type: ignore[no-untyped-def]
    first = record_removal(city, removal(FIRST))
    second = record_removal(city, removal(SECOND))
    with city.writing() as session:
        asked = RemovalLookups(Planning(city, session)).existing
        account_id = session.get(Removal, first.id).account_id
        assert asked[(account_id, FIRST)].id == first.id
        assert (account_id, FIRST + timedelta(seconds=1)) not in asked
        assert asked.pop((account_id, FIRST)).id == first.id  # a correction takes it out
        assert (account_id, FIRST) not in asked
        new = Removal(account_id=account_id, removed_at=SECOND + timedelta(days=1))
        asked[(account_id, new.removed_at)] = new  # a plan adds one
        # gone through: the register's, as the plans left them
        assert set(asked) == {(account_id, SECOND), (account_id, new.removed_at)}
        assert asked[(account_id, SECOND)].id == second.id and len(asked) == 2
        with pytest.raises(KeyError):
            del asked[(account_id, FIRST)]


def test_a_moment_of_the_repeated_autumn_hour_is_the_removal_kept_at_it(city) -> None:  # type: ignore[no-untyped-def]
    """01:30 on the night the clocks go back, typed in the city's zone as the dialog reads it
    back (the second 01:30), is the removal kept at 07:30 UTC: corrected, not refused as
    another kept at the same moment; and another removal typed at it is refused."""
    from zoneinfo import ZoneInfo

    from clerkdesk.core.dates import parse_wall_moment, wall_text

    chicago = ZoneInfo("America/Chicago")
    at = datetime(2026, 11, 1, 7, 30, tzinfo=UTC)
    kept = record_removal(city, removal(at))
    typed = parse_wall_moment(wall_text(kept.removed_at, chicago), chicago)
    assert typed.fold == 1 and typed != at  # unequal as Python compares them across zones
    assert correct_removal(city, kept.id, removal(typed, content="Corrected")).content == (
        "Corrected"
    )
    with pytest.raises(ValidationError) as again:
        record_removal(city, removal(typed, poster="@other"))
    assert "already kept" in again.value.fields["removed_at"]
