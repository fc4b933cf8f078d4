"""Dialogs that hold a lot come back as they were left: size, splitters and table columns."""

from __future__ import annotations

from .conftest import add_account, approve, go


def open_detail(qtbot, window, account_id):
    accounts = go(qtbot, window, "accounts")
    detail = accounts.open_account(account_id)
    qtbot.waitExposed(detail)
    return detail


def test_the_account_in_full_keeps_its_layout(qtbot, window, ctx, city_db) -> None:
    account = add_account(city_db, "https://facebook.com/parks")
    approve(city_db, account.id)
    detail = open_detail(qtbot, window, account.id)
    # The offscreen screen is 800x600 and the dialog needs more width than that: only its
    # height is free to move here.
    detail.resize(detail.minimumSizeHint().width(), 520)
    size = detail.size()
    detail.ui.splitter.setSizes([250, 600])
    detail.ui.terms_table.setColumnWidth(0, 177)
    detail.ui.changes_table.setColumnWidth(1, 99)
    sizes = detail.ui.splitter.sizes()
    detail.reject()

    again = open_detail(qtbot, window, account.id)
    assert again.size() == size
    assert again.ui.splitter.sizes() == sizes
    assert again.ui.terms_table.columnWidth(0) == 177
    assert again.ui.changes_table.columnWidth(1) == 99
    again.reject()


def test_the_person_in_full_keeps_its_layout(qtbot, window, ctx, city_db) -> None:
    people = go(qtbot, window, "people")
    person = people.select_where(lambda p: p.employee_id == "E100") and people.selected()
    detail = people.open_person(person.id)
    qtbot.waitExposed(detail)
    detail.resize(760, 430)  # the offscreen screen is 800x600
    size = detail.size()
    detail.ui.terms_table.setColumnWidth(0, 211)
    detail.reject()

    again = people.open_person(person.id)
    qtbot.waitExposed(again)
    assert again.size() == size
    assert again.ui.terms_table.columnWidth(0) == 211
    again.reject()
