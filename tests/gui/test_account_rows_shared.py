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
