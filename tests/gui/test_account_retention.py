"""The account window shows the retention series its records fall under (Wis. Stat. 19.21):
the account's own series for its records and removed content, a kind's series where the city
named one, and nothing where the city put none of them under a series."""

from __future__ import annotations

from clerkdesk.gui.pages.accounts.account_detail_dialog import AccountDetailDialog
from clerkdesk.services.retention.series import SeriesInput, account_series, save_series

from .conftest import add_account, approve, go

PARKS = "https://facebook.com/parks"
LIBRARY = "https://facebook.com/library"
SCHEDULE = "Wisconsin Municipal Records Schedule (2018)"


def _window(qtbot, ctx, account_id: int) -> AccountDetailDialog:  # type: ignore[no-untyped-def]
    detail = AccountDetailDialog(ctx, account_id)
    qtbot.addWidget(detail)
    detail.show()
    return detail


def _retention(detail: AccountDetailDialog) -> list[str]:
    """The details pane's "Retention" rows (its last): one series a row, labelled once."""
    cells = [c for c in detail.ui.details_browser.toPlainText().split("\n") if c.strip()]
    if "Retention" not in cells:
        return []
    return cells[cells.index("Retention") + 1 :]


def test_the_account_window_shows_the_series_its_records_fall_under(qtbot, ctx, city_db) -> None:  # type: ignore[no-untyped-def]
    parks = add_account(city_db, PARKS)
    approve(city_db, parks.id)
    library = add_account(city_db, LIBRARY)
    unmapped = _window(qtbot, ctx, library.id)
    assert _retention(unmapped) == []

    save_series(city_db, None, SeriesInput("SM-1", "Social media accounts", 7, SCHEDULE, (PARKS,)))
    save_series(
        city_db,
        None,
        SeriesInput("RQ-1", "Public records requests", 1, SCHEDULE, covers=("letters",)),
    )
    assert [(s.code, s.kinds) for s in account_series(city_db, parks.id)] == [
        ("RQ-1", ("letters",)),
        ("SM-1", ("accounts", "removals")),
    ]
    detail = _window(qtbot, ctx, parks.id)
    assert _retention(detail) == [
        "RQ-1 Public records requests (1 year): letters of a request",
        "SM-1 Social media accounts (7 years): account records (a discontinued account), "
        "removed content",
    ]
    # The library's account is under no series of its own: only the requests' letters are.
    unmapped.refresh()
    assert _retention(unmapped) == ["RQ-1 Public records requests (1 year): letters of a request"]


def test_the_accounts_page_details_pane_shows_them_too(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    parks = add_account(city_db, PARKS)
    save_series(city_db, None, SeriesInput("SM-1", "Social media accounts", 7, SCHEDULE, (PARKS,)))
    page = go(qtbot, window, "accounts")
    page.table.selectRow(0)
    assert page.selected().view.id == parks.id
    cells = [c for c in page.details.toPlainText().split("\n") if c.strip()]
    assert cells[cells.index("Retention") + 1 :] == [
        "SM-1 Social media accounts (7 years): account records (a discontinued account), "
        "removed content"
    ]
