"""The Removed content page on a long register: the rows are formatted as they are shown, the
rest while the page is in sight (not while another page is), and sorting and filtering answer
as on a list formatted whole."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from clerkdesk.gui.widgets.table_model import FORMAT_FIRST
from clerkdesk.services.removals.writes import list_removals
from clerkdesk.services.transfer.csv_import import import_csv

from .conftest import add_account, go

URL = "https://facebook.com/stoughtonparks"
COUNT = FORMAT_FIRST + 500


def keep_removals(db, tmp_path, poster) -> None:  # type: ignore[no-untyped-def]
    """COUNT removals from the account, seven hours apart, by `poster(n)`."""
    add_account(db, URL)
    start = datetime(2018, 5, 2, 10, 0)
    archive = tmp_path / "archive.csv"
    archive.write_text(
        "account_url,removed_at,poster,content,category,action,staff_employee_id\n"
        + "".join(
            f"{URL},{(start + timedelta(hours=7 * n)).isoformat(timespec='minutes')},"
            f"{poster(n)},Message {n},advertising,hidden,E100\n"
            for n in range(COUNT)
        ),
        encoding="utf-8",
    )
    import_csv(db, "removals", archive)


def test_a_long_removals_page_formats_what_it_shows(qtbot, window, city_db, tmp_path) -> None:
    keep_removals(city_db, tmp_path, lambda n: f"@poster{n % 300:03d}")
    page = go(qtbot, window, "removals")
    model = page.model
    assert model.total() == COUNT
    assert model.formatted() < COUNT, "not every row formatted before the page showed"
    assert page.count_label.text() == f"{COUNT:,} removals"

    # Another page in sight: this one's rows wait.
    go(qtbot, window, "requests")
    waiting = model.formatted()
    qtbot.wait(50)
    assert model.formatted() == waiting < COUNT

    # Back in sight, its rows are formatted while the window is idle.
    go(qtbot, window, "removals")
    qtbot.waitUntil(lambda: model.formatted() == COUNT, timeout=20_000)

    expected = sorted(list_removals(city_db), key=lambda r: r.removed_at)
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [r.id for r in model.visible_rows()] == [r.id for r in expected]
    assert model.text(0, 0) == "2018-05-02 10:00 CDT"
    qtbot.keyClicks(page.filter_edit, "@poster007")
    assert [r.id for r in model.visible_rows()] == [
        r.id for r in expected if r.poster == "@poster007"
    ]
    assert page.count_label.text() == f"5 of {COUNT:,} removals"


def test_a_filter_typed_at_once_finds_rows_not_formatted_yet(
    qtbot, window, city_db, tmp_path
) -> None:
    keep_removals(city_db, tmp_path, lambda n: f"@fan{n:04d}")
    page = go(qtbot, window, "removals")
    page.model.format_when_idle(False)
    page.reload()  # read again: nothing formatted but what the view asked for
    assert page.model.formatted() < COUNT
    page.filter_edit.setText("@fan1499")
    assert [r.poster for r in page.model.visible_rows()] == ["@fan1499"]
    assert page.model.formatted() == COUNT


def test_a_long_list_is_read_first_off_the_ui_thread(
    qtbot, window, city_db, tmp_path, monkeypatch
) -> None:
    from clerkdesk.gui.pages import list_page

    from .conftest import loaded

    keep_removals(city_db, tmp_path, lambda n: f"@fan{n:04d}")
    monkeypatch.setattr(list_page, "LONG_LIST", COUNT)  # this register is long
    page = go(qtbot, window, "removals")
    assert page.loading is not None  # the page in sight while its rows are read
    assert page.model.total() == 0
    assert page.table.placeholder == page.reading
    wanted = next(r for r in list_removals(city_db) if r.poster == "@fan0042")
    page.show_record(wanted.id)  # selected once the rows are shown

    loaded(qtbot, page)
    assert page.model.total() == COUNT
    assert page.count_label.text() == f"{COUNT:,} removals"
    assert page.selected().id == wanted.id
    assert page.model.formatted() < COUNT  # shown first, formatted as shown and when idle
    page.filter_edit.setText("@fan1499")
    assert [r.poster for r in page.model.visible_rows()] == ["@fan1499"]

    # Read again (after a write), it is read off the UI thread again, formatted whole.
    page.reload()
    assert page.loading is not None
    loaded(qtbot, page)
    assert page.model.formatted() == COUNT
    assert [r.poster for r in page.model.visible_rows()] == ["@fan1499"]
