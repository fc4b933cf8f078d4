"""Today: what is due, soonest first, coloured by state, opening the account it concerns."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clerkdesk.gui.widgets.table_model import TONES
from clerkdesk.services.obligations.due import due

from .conftest import add_account, approve


def column(page, header: str) -> list[str]:
    index = [c.header for c in page.model.columns].index(header)
    return [page.model.text(row, index) for row in range(page.model.rowCount())]


def test_nothing_due(qtbot, window) -> None:
    page = window.page("today")
    assert page.model.rowCount() == 0
    assert page.table.placeholder == "Nothing is due."
    with qtbot.waitSignal(page.table.painted, timeout=2000):
        page.table.viewport().update()
    assert "nothing due" in page.summary_label.text()


def test_every_obligation_soonest_first_with_countdown_and_colour(qtbot, ctx, city_db) -> None:
    late = add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    approved = add_account(city_db, "https://x.com/stoughtonpd", department="Police", platform="x")
    approve(city_db, approved.id)
    from clerkdesk.gui.pages.today.page import TodayPage

    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.reload()

    expected = due(city_db, ctx.now())
    assert page.model.rowCount() == len(expected) >= 2
    assert [r.obligation for r in page.model.visible_rows()] == expected
    urls = column(page, "Account")
    grandfathering = urls.index(late.url)
    assert column(page, "Due")[grandfathering] == "2019-08-09"
    assert column(page, "Countdown")[grandfathering] == "2,660 days overdue"
    assert column(page, "State")[grandfathering] == "Overdue"
    assert column(page, "Rule")[grandfathering] == "R5 · Grandfathering"
    assert column(page, "Department")[grandfathering] == "Parks"
    cell = page.model.index(grandfathering, 0)
    assert page.model.data(cell, Qt.ItemDataRole.BackgroundRole) == TONES["overdue"][0]
    assert "overdue" in page.summary_label.text()
    assert "November 20, 2026" in page.summary_label.text()


def test_enter_opens_the_account_it_concerns(qtbot, window, ctx, city_db) -> None:
    add_account(city_db, "https://x.com/stoughtonpd", department="Police", platform="x")
    account = add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    today = window.page("today")
    row = [r.obligation.account_id for r in today.model.visible_rows()].index(account.id)
    today.table.setFocus()
    today.table.selectRow(row)
    qtbot.keyClick(today.table, Qt.Key.Key_Return)
    assert window.current_key() == "accounts"
    accounts = window.page("accounts")
    assert accounts.selected().view.id == account.id


def test_opening_an_account_hidden_by_the_filter_clears_it(qtbot, window, ctx, city_db) -> None:
    account = add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    accounts = window.page("accounts")
    accounts.filter_edit.setText("no such account")
    window.open_obligation(next(o for o in due(city_db) if o.account_id == account.id))
    assert accounts.filter_edit.text() == ""
    assert accounts.selected().view.id == account.id


def test_each_obligation_says_why_it_binds_the_city(qtbot, ctx, city_db) -> None:
    late = add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    approved = add_account(city_db, "https://x.com/stoughtonpd", department="Police", platform="x")
    approve(city_db, approved.id)
    from clerkdesk.gui.pages.today.page import TodayPage

    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.reload()
    tags = dict(zip(column(page, "Rule"), column(page, "Basis"), strict=True))
    assert tags["R5 · Grandfathering"] == "Stoughton policy"  # the policy's own
    assert tags["R8 · Credentials"] == "good practice"  # Stoughton's policy is silent
    rows = {r.obligation.kind: r for r in page.model.visible_rows()}
    assert rows["grandfather-approval"].obligation.account == late.url
    # The tag is one more word the filter finds.
    page.filter_edit.setText("good practice")
    assert set(column(page, "Basis")) == {
        "good practice",
        "good practice; every 12 months: ClerkDesk's figure",  # the public list (R20)
    }


def test_good_practice_can_be_hidden_and_stays_hidden(qtbot, window, ctx, city_db) -> None:
    add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    approved = add_account(city_db, "https://x.com/stoughtonpd", department="Police", platform="x")
    approve(city_db, approved.id)
    page = window.page("today")
    page.reload()
    every = page.model.rowCount()
    # Good practice, with its figure where it has one ("…; every 12 months: ClerkDesk's figure").
    practice = len([b for b in column(page, "Basis") if b.startswith("good practice")])
    assert practice and every > practice
    page.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.practice_check.isChecked)  # a check box's mnemonic clicks it shortly
    assert not [b for b in column(page, "Basis") if b.startswith("good practice")]
    assert page.model.rowCount() == every - practice
    assert f"({practice} good practice hidden)" in page.summary_label.text()
    assert page.count_label.text() == f"{every - practice} obligations"

    from clerkdesk.gui.pages.today.page import TodayPage

    again = TodayPage(ctx)  # as the window opens it next time
    qtbot.addWidget(again)
    again.reload()
    assert again.practice_check.isChecked()
    assert again.model.rowCount() == every - practice

    page.practice_check.setChecked(False)
    assert page.model.rowCount() == every
    assert "hidden" not in page.summary_label.text()
    assert ctx.settings.value("today/hide_practice", type=bool) is False


def test_a_rule_switched_off_leaves_today(qtbot, window, city_db) -> None:
    from clerkdesk.services.city.writes import switch_rule

    approved = add_account(city_db, "https://x.com/stoughtonpd", department="Police", platform="x")
    approve(city_db, approved.id)
    page = window.page("today")
    assert "R8 · Credentials" in column(page, "Rule")
    switch_rule(city_db, "R8", on=False)
    assert "R8 · Credentials" not in column(page, "Rule")


def test_today_fits_a_small_screen(qtbot, window) -> None:
    for _ in range(3):
        window.resize(1024, 700)
        qtbot.wait(30)
    assert (window.width(), window.height()) == (1024, 700)


def test_an_access_review_is_stoughton_s_policy_with_clerkdesk_s_interval(  # type: ignore[no-untyped-def]
    qtbot, window, ctx, city_db
) -> None:
    from datetime import timedelta

    from clerkdesk.services.terms import writes as terms

    approved = add_account(city_db, "https://x.com/stoughtonpd", department="Police", platform="x")
    approve(city_db, approved.id)
    terms.designate(
        city_db, approved.id, "E200", "authorized-user", city_db.clock() - timedelta(days=200)
    )
    page = window.page("today")
    page.reload()
    tags = dict(zip(column(page, "Rule"), column(page, "Basis"), strict=True))
    assert tags["R7 · Access review"] == "Stoughton policy; every 180 days: ClerkDesk's figure"
    # The policy's own rule: hiding good practice leaves it on Today.
    page.practice_check.setChecked(True)
    assert "R7 · Access review" in column(page, "Rule")
    assert "good practice" not in " ".join(column(page, "Basis"))
