"""The shared table model: filtering, sorting, colours, and its speed at city scale."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from clerkdesk.gui.widgets.table_model import TONES, Column, RecordTableModel
from clerkdesk.gui.widgets.table_view import RecordTableView


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    city: str
    count: int | None


COLUMNS = [
    Column("Name", lambda r: r.name),
    Column("City", lambda r: r.city, tone=lambda r: "overdue" if r.city == "Late" else None),
    Column(
        "Count",
        lambda r: "" if r.count is None else str(r.count),
        sort_key=lambda r: r.count,
        numeric=True,
        searchable=False,
    ),
]
ROWS = [
    Row(1, "Parks", "Stoughton", 10),
    Row(2, "police", "Late", None),
    Row(3, "Library", "Stoughton", 2),
    Row(4, "Parks Annex", "Madison", 33),
]


def shown(model: RecordTableModel[Row]) -> list[int]:
    return [row.id for row in model.visible_rows()]


@pytest.fixture
def model(qapp) -> RecordTableModel[Row]:
    model: RecordTableModel[Row] = RecordTableModel(COLUMNS)
    model.set_rows(ROWS)
    return model


def test_model_passes_the_model_tester(qtmodeltester, model) -> None:
    qtmodeltester.check(model)  # fails the test on any breach of Qt's model contract
    every = model.rowCount()
    model.set_filter("parks")
    qtmodeltester.check(model)
    assert 0 < model.rowCount() < every
    model.sort(2, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_cells_headers_and_colours(model) -> None:
    assert model.headerData(1, Qt.Orientation.Horizontal) == "City"
    assert model.data(model.index(0, 0)) == "Parks"
    assert model.data(model.index(1, 2)) == ""
    late = model.index(1, 1)
    background, foreground = TONES["overdue"]
    assert model.data(late, Qt.ItemDataRole.BackgroundRole) == background
    assert model.data(late, Qt.ItemDataRole.ForegroundRole) == foreground
    assert model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(0, 2), Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )


def test_filter_matches_every_word_in_any_searchable_column(model) -> None:
    model.set_filter("PARKS")
    assert shown(model) == [1, 4]
    model.set_filter("parks madison")
    assert shown(model) == [4]
    model.set_filter("stoughton")
    assert shown(model) == [1, 3]
    model.set_filter("33")  # the Count column is not searchable
    assert shown(model) == []
    model.set_filter("  ")
    assert shown(model) == [1, 2, 3, 4]


def test_widening_a_filter_brings_rows_back(model) -> None:
    model.set_filter("parks a")
    assert shown(model) == [1, 4]
    model.set_filter("parks an")
    assert shown(model) == [4]
    model.set_filter("parks")
    assert shown(model) == [1, 4]


def test_sort_with_missing_values_last_and_back_to_natural_order(model) -> None:
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert shown(model) == [3, 1, 4, 2]
    model.sort(0, Qt.SortOrder.DescendingOrder)  # case-insensitive text
    assert shown(model) == [2, 4, 1, 3]
    model.sort(-1)
    assert shown(model) == [1, 2, 3, 4]


def test_sort_and_filter_survive_new_rows(model) -> None:
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.set_filter("stoughton")
    model.set_rows([*ROWS, Row(5, "Clerk", "Stoughton", 1)])
    assert shown(model) == [5, 3, 1]


def test_sorting_keeps_the_selected_row_selected(model) -> None:
    anchor = QPersistentModelIndex(model.index(2, 0))  # Library
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert anchor.row() == 0
    assert model.row(anchor.row()).name == "Library"


def test_view_sorts_by_header_and_paints_placeholder(qtbot, model) -> None:
    view = RecordTableView()
    qtbot.addWidget(view)
    view.placeholder = "Nothing is due."
    view.setModel(model)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert model.row(0).name == "Library"
    model.set_filter("no such thing")
    view.show()
    with qtbot.waitSignal(view.painted, timeout=2000):
        view.viewport().update()
    image = view.viewport().grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(40)}
    assert len(colours) > 1, "the empty-state text is painted"


def test_enter_on_a_row_asks_to_open_it(qtbot, model) -> None:
    view = RecordTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    view.selectRow(1)
    with qtbot.waitSignal(view.open_requested, timeout=1000):
        qtbot.keyClick(view, Qt.Key.Key_Return)


def test_filtering_ten_thousand_rows_keeps_each_keystroke_s_matches(qtbot) -> None:
    """Each keystroke of a search, typed into a filled view, shows the rows whose text holds
    every word. (Its speed is a budget `bench/run.py filter` measures, not a test's.)"""
    rows = [
        Row(i, f"https://facebook.com/account{i:05d}", f"Department {i % 500:03d}", i)
        for i in range(10_000)
    ]
    model: RecordTableModel[Row] = RecordTableModel(COLUMNS)
    model.set_rows(rows)
    view = RecordTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    view.viewport().repaint()  # the table as the clerk sees it before typing
    for text in (
        "d",
        "de",
        "dep",
        "depa",
        "department 4",
        "department 42",
        "department 4",
        "department 4 account0",
        "",
        "0",
        "09",
        "0999",
        "09999",
    ):
        model.set_filter(text)
        view.viewport().repaint()
        words = text.lower().split()
        expected = [
            r.id
            for r in rows
            if all(w in " ".join(str(c.text(r)) for c in COLUMNS).lower() for w in words)
        ]
        assert [row.id for row in model.visible_rows()] == expected, text
    assert [row.id for row in model.visible_rows()] == [9999]


def test_a_row_given_anew_keeps_its_place_or_moves_by_the_order_asked(qtmodeltester, model) -> None:
    """A record saved is shown where it stands in the natural order, its cells and colours
    made again; under a column's order or a filter it goes where they put it."""
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.row())))
    model.replace({1: Row(2, "Zoning", "Stoughton", 50)})
    assert shown(model) == [1, 2, 3, 4] and changed == [(1, 1)]
    assert model.text(1, 0) == "Zoning"
    assert model.data(model.index(1, 1), Qt.ItemDataRole.BackgroundRole) is None  # not Late
    model.sort(2, Qt.SortOrder.AscendingOrder)  # by count: 2, 10, 33, 50
    assert shown(model) == [3, 1, 4, 2]
    anchor = QPersistentModelIndex(model.index(3, 0))  # Zoning, selected
    model.replace({1: Row(2, "Zoning", "Stoughton", 1)})  # its sort key cached: made again
    assert shown(model) == [2, 3, 1, 4]
    assert model.row(anchor.row()).name == "Zoning"
    model.set_filter("stoughton")
    model.replace({0: Row(1, "Parks", "Madison", 10)})  # no longer matches
    assert shown(model) == [2, 3]
    qtmodeltester.check(model)
