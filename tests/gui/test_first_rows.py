"""A long list read for the first time shows its first rows while the rest are read, as the
whole list would put them first; the whole list then takes their place, the selection and
the filter kept. A list sorted by a column waits for the whole list."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt

from clerkdesk.gui.pages import list_page

from .conftest import add_account, go, loaded
from .test_long_list_page import COUNT, keep_removals


@pytest.fixture
def gate():  # type: ignore[no-untyped-def]
    """Holds the whole list's read (a service read without `first`) until set."""
    held = threading.Event()
    yield held
    held.set()  # a test that failed leaves no read waiting


def formats_on_the_ui_thread(monkeypatch: Any, model: Any) -> list[int]:
    """The rows the model formats from now on, one by one (as the UI thread does)."""
    formatted: list[int] = []
    real = model._format
    monkeypatch.setattr(model, "_format", lambda source: formatted.append(source) or real(source))
    return formatted


def _held(monkeypatch: Any, module: Any, name: str, gate: threading.Event) -> Any:
    real = getattr(module, name)

    def read(db: Any, first: int | None = None) -> Any:
        if first is None:
            gate.wait(20)
        return real(db, first)

    monkeypatch.setattr(module, name, read)
    return real


def test_the_newest_removals_come_first(
    qtbot, window, city_db, tmp_path, monkeypatch, gate
) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.gui.pages.removals import page as removals

    keep_removals(city_db, tmp_path, lambda n: f"@fan{n:04d}")
    monkeypatch.setattr(list_page, "LONG_LIST", COUNT)  # this register is long
    real = _held(monkeypatch, removals, "list_removals", gate)
    page = go(qtbot, window, "removals")
    model = page.model
    qtbot.waitUntil(lambda: model.total() == list_page.FIRST_ROWS, timeout=10_000)
    newest = list(real(city_db))[: list_page.FIRST_ROWS]
    assert newest[0].poster == "@fan1499"
    assert [r.id for r in model.visible_rows()] == [r.id for r in newest]
    assert page.loading is not None  # the rest still being read
    assert page.count_label.text() == f"the first 100 of {COUNT:,} removals; reading the rest…"

    # A filter the first rows miss says where it looked.
    page.filter_edit.setText("@fan0001")
    assert page.table.placeholder == "No removal among the first 100 matches “@fan0001”."
    page.filter_edit.clear()

    # The clerk selects one and filters while the rest are read.
    page.select_where(lambda r: r.poster == "@fan1494")
    qtbot.keyClicks(page.filter_edit, "@fan149")
    assert page.count_label.text() == (
        f"10 of the first 100 of {COUNT:,} removals; reading the rest…"
    )

    gate.set()
    loaded(qtbot, page)
    assert model.total() == COUNT
    assert page.count_label.text() == f"10 of {COUNT:,} removals"
    assert page.selected().poster == "@fan1494"
    page.filter_edit.clear()
    assert [r.id for r in model.visible_rows()] == [r.id for r in real(city_db)]


def test_accounts_come_first_by_address(qtbot, window, city_db, monkeypatch, gate) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.gui.pages.accounts import page as accounts

    for name in ("delta", "alpha", "echo", "charlie", "bravo"):
        add_account(city_db, f"https://facebook.com/{name}")
    monkeypatch.setattr(list_page, "LONG_LIST", 3)
    monkeypatch.setattr(list_page, "FIRST_ROWS", 2)
    _held(monkeypatch, accounts, "list_listed", gate)
    page = go(qtbot, window, "accounts")
    qtbot.waitUntil(lambda: page.model.total() == 2, timeout=10_000)
    assert [r.view.url for r in page.model.visible_rows()] == [
        "https://facebook.com/alpha",
        "https://facebook.com/bravo",
    ]
    assert page.count_label.text() == "the first 2 of 5 accounts; reading the rest…"
    gate.set()
    loaded(qtbot, page)
    assert page.count_label.text() == "5 accounts"
    assert [r.view.url.rsplit("/", 1)[1] for r in page.model.visible_rows()] == [
        "alpha",
        "bravo",
        "charlie",
        "delta",
        "echo",
    ]


def test_a_list_sorted_by_a_column_waits_for_the_whole(
    qtbot, window, city_db, tmp_path, monkeypatch, gate
) -> None:  # type: ignore[no-untyped-def]
    """Its first rows by that column are not the first rows read: none is shown before all."""
    from clerkdesk.gui.pages.removals import page as removals

    keep_removals(city_db, tmp_path, lambda n: f"@fan{n:04d}")
    monkeypatch.setattr(list_page, "LONG_LIST", COUNT)
    _held(monkeypatch, removals, "list_removals", gate)
    page = window.page("removals")  # made, not shown yet: sorted as a saved layout sorts it
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by poster
    page = go(qtbot, window, "removals")
    qtbot.wait(300)
    assert page.model.total() == 0
    assert page.table.placeholder == page.reading
    gate.set()
    loaded(qtbot, page)
    assert page.model.total() == COUNT
    assert page.model.visible_rows()[0].poster == "@fan0000"


def test_people_come_first_by_name(qtbot, window, city_db, monkeypatch, gate) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.gui.pages.people import page as people
    from clerkdesk.services.kernel.inputs import PersonInput
    from clerkdesk.services.people.writes import create_person

    for n, name in enumerate(("Zoe Young", "Abel Adams", "Mia Moss"), start=1):
        create_person(city_db, PersonInput(f"E9{n}", name, "Clerk", "Parks"))
    monkeypatch.setattr(list_page, "LONG_LIST", 3)
    monkeypatch.setattr(list_page, "FIRST_ROWS", 2)
    _held(monkeypatch, people, "list_people", gate)
    page = go(qtbot, window, "people")
    qtbot.waitUntil(lambda: page.model.total() == 2, timeout=10_000)
    assert [r.name for r in page.model.visible_rows()] == ["Abel Adams", "Dana Whitfield"]
    assert page.count_label.text() == "the first 2 of 5 people; reading the rest…"
    gate.set()
    loaded(qtbot, page)
    assert page.count_label.text() == "5 people"
    assert [r.name for r in page.model.visible_rows()][-1] == "Zoe Young"


def test_a_write_while_the_rest_is_read_reads_again_off_the_ui_thread(
    qtbot, window, city_db, tmp_path, monkeypatch, gate
) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.gui.pages.removals import page as removals

    keep_removals(city_db, tmp_path, lambda n: f"@fan{n:04d}")
    monkeypatch.setattr(list_page, "LONG_LIST", COUNT)
    real = _held(monkeypatch, removals, "list_removals", gate)
    readers: list[bool] = []
    held = removals.list_removals

    def noted(db: Any, first: int | None = None) -> Any:
        if first is None:
            readers.append(threading.current_thread() is threading.main_thread())
        return held(db, first)

    monkeypatch.setattr(removals, "list_removals", noted)
    page = go(qtbot, window, "removals")
    qtbot.waitUntil(lambda: page.model.total() == list_page.FIRST_ROWS, timeout=10_000)
    wanted = list(real(city_db))[3]
    page.reload()  # a write elsewhere, as the window's refresh asks, while the rest is read
    page.show_record(wanted.id)  # as a dialog saved would: once the rows are read
    gate.set()
    loaded(qtbot, page)
    assert readers == [False, False]  # the whole list read twice, neither on the UI thread
    assert page.count_label.text() == f"{COUNT:,} removals"
    assert page.selected().id == wanted.id


def test_opening_a_person_or_request_from_today_waits_for_a_long_list(
    qtbot, window, city_db, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date
    from types import SimpleNamespace

    from clerkdesk.services.people.writes import list_people
    from clerkdesk.services.requests.writes import RequestInput, save_request

    monkeypatch.setattr(list_page, "LONG_LIST", 2)  # both lists are long here
    save_request(city_db, None, RequestInput("LV-1", date(2026, 11, 2), "Posts"))
    save_request(city_db, None, RequestInput("LV-2", date(2026, 11, 3), "Comments"))
    people = window.page("people")
    opened: list[int] = []
    monkeypatch.setattr(people, "open_person", opened.append)
    [robert] = [p for p in list_people(city_db) if p.name == "Robert Hale"]
    window.go("people")
    people.open_obligation(SimpleNamespace(person_id=robert.id), "")
    loaded(qtbot, people)
    assert opened == [robert.id] and people.selected().id == robert.id

    requests = window.page("requests")
    window.go("requests")
    requests.open_obligation(SimpleNamespace(record="LV-2"), "")
    loaded(qtbot, requests)
    assert requests.selected().number == "LV-2"


def test_a_long_list_read_again_is_formatted_off_the_ui_thread_only_when_filtered(
    qtbot, window, city_db, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Read again in the background, the rows are shown as read and formatted as they are
    shown; with a filter typed (which looks at every row), formatted whole before they come."""
    keep_removals(city_db, tmp_path, lambda n: f"@fan{n:04d}")
    monkeypatch.setattr(list_page, "LONG_LIST", COUNT)
    page = loaded(qtbot, go(qtbot, window, "removals"))
    model = page.model
    model.format_when_idle(False)
    page.reload()
    loaded(qtbot, page)
    assert model.total() == COUNT
    assert model.formatted() < COUNT  # what the view showed, not every row

    page.filter_edit.setText("@fan14")
    formatted_here = formats_on_the_ui_thread(monkeypatch, model)
    page.reload()
    loaded(qtbot, page)
    page.table.viewport().repaint()
    assert model.formatted() == COUNT
    assert formatted_here == []  # none of them on the UI thread
    assert [r.poster for r in model.visible_rows()][:2] == ["@fan1499", "@fan1498"]
    assert page.count_label.text() == f"100 of {COUNT:,} removals"


def test_a_filter_typed_while_a_long_list_is_read_again_is_answered_off_the_ui_thread(
    qtbot, window, city_db, tmp_path, monkeypatch, gate
) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.gui.pages.removals import page as removals

    keep_removals(city_db, tmp_path, lambda n: f"@fan{n:04d}")
    monkeypatch.setattr(list_page, "LONG_LIST", COUNT)
    page = loaded(qtbot, go(qtbot, window, "removals"))
    model = page.model
    model.format_when_idle(False)
    _held(monkeypatch, removals, "list_removals", gate)
    page.reload()  # read again, as after a write
    assert page.loading is not None
    page.filter_edit.setText("@fan14")  # typed while the rows are read
    formatted_here = formats_on_the_ui_thread(monkeypatch, model)
    gate.set()
    loaded(qtbot, page)
    page.table.viewport().repaint()
    assert formatted_here == []  # every row formatted off the UI thread
    assert model.formatted() == COUNT
    assert page.count_label.text() == f"100 of {COUNT:,} removals"
