"""A removal written is read again alone on the Removed content page, with the removals it
shares its count and its repeat decision with (the same poster's on the same account, as it
was and as it is); a removal added reads the whole list."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from clerkdesk.gui.pages import list_page
from clerkdesk.gui.pages.removals import page as removals_page
from clerkdesk.services.removals.corrections import correct_removal
from clerkdesk.services.removals.decisions import decide_repeat
from clerkdesk.services.removals.writes import RemovalInput, record_removal

from .conftest import add_account, approve, counted_reads, finished, go

PARKS = "https://facebook.com/stoughtonparks"
LIBRARY = "https://x.com/stoughtonlibrary"
AT = datetime(2026, 11, 2, 15, tzinfo=UTC)


def _kept(city_db: Any) -> dict[str, Any]:
    """Two removals of @troll's and one of @spam's on the Parks account, one of @troll's on the
    Library's; by a name for each."""
    for url in (PARKS, LIBRARY):
        approve(city_db, add_account(city_db, url).id)
    made = {}
    for n, (name, url, poster) in enumerate(
        [
            ("troll1", PARKS, "@troll"),
            ("troll2", PARKS, "@troll"),
            ("spam", PARKS, "@spam"),
            ("library", LIBRARY, "@troll"),
        ]
    ):
        data = RemovalInput(
            url, AT + timedelta(hours=n), poster, f"post {n}", "advertising", "hidden", "E100"
        )
        made[name] = (record_removal(city_db, data), data)
    return made


def _reads(monkeypatch: Any) -> dict[str, list[object]]:
    return counted_reads(monkeypatch, removals_page, "list_removals", "removals_with_ids")


def _settled(qtbot: Any, page: Any) -> None:
    """Until the page reads nothing more (a long list's first rows, then the whole)."""
    while page.loading is not None:
        finished(qtbot, page.loading)


def _shown(qtbot: Any, window: Any, monkeypatch: Any, long_list: bool) -> tuple[Any, Any]:
    if long_list:
        monkeypatch.setattr(list_page, "LONG_LIST", 1)
    page = go(qtbot, window, "removals")
    _settled(qtbot, page)
    return page, _reads(monkeypatch)


def _repeat(page: Any, removal: Any) -> str:
    column = [c.header for c in page.model.columns].index("Repeat violator")
    return str(page.model.text(page.model.position_of(lambda r: r.id == removal.id), column))


@pytest.mark.parametrize("long_list", [False, True], ids=["short", "long"])
def test_a_decision_reads_the_poster_s_removals_on_the_account_alone(  # type: ignore[no-untyped-def]
    qtbot, window, city_db, monkeypatch, long_list
) -> None:
    made = _kept(city_db)
    page, reads = _shown(qtbot, window, monkeypatch, long_list)
    troll1, troll2 = made["troll1"][0], made["troll2"][0]
    assert _repeat(page, troll1) == "2 removals: decide"
    decide_repeat(city_db, PARKS, "@troll", True, "spam links")
    _settled(qtbot, page)
    assert reads == {"whole": [], "some": [frozenset({troll1.id, troll2.id})]}
    assert _repeat(page, troll1) == _repeat(page, troll2) == "block: spam links"
    assert _repeat(page, made["library"][0]) == ""  # the same poster on another account


def test_a_removal_moved_to_another_poster_reads_both_posters_removals(  # type: ignore[no-untyped-def]
    qtbot, window, city_db, monkeypatch
) -> None:
    """The count shows on each of a poster's removals: moving one from @troll to @spam
    changes what @troll's other removal and @spam's show, though neither was written."""
    made = _kept(city_db)
    page, reads = _shown(qtbot, window, monkeypatch, long_list=True)
    (troll1, data), troll2, spam = made["troll1"], made["troll2"][0], made["spam"][0]
    assert (_repeat(page, troll2), _repeat(page, spam)) == ("2 removals: decide", "")
    correct_removal(city_db, troll1.id, replace(data, poster="@spam"))
    _settled(qtbot, page)
    assert reads == {"whole": [], "some": [frozenset({troll1.id, troll2.id, spam.id})]}
    assert _repeat(page, troll2) == ""
    assert _repeat(page, troll1) == _repeat(page, spam) == "2 removals: decide"


def test_a_removal_corrected_in_its_words_reads_its_poster_s_removals(  # type: ignore[no-untyped-def]
    qtbot, window, city_db, monkeypatch
) -> None:
    made = _kept(city_db)
    page, reads = _shown(qtbot, window, monkeypatch, long_list=False)
    (spam, data) = made["spam"]
    correct_removal(city_db, spam.id, replace(data, content="Cheap boats, corrected"))
    _settled(qtbot, page)
    assert reads == {"whole": [], "some": [frozenset({spam.id})]}
    row = next(r for r in page.model.rows() if r.id == spam.id)
    assert row.content == "Cheap boats, corrected"


def test_a_removal_moved_to_another_moment_or_added_reads_the_whole_list(  # type: ignore[no-untyped-def]
    qtbot, window, city_db, monkeypatch
) -> None:
    """Either changes the rows' places among the others, newest first: the list is read in its
    order."""
    made = _kept(city_db)
    page, reads = _shown(qtbot, window, monkeypatch, long_list=False)
    (troll1, data) = made["troll1"]
    assert page.model.rows()[-1].id == troll1.id  # the oldest, last
    correct_removal(city_db, troll1.id, replace(data, removed_at=AT + timedelta(days=1)))
    _settled(qtbot, page)
    assert reads["some"] == [] and len(reads["whole"]) == 1
    assert page.model.rows()[0].id == troll1.id  # now the newest, first
    record_removal(city_db, replace(made["spam"][1], removed_at=AT + timedelta(days=2)))
    _settled(qtbot, page)
    assert reads["some"] == [] and len(reads["whole"]) == 2
    assert page.model.total() == 5
    assert _repeat(page, made["spam"][0]) == "2 removals: decide"
