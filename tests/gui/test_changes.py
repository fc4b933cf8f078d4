"""What changed reaches the pages that show it, and only those: the database says which tables
each write touched, and a page reads again only when they are its own."""

from __future__ import annotations

from clerkdesk.gui.pages import list_page
from clerkdesk.gui.window.background import run_in_background
from clerkdesk.services.accounts.writes import update_account
from clerkdesk.services.credentials.writes import CredentialInput, reveal, set_credential
from clerkdesk.services.kernel.changes import ACCOUNTS, AUDIT, CREDENTIALS, Changes
from clerkdesk.services.kernel.inputs import AccountInput

from .conftest import add_account, approve, finished, go, loaded


def reads(page) -> list[bool]:
    """A list that grows by one each time `page` reads its records again."""
    calls: list[bool] = []
    original = page.reload

    def counted() -> None:
        calls.append(True)
        original()

    page.reload = counted
    return calls


def test_a_reveal_reloads_the_audit_page_but_not_accounts(qtbot, window, ctx, city_db) -> None:
    account = add_account(city_db, "https://facebook.com/parks")
    approve(city_db, account.id)
    set_credential(city_db, account.id, CredentialInput(password="Lantern-Orchard-74!"))
    accounts = go(qtbot, window, "accounts")
    audit = loaded(qtbot, go(qtbot, window, "audit"))
    accounts_read, audit_read = reads(accounts), reads(audit)

    reveal(city_db, account.id, "password", "reveal")

    assert audit_read == [True]
    assert loaded(qtbot, audit).model.text(0, 3) == "Password shown"
    assert accounts_read == [] and not accounts.stale


def test_an_account_edit_reloads_accounts_and_today(qtbot, window, ctx, city_db) -> None:
    account = add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    today = window.page("today")
    accounts = go(qtbot, window, "accounts")
    audit = loaded(qtbot, go(qtbot, window, "audit"))
    go(qtbot, window, "accounts")
    accounts_read, today_read = reads(accounts), reads(today)
    assert not today.stale and not audit.stale

    update_account(
        city_db, account.id, AccountInput(account.url, "facebook", "Police", status="pre-existing")
    )

    # Shown: read at once, its one row alone (`ListPage.row_table`), not the whole list.
    assert accounts_read == []
    assert [r.view.department for r in accounts.model.rows()] == ["Police"]
    assert today_read == [] and today.stale  # hidden: read when next shown
    assert audit.stale
    go(qtbot, window, "today")
    assert today_read == [True]
    # The account's items (the city's own, R21's date and the public list's, have no account).
    assert [r.obligation.department for r in today.model.rows() if r.obligation.account_id] == [
        "Police"
    ]


def test_a_write_on_a_worker_thread_reaches_the_pages_on_the_ui_thread(
    qtbot, window, ctx, city_db
) -> None:
    accounts = go(qtbot, window, "accounts")
    seen: list[Changes] = []
    ctx.changed.connect(seen.append)

    operation = run_in_background(
        window,
        "Writing…",
        lambda progress: add_account(city_db, "https://facebook.com/parks"),
        lambda view: None,
    )
    finished(qtbot, operation)

    assert seen and seen[0].touches(AUDIT)
    assert [r.view.url for r in accounts.model.rows()] == ["https://facebook.com/parks"]


def test_a_city_change_reads_the_city_again(qtbot, window, ctx, city_db) -> None:
    from clerkdesk.services.city.writes import update_city

    update_city(city_db, "Stoughton City", ctx.city.adopted_on, ctx.city.email_domain or "")
    assert ctx.city.name == "Stoughton City"
    assert window.city_label.text() == "Stoughton City"


def test_a_long_list_is_read_again_off_the_ui_thread(
    qtbot, window, ctx, city_db, monkeypatch
) -> None:
    add_account(city_db, "https://facebook.com/parks")
    accounts = go(qtbot, window, "accounts")
    accounts.select_where(lambda r: True)
    monkeypatch.setattr(list_page, "LONG_LIST", 1)

    fresh = add_account(city_db, "https://x.com/stoughton", platform="x")
    assert accounts.loading is not None  # reading in the background
    accounts.show_record(fresh.id)  # selected once the read is done
    loaded(qtbot, accounts)
    assert accounts.model.total() == 2
    assert accounts.selected().view.id == fresh.id


def test_a_page_reads_again_only_for_the_tables_it_shows(qtbot, window, ctx) -> None:
    accounts = go(qtbot, window, "accounts")
    accounts_read = reads(accounts)
    ctx.changed.emit(Changes(frozenset({AUDIT, CREDENTIALS})))
    assert accounts_read == []
    ctx.changed.emit(Changes(frozenset({AUDIT, ACCOUNTS})))
    assert accounts_read == [True]


def test_today_reads_again_for_a_write_to_any_table_but_the_log_s_and_notes(
    qtbot, window, ctx
) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.kernel.changes import CALENDAR_EVENTS, REVIEW_NOTES
    from clerkdesk.store.base import Base

    today = go(qtbot, window, "today")
    read = reads(today)
    # The log, the review notes, and what the calendar export published.
    ctx.changed.emit(Changes(frozenset({AUDIT, REVIEW_NOTES, CALENDAR_EVENTS})))
    assert read == []
    # Every table the register has, one that a register added later included: none is left
    # out by a list someone forgot to keep.
    for table in sorted(set(Base.metadata.tables) - {AUDIT, REVIEW_NOTES, CALENDAR_EVENTS}):
        ctx.changed.emit(Changes(frozenset({table})))
        assert read and read.pop() is True, table
    ctx.changed.emit(Changes(frozenset({"a_register_added_later"})))
    assert read == [True]
