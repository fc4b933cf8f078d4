"""A table's columns fit the width its view has (a 1024-pixel screen shows them all) until the
clerk sets a width by hand, and whether they still fit is kept with the layout."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QSettings

from clerkdesk.gui.widgets.table_model import Column, RecordTableModel
from clerkdesk.gui.widgets.table_view import RecordTableView, fitted_widths


def test_widths_that_fit_are_kept() -> None:
    assert fitted_widths([100, 80, 120], [30, 30, 30], 300) == [100, 80, 120]
    assert fitted_widths([100, 80, 120], [30, 30, 30], 500) == [100, 80, 120]


def test_the_widest_give_way_first_and_the_narrow_keep_their_width() -> None:
    widths = fitted_widths([150, 75, 220, 210, 130], [40] * 5, 600)
    assert sum(widths) <= 600
    assert widths[1] == 75  # the narrow one (a state) as it was
    assert widths[2] == widths[3] == widths[0]  # the wide ones cut to one cap
    assert widths[0] >= 600 // 5


def test_no_column_goes_below_what_its_heading_needs() -> None:
    assert fitted_widths([200, 200], [150, 40], 200) == [150, 100]
    assert fitted_widths([200, 200], [150, 150], 200) == [150, 150]  # then the table scrolls


@dataclass(frozen=True)
class Row:
    state: str
    what: str
    where: str
    department: str


COLUMNS = [
    Column("State", lambda r: r.state, width=70),
    Column("What", lambda r: r.what, width=300),
    Column("Account", lambda r: r.where, width=300, address=True),
    Column("Department", lambda r: r.department, width=150),
]


@pytest.fixture
def table(qtbot):  # type: ignore[no-untyped-def]
    model: RecordTableModel[Row] = RecordTableModel(COLUMNS)
    model.set_rows([Row("Overdue", "Designate a custodian", "https://x.com/parks", "Parks")])
    view = RecordTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_narrow_view_shows_every_column_without_scrolling(table) -> None:  # type: ignore[no-untyped-def]
    assert table.horizontalScrollBar().maximum() == 0
    assert table.columnWidth(0) == 70
    assert table.columnWidth(1) == table.columnWidth(2) < 300
    table.resize(1000, 300)  # wider again: the starting widths come back
    assert [table.columnWidth(s) for s in range(3)] == [70, 300, 300]


def test_a_width_set_by_hand_stays_and_so_does_it_after_a_restart(table, tmp_path) -> None:  # type: ignore[no-untyped-def]
    table.horizontalHeader().resizeSection(1, 260)  # the clerk drags the column's edge
    table.resize(480, 300)
    assert table.columnWidth(1) == 260
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    table.save_state(settings, "things")
    again = RecordTableView()
    again.setModel(table.model())
    again.resize(480, 300)
    again.restore_state(settings, "things")
    assert not again.fitting
    assert again.columnWidth(1) == 260


def test_widths_still_fitting_go_on_fitting_after_a_restart(table, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    table.save_state(settings, "things")
    again = RecordTableView()
    qtbot.addWidget(again)
    again.setModel(table.model())
    again.restore_state(settings, "things")
    assert again.fitting
    again.resize(1000, 300)
    again.show()
    qtbot.waitExposed(again)
    assert again.columnWidth(1) == 300
