"""The account register works out once what its accounts share (the city's grandfathering
deadline, an approval's note) and shows each account exactly as if worked out alone."""

from __future__ import annotations

import gc
from datetime import date

from PySide6.QtCore import Qt

from clerkdesk.gui.pages.accounts.rows import account_row
from clerkdesk.gui.widgets.table_model import TONES
from clerkdesk.services.accounts.writes import list_accounts

from .conftest import add_account, approve, go

NOTE = 5  # the "Approval or deadline" column


def test_each_row_reads_as_if_worked_out_alone(qtbot, window, ctx, city_db) -> None:
    add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    add_account(city_db, "https://facebook.com/library", status="pre-existing")
    alike = [add_account(city_db, f"https://facebook.com/pool{n}") for n in (1, 2)]
    for account in alike:
        approve(city_db, account.id, on=date(2026, 1, 5))
    later = add_account(city_db, "https://facebook.com/zoo")
    approve(city_db, later.id, on=date(2026, 1, 6))  # the day after: a note of its own
    add_account(city_db, "https://x.com/stoughtonpd", platform="x")  # awaiting approval

    page = go(qtbot, window, "accounts")
    assert gc.isenabled()  # the collector, paused while the rows were made, is back on
    views = {v.url: v for v in list_accounts(city_db)}
    assert page.model.rowCount() == len(views) == 6
    for position in range(6):
        shown = page.model.row(position)
        alone = account_row(views[shown.view.url], ctx.city, ctx.now())
        assert (shown.note, shown.note_tone) == (alone.note, alone.note_tone)
        assert page.model.text(position, NOTE) == alone.note
    by_url = {page.model.row(p).view.url: p for p in range(6)}
    assert page.model.text(by_url["https://facebook.com/library"], NOTE) == (
        "approve by 2019-08-09, 2,660 days overdue"
    )
    assert page.model.text(by_url["https://facebook.com/pool2"], NOTE) == (
        "Mayor: Mayor Jones, 2026-01-05"
    )
    assert page.model.text(by_url["https://facebook.com/zoo"], NOTE) == (
        "Mayor: Mayor Jones, 2026-01-06"
    )
    overdue = page.model.index(by_url["https://facebook.com/parks"], NOTE)
    assert page.model.data(overdue, Qt.ItemDataRole.BackgroundRole) == TONES["overdue"][0]

    page.table.sortByColumn(NOTE, Qt.SortOrder.AscendingOrder)
    assert [page.model.text(p, NOTE) for p in range(6)] == [
        "approve by 2019-08-09, 2,660 days overdue",
        "approve by 2019-08-09, 2,660 days overdue",
        "awaiting approval",
        "Mayor: Mayor Jones, 2026-01-05",
        "Mayor: Mayor Jones, 2026-01-05",
        "Mayor: Mayor Jones, 2026-01-06",
    ]


def test_discontinuations_alike_share_their_note(qtbot, window, ctx, city_db) -> None:
    from clerkdesk.services.accounts.writes import discontinue_account

    for n in (1, 2, 3):
        account = add_account(city_db, f"https://facebook.com/old{n}")
        day = date(2026, 3, 2) if n < 3 else date(2026, 3, 3)
        discontinue_account(city_db, account.id, day, "Merged into the city's page")

    page = go(qtbot, window, "accounts")
    views = {v.url: v for v in list_accounts(city_db)}
    for position in range(3):
        shown = page.model.row(position)
        alone = account_row(views[shown.view.url], ctx.city, ctx.now())
        assert (shown.note, shown.note_tone) == (alone.note, alone.note_tone)
    assert [page.model.text(p, NOTE) for p in range(3)] == [
        "discontinued 2026-03-02: Merged into the city's page",
        "discontinued 2026-03-02: Merged into the city's page",
        "discontinued 2026-03-03: Merged into the city's page",
    ]


def test_the_list_reads_what_it_shows_and_the_selected_account_in_full(
    qtbot, window, ctx, city_db
) -> None:
    account = add_account(city_db, "https://facebook.com/parks", purpose="Park news")
    approve(city_db, account.id)
    page = go(qtbot, window, "accounts")
    listed = page.model.row(0).view
    assert not hasattr(listed, "purpose")  # the list reads only what it shows
    assert listed.approval.approved_by == "Mayor Jones"

    assert page.select_where(lambda row: row.id == account.id)
    selected = page.selected()
    assert selected.view.purpose == "Park news"
    assert selected.view.approval.monitoring == views_of(city_db)[account.id].approval.monitoring
    assert page.selected() is selected  # read once for the row selected
    assert "Park news" in page.details.toPlainText()


def views_of(db):  # type: ignore[no-untyped-def]
    return {v.id: v for v in list_accounts(db)}
