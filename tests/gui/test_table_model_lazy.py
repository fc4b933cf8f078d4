"""A long list is formatted as it is shown: the rows the view paints first, the rest while the
window is idle; filtering, sorting and colours answer exactly as for a list formatted whole."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from clerkdesk.gui.widgets.table_model import FORMAT_FIRST, TONES, Column, RecordTableModel
from clerkdesk.gui.widgets.table_view import RecordTableView

COUNT = FORMAT_FIRST * 5


@dataclass(frozen=True)
class Row:
    id: int
    url: str
    department: str
    count: int


formatted_ids: list[int] = []


def _url(row: Row) -> str:
    formatted_ids.append(row.id)
    return row.url


COLUMNS = [
    Column("Account", _url),
    Column(
        "Department",
        lambda r: r.department,
        tone=lambda r: "overdue" if r.department == "Department 007" else None,
    ),
    Column("Count", lambda r: f"{r.count:,}", sort_key=lambda r: r.count, numeric=True),
]
ROWS = [
    Row(i, f"https://facebook.com/account{(i * 7919) % COUNT:05d}", f"Department {i % 50:03d}", i)
    for i in range(COUNT)
]


def _cells(model: RecordTableModel[Row]) -> list[tuple[str, ...]]:
    return [
        tuple(model.data(model.index(r, c)) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


@pytest.fixture
def whole(qapp) -> RecordTableModel[Row]:
    """The same rows, every one formatted before they are shown."""
    model: RecordTableModel[Row] = RecordTableModel(COLUMNS)
    model.set_prepared(model.prepare(ROWS, whole=True))
    return model


@pytest.fixture
def lazy(qapp) -> RecordTableModel[Row]:
    model: RecordTableModel[Row] = RecordTableModel(COLUMNS)
    model.idle_formatting = False  # each test says what it formats
    formatted_ids.clear()
    model.set_rows(ROWS)
    return model


def test_a_long_list_shown_formats_only_the_rows_painted(qtbot) -> None:
    model: RecordTableModel[Row] = RecordTableModel(COLUMNS)
    model.idle_formatting = False  # to see what the painting alone formats
    formatted_ids.clear()
    model.set_rows(ROWS)
    assert model.formatted() == 0 and formatted_ids == []
    view = RecordTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.painted, timeout=2000):
        view.viewport().update()
    in_sight = view.rowAt(view.viewport().height() - 1) + 1
    assert 5 < in_sight < 40
    assert sorted(formatted_ids) == list(range(in_sight)), "the rows in sight, each once"
    assert model.text(0, 0) == ROWS[0].url


def test_the_rest_is_formatted_while_the_window_is_idle(qtbot) -> None:
    model: RecordTableModel[Row] = RecordTableModel(COLUMNS)
    formatted_ids.clear()
    model.set_rows(ROWS)
    assert model.formatted() == 0
    qtbot.waitUntil(lambda: model.formatted() == COUNT, timeout=10_000)
    assert sorted(formatted_ids) == list(range(COUNT)), "each row once"


def test_a_lazy_list_answers_as_one_formatted_whole(qtmodeltester, lazy, whole) -> None:
    assert lazy.rowCount() == whole.rowCount() == COUNT
    # Sorting by a text column before any row is formatted: the same order.
    lazy.sort(0, Qt.SortOrder.DescendingOrder)
    whole.sort(0, Qt.SortOrder.DescendingOrder)
    assert [r.id for r in lazy.visible_rows()] == [r.id for r in whole.visible_rows()]
    assert lazy.formatted() == 0, "sorting reads one column, it formats no row"
    # A filter typed before the idle formatting is done looks at every row.
    for text in ("department 00", "department 007 account0", "account01", "", "1,234"):
        lazy.set_filter(text)
        whole.set_filter(text)
        assert [r.id for r in lazy.visible_rows()] == [r.id for r in whole.visible_rows()], text
    assert lazy.formatted() == COUNT
    lazy.sort(2, Qt.SortOrder.AscendingOrder)
    whole.sort(2, Qt.SortOrder.AscendingOrder)
    lazy.set_filter("department 007")
    whole.set_filter("department 007")
    assert _cells(lazy) == _cells(whole)
    qtmodeltester.check(lazy)


def test_colours_and_tips_of_a_row_not_formatted_yet(lazy) -> None:
    background, foreground = TONES["overdue"]
    late = lazy.index(7, 1)  # Department 007, the first thing asked of the row
    assert lazy.data(late, Qt.ItemDataRole.BackgroundRole) == background
    assert lazy.data(late, Qt.ItemDataRole.ForegroundRole) == foreground
    assert lazy.data(late, Qt.ItemDataRole.AccessibleDescriptionRole) == "Overdue"
    assert lazy.data(lazy.index(8, 1), Qt.ItemDataRole.BackgroundRole) is None
    assert lazy.text(8, 2) == "8"
    assert lazy.formatted() == 2


def test_new_rows_under_a_filter_are_filtered_at_once(lazy) -> None:
    lazy.set_filter("department 049")
    before = lazy.rowCount()
    assert before >= COUNT // 50
    lazy.set_rows([*ROWS, Row(COUNT, "https://x.com/new", "Department 049", 0)])
    assert lazy.rowCount() == before + 1
    assert lazy.row(lazy.rowCount() - 1).url == "https://x.com/new"


def test_a_short_list_is_formatted_whole(qapp) -> None:
    model: RecordTableModel[Row] = RecordTableModel(COLUMNS)
    model.set_rows(ROWS[: FORMAT_FIRST - 1])
    assert model.formatted() == FORMAT_FIRST - 1


def test_a_list_prepared_whole_is_as_its_rows_formatted_one_by_one(qapp) -> None:  # type: ignore[no-untyped-def]
    """Prepared column by column (on the background thread), each row's texts, tones and
    filter text are those the row formatted alone gets: a row's own tone, a cell's tone over
    it, and a column the filter leaves out."""
    columns = [
        *COLUMNS,
        Column("Note", lambda r: f"note {r.id}", searchable=False, tone=lambda r: None),
    ]

    def row_tone(r: Row) -> str | None:
        return "muted" if r.count % 3 == 0 else None

    whole: RecordTableModel[Row] = RecordTableModel(columns, row_tone=row_tone)
    prepared = whole.prepare(ROWS, whole=True)
    alone: RecordTableModel[Row] = RecordTableModel(columns, row_tone=row_tone)
    alone.set_prepared(alone.prepare(ROWS))  # not formatted: each row is when asked for
    assert alone.formatted() == 0
    alone.format_when_idle(False)
    for source in range(len(ROWS)):
        alone._format(source)
    assert prepared.text == alone._text
    assert prepared.tones == alone._tones
    assert prepared.haystack == alone._haystack
    assert prepared.tones[7] == (None, "overdue", None, None)  # Department 007
    assert prepared.tones[57] == ("muted", "overdue", "muted", "muted")  # and muted
    assert prepared.tones[1] is None
    assert "note" not in prepared.haystack[1]
