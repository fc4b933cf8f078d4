"""The Retention page: a series entered in its dialog, the notice to the Historical Society
recorded, a destruction refused beside the form before the 60 days have passed, and Today's
item opening the series."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from clerkdesk.services.accounts.writes import discontinue_account
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.retention.dispositions import list_dispositions
from clerkdesk.services.retention.series import list_series

from .conftest import add_account, approve

OK = QDialogButtonBox.StandardButton.Ok
PARKS = "https://facebook.com/parks"


def ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)


def test_a_series_entered_its_notice_recorded_and_destruction_refused_too_soon(
    qtbot, window, city_db, answers
) -> None:  # type: ignore[no-untyped-def]
    account = add_account(city_db, PARKS)
    approve(city_db, account.id)
    discontinue_account(city_db, account.id, date(2026, 3, 2), "Merged into the city's page")
    window.go("retention")
    page = window.page("retention")
    page.trigger("new")
    dialog = page.dialog
    dialog.code.setText("SM-1")
    dialog.title.setText("Social media accounts")
    dialog.years.setText("seven")
    dialog.schedule.setText("City schedule")
    dialog.accounts.setPlainText(PARKS)
    ok(qtbot, dialog)
    assert dialog.isVisible() and "not a whole number" in dialog.ui.years_error.text()
    dialog.years.setText("0")
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    [series] = list_series(city_db)
    assert (series.code, series.years, series.accounts) == ("SM-1", 0, (PARKS,))
    assert page.selected().series.code == "SM-1"

    # Past retention with no disposition begun: Today's item opens the series.
    [item] = [o for o in obligations.due(city_db) if o.kind == "retention-past"]
    assert (item.due, item.record) == (date(2026, 3, 3), "SM-1")
    page.table.clearSelection()
    window.open_obligation(item)
    assert window.current_key() == "retention" and page.selected().series.code == "SM-1"

    page.record_notice()
    notice = page.dialog
    notice.day.setDate(date(2026, 11, 1))
    ok(qtbot, notice)
    assert not notice.isVisible()
    [begun] = list_dispositions(city_db)
    assert (begun.number, begun.notice_on, begun.allowed_from) == (
        "SM-1-2026-11-20",
        date(2026, 11, 1),
        date(2026, 12, 31),
    )
    qtbot.waitUntil(lambda: bool(page.selected() and page.selected().dispositions))
    assert "may be destroyed from Dec 31, 2026" in page.selected().disposition_text()

    page.record_destruction()
    destroy = page.dialog
    destroy.by.setText("Ann Lee")
    destroy.method.setText("Deleted from the archive")
    ok(qtbot, destroy)
    assert destroy.isVisible()  # refused: the Society's 60 days have not passed
    [refused] = answers.errors
    assert refused == (
        "disposition SM-1-2026-11-20: the Wisconsin Historical Society was sent notice on "
        "Nov 1, 2026; the records may be destroyed from Dec 31, 2026, 60 days after it "
        "(Wis. Stat. 19.21(4)(a))"
    )
    destroy.reject()
    assert list_dispositions(city_db)[0].destroyed_on is None


def test_a_series_of_many_accounts_says_how_many_and_the_first(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.retention.series import SeriesInput, save_series

    few = [f"https://facebook.com/few{n}" for n in range(2)]
    many = [f"https://facebook.com/many{n}" for n in range(5)]
    for url in few + many:
        add_account(city_db, url)
    save_series(city_db, None, SeriesInput("SM-1", "Few", 7, "City", tuple(few)))
    save_series(city_db, None, SeriesInput("SM-2", "Many", 7, "City", tuple(many)))
    window.go("retention")
    page = window.page("retention")
    column = [c.header for c in page.model.columns].index("Accounts")
    assert [page.model.text(row, column) for row in range(2)] == [
        "https://facebook.com/few0, https://facebook.com/few1",
        "5 accounts: https://facebook.com/many0, https://facebook.com/many1, "
        "https://facebook.com/many2, …",
    ]
    page.select_where(lambda r: r.series.code == "SM-2")
    page.trigger("edit")
    assert page.dialog.accounts.toPlainText().split() == many  # the dialog lists them all


def test_on_a_long_register_the_series_are_read_off_the_ui_thread_and_today_opens_one(
    qtbot, window, city_db, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Few series, but their accounts as many as the register's: read in the background once
    the register is long, and Today's item selects its series once they are read."""
    from clerkdesk.gui.pages import list_page
    from clerkdesk.services.retention.series import SeriesInput, save_series

    for n in range(3):
        account = add_account(city_db, f"https://facebook.com/parks{n}")
        approve(city_db, account.id)
    discontinue_account(city_db, account.id, date(2026, 3, 2), "Merged into the city's page")
    save_series(city_db, None, SeriesInput("SM-1", "Parks", 0, "City", (account.url,)))
    monkeypatch.setattr(list_page, "LONG_LIST", 3)  # three accounts: a long register
    [item] = [o for o in obligations.due(city_db) if o.kind == "retention-past"]
    window.open_obligation(item)
    page = window.page("retention")
    assert window.current_key() == "retention"
    assert page.loading is not None  # read in the background
    qtbot.waitUntil(lambda: page.loading is None, timeout=10_000)
    assert page.selected().series.code == "SM-1"

    window.go("site_checks")
    checks = window.page("site_checks")
    assert checks.loading is not None
    qtbot.waitUntil(lambda: checks.loading is None, timeout=10_000)
    assert checks.model.total() == 2  # the accounts in use: one was discontinued
