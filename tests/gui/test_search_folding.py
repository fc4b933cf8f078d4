"""The filter of every list finds what a person types: case and accents aside (`nunez` finds
José Ñúñez), a handle with or without its `@`, and each keystroke still quick at 10,000 rows."""

from __future__ import annotations

import time
from dataclasses import dataclass
from statistics import median

from PySide6.QtCore import Qt

from clerkdesk.core.search import fold, search_words
from clerkdesk.gui.widgets.table_model import Column, RecordTableModel
from clerkdesk.services.departments.writes import create_department
from clerkdesk.services.kernel.inputs import DepartmentInput, PersonInput
from clerkdesk.services.people.writes import create_person

from .conftest import add_account, go


@dataclass(frozen=True)
class Row:
    id: int
    name: str


COLUMNS = [Column("Name", lambda r: r.name)]


def test_fold_sets_case_and_accents_aside() -> None:
    assert fold("José Ñúñez") == "jose nunez"
    assert fold("ÇA VA, Zoë") == "ca va, zoe"
    assert fold("Straße") == "strasse"
    assert fold("Łukasz Żółć, Søren") == "lukasz zolc, soren"  # letters of their own
    assert search_words("  @Parks  NÚÑEZ @ ") == ("parks", "nunez")


def test_the_model_finds_names_without_their_accents(qapp) -> None:
    model: RecordTableModel[Row] = RecordTableModel(COLUMNS)
    model.set_rows([Row(1, "José Ñúñez"), Row(2, "Jose Nunez Jr."), Row(3, "Dana Whitfield")])
    for typed in ("nunez", "NUNEZ", "ñúñez", "José ñu", "jose"):
        model.set_filter(typed)
        assert [r.id for r in model.visible_rows()] == [1, 2], typed
    model.set_filter("Ñúñez")
    assert model.filter_text == "Ñúñez"  # as typed: said back in "no … match"


def test_nunez_finds_jose_on_the_people_page(qtbot, window, city_db) -> None:
    create_department(city_db, DepartmentInput("Mayor's Office"))
    create_person(city_db, PersonInput("E300", "José Ñúñez", "Aide", "Mayor's Office"))
    page = go(qtbot, window, "people")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is page.filter_edit
    qtbot.keyClicks(page.filter_edit, "nunez")
    assert [p.name for p in page.model.visible_rows()] == ["José Ñúñez"]
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Return)  # the one row left opens
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.isVisible())
    assert page.detail.windowTitle().startswith("José Ñúñez")
    page.detail.reject()


def test_a_handle_is_found_with_or_without_its_at(qtbot, window, city_db) -> None:
    add_account(city_db, "https://x.com/stoughtonparks", platform="x")
    add_account(city_db, "https://tiktok.com/@stoughtonpolice", platform="tiktok")
    add_account(city_db, "https://facebook.com/library")
    page = go(qtbot, window, "accounts")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    for typed, found in (
        ("@stoughtonparks", "https://x.com/stoughtonparks"),
        ("stoughtonpolice", "https://tiktok.com/@stoughtonpolice"),
        ("@StoughtonPolice", "https://tiktok.com/@stoughtonpolice"),
    ):
        page.filter_edit.clear()
        qtbot.keyClicks(page.filter_edit, typed)
        assert [a.view.url for a in page.model.visible_rows()] == [found], typed


def test_a_keystroke_at_ten_thousand_accented_rows_stays_quick(qapp) -> None:
    """Each row's text is folded once, when the rows are set; a keystroke folds only what was
    typed and scans plain strings."""
    names = ["José Ñúñez", "Zoë Brontë", "Dana Whitfield", "Łukasz Żółć"]
    rows = [Row(i, f"{names[i % 4]} {i:05d} Department {i % 500:03d}") for i in range(10_000)]
    model: RecordTableModel[Row] = RecordTableModel(COLUMNS)
    model.set_rows(rows)
    timings = []
    for typed in ("n", "nu", "nun", "nune", "nunez", "nunez 0", "", "z", "zo", "zolc 0999"):
        start = time.perf_counter()
        model.set_filter(typed)
        timings.append(time.perf_counter() - start)
    assert [r.id for r in model.visible_rows()] == [999, 9991, 9995, 9999]
    assert median(timings) < 0.008, timings  # well within a 16 ms frame
