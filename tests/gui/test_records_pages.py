"""The Requests and Removed content pages: their dialogs save through the services, show the
services' messages beside their fields, and a hold refuses a discontinuation in the window."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from clerkdesk.services.removals.writes import RemovalInput, list_removals, record_removal
from clerkdesk.services.requests.writes import RequestInput, list_requests, save_request

from .conftest import add_account, approve, audit_actions, go

OK = QDialogButtonBox.StandardButton.Ok
URL = "https://facebook.com/stoughtonparks"


def ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)


def test_register_a_request_and_see_its_problems_beside_the_fields(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    add_account(city_db, URL)
    page = go(qtbot, window, "requests")
    assert page.count_label.text() == "0 requests"
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    dialog.number.setText("2026-031")
    dialog.status.setCurrentIndex(dialog.status.findData("denied"))
    dialog.closed_check.setChecked(False)
    ok(qtbot, dialog)
    assert dialog.isVisible()
    shown = dialog.errors.shown()
    assert shown["summary"].startswith("Say what is asked for")
    assert shown["closed_on"].startswith("A denial needs its date")
    dialog.summary.setPlainText("Every post of the summer concerts")
    dialog.accounts.setCurrentText(URL)
    dialog.status.setCurrentIndex(dialog.status.findData("open"))
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    (request,) = list_requests(city_db)
    assert (request.number, request.accounts, request.requester) == ("2026-031", (URL,), None)
    assert page.selected().number == "2026-031"
    assert "request.create" in audit_actions(city_db)


def test_a_denial_is_refused_without_its_reasons_and_kept_with_them(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    add_account(city_db, URL)
    page = go(qtbot, window, "requests")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    qtbot.keyClicks(dialog.number, "2026-040")
    qtbot.keyClicks(dialog.summary, "Direct messages with a contractor")
    dialog.accounts.setCurrentText(URL)
    dialog.status.setCurrentIndex(dialog.status.findData("denied"))
    ok(qtbot, dialog)
    assert dialog.isVisible() and list_requests(city_db) == []
    assert "19.35(4)(b)" in dialog.errors.shown()["reasons"]
    qtbot.keyClicks(dialog.reasons, "A pending investigation (Wis. Stat. 19.35(1)(a))")
    dialog.confined.setChecked(True)
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    [request] = list_requests(city_db)
    assert request.reasons == "A pending investigation (Wis. Stat. 19.35(1)(a))"
    assert request.requester_confined and request.status == "denied"


def test_the_window_refuses_to_discontinue_an_account_on_hold(
    qtbot, ctx, city_db, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.gui.widgets import messages

    account = add_account(city_db, URL)
    approve(city_db, account.id)
    save_request(city_db, None, RequestInput("R-9", date(2026, 11, 16), "Posts", accounts=(URL,)))
    told: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, text: told.append(text))
    from clerkdesk.gui.pages.accounts.discontinue_dialog import DiscontinueDialog
    from clerkdesk.services.accounts.writes import get_account

    dialog = DiscontinueDialog(city_db, ctx.city, get_account(city_db, account.id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.reason_edit.setText("merged")
    dialog.accept()
    assert len(told) == 1 and "request R-9 is open" in told[0]
    assert dialog.isVisible()
    assert get_account(city_db, account.id).status == "approved"


def test_keep_a_removal_and_decide_on_a_repeat_violator(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    account = add_account(city_db, URL)
    approve(city_db, account.id)
    first = datetime(2026, 11, 2, 15, tzinfo=UTC)
    record_removal(
        city_db, RemovalInput(URL, first, "@troll", "Buy!", "advertising", "hidden", "E100")
    )
    page = go(qtbot, window, "removals")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    dialog.account.setCurrentText(URL)
    dialog.poster.setText("@troll")
    dialog.content.setPlainText("Buy again!")
    dialog.action.setCurrentIndex(dialog.action.findData("deleted"))
    dialog.staff.setCurrentText("E100")
    ok(qtbot, dialog)
    assert dialog.errors.shown()["action_reason"].startswith("The policy prefers hiding")
    dialog.reason.setText("the platform cannot hide a reply")
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert len(list_removals(city_db)) == 2
    assert page.select_where(lambda r: r.content == "Buy again!")
    assert page.decide_button.isEnabled()
    page.decide()
    decision = page.dialog
    decision.block.setChecked(True)
    decision.reason.setText("second advertisement")
    ok(qtbot, decision)
    assert not decision.isVisible()
    assert {r.decision for r in list_removals(city_db)} == {"block: second advertisement"}
    assert not page.decide_button.isEnabled()


def test_a_request_keeps_its_letter_and_a_removal_its_screenshot(
    qtbot, window, city_db, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    account = add_account(city_db, URL)
    approve(city_db, account.id)
    save_request(city_db, None, RequestInput("R-5", date(2026, 11, 16), "Posts"))
    page = go(qtbot, window, "requests")
    assert page.select_where(lambda r: r.number == "R-5")
    assert not page.files_button.isEnabled()
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF-1.4 a request")
    assert page.attach("request", letter)
    assert page.selected().files == 1
    assert page.files_button.isEnabled()
    removals = go(qtbot, window, "removals")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = removals.dialog
    dialog.account.setCurrentText(URL)
    dialog.poster.setText("@troll")
    dialog.content.setPlainText("Buy!")
    dialog.staff.setCurrentText("E100")
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"\x89PNG a comment")
    dialog.attach_screenshot(shot)
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    (kept,) = list_removals(city_db)
    assert kept.evidence is not None and (city_db.paths.home / "scans" / kept.evidence).is_file()


def test_the_public_records_parameters_are_changed_on_settings(
    qtbot, window, city_db, answers
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt as _Qt

    from clerkdesk.services.city.writes import get_city

    page = go(qtbot, window, "settings")
    tab = page.records
    assert tab.response.value() == 10 and tab.retention.value() == 7
    tab.response.setValue(5)
    tab.holidays.setPlainText("2026-12-25\n12/24/2026\n")
    first = tab.categories.item(0)
    assert first.data(_Qt.ItemDataRole.UserRole) == "profanity"
    first.setCheckState(_Qt.CheckState.Unchecked)
    assert tab.save()
    profile = get_city(city_db).profile
    assert profile.records_response_days == 5
    assert profile.holidays == (date(2026, 12, 24), date(2026, 12, 25))
    assert "profanity" not in profile.removal_categories
    assert "profile.update" in audit_actions(city_db)
    tab.holidays.setPlainText("Christmas")
    assert not tab.save()
    assert answers.errors == ["holidays: 'Christmas' is not a date (use YYYY-MM-DD)"]
    assert get_city(city_db).profile.holidays == (date(2026, 12, 24), date(2026, 12, 25))


def test_today_opens_a_request_and_a_repeat_violator_on_their_pages(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.obligations.due import due

    account = add_account(city_db, URL)
    approve(city_db, account.id)
    save_request(city_db, None, RequestInput("R-7", date(2026, 11, 16), "Posts", accounts=(URL,)))
    save_request(city_db, None, RequestInput("R-8", date(2026, 11, 17), "Other posts"))
    for minutes, content in ((0, "Buy!"), (90, "Buy again!")):
        at = datetime(2026, 11, 2, 15, tzinfo=UTC) + timedelta(minutes=minutes)
        record_removal(
            city_db, RemovalInput(URL, at, "@troll", content, "advertising", "hidden", "E100")
        )
    items = {o.kind: o for o in due(city_db) if o.record != "R-8"}
    assert (items["records-request"].record, items["repeat-violator"].record) == ("R-7", "@troll")
    # The page finds the record by its key, whatever the item's words say.
    window.open_obligation(items["records-request"]._replace(text="Answer it"))
    page = window.page(window.current_key())
    assert (window.current_key(), page.selected().number) == ("requests", "R-7")
    window.open_obligation(items["repeat-violator"]._replace(text="Decide"))
    page = window.page(window.current_key())
    assert window.current_key() == "removals" and page.selected().poster == "@troll"


def test_a_deletion_imported_without_its_reason_is_shown_and_explained(
    qtbot, window, city_db, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.transfer.csv_import import import_csv

    add_account(city_db, URL)
    archive = tmp_path / "archive.csv"
    archive.write_text(
        "account_url,removed_at,poster,content,category,action,staff_employee_id\n"
        f"{URL},2018-05-02T10:00,@spam,Cheap watches,advertising,deleted,E100\n"
        f"{URL},2018-05-03T10:00,@spam,Cheap watches again,advertising,hidden,E100\n",
        encoding="utf-8",
    )
    import_csv(city_db, "removals", archive)
    page = go(qtbot, window, "removals")
    assert page.select_where(lambda r: r.action == "hidden")
    assert not page.reason_button.isEnabled()
    assert page.select_where(lambda r: r.action == "deleted")
    row = page.table.currentIndex().row()
    shown = [
        page.table.model().index(row, c).data() for c in range(page.table.model().columnCount())
    ]
    assert "Deleted: reason not recorded" in shown
    assert page.reason_button.isEnabled()
    qtbot.mouseClick(page.reason_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    ok(qtbot, dialog)
    assert dialog.errors.shown() == {"action_reason": "Say why it was deleted"}
    qtbot.keyClicks(dialog.reason, "the page does not let us hide replies")
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    [deleted] = [r for r in list_removals(city_db) if r.action == "deleted"]
    assert deleted.action_reason == "the page does not let us hide replies"
    assert "removal.update" in audit_actions(city_db)
    assert page.select_where(lambda r: r.action == "deleted")
    assert not page.reason_button.isEnabled()


def test_the_office_hours_and_where_to_ask_are_kept_on_settings(
    qtbot, window, city_db, answers
) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.city.notice import notice_settings

    page = go(qtbot, window, "settings")
    tab = page.records
    assert tab.hours.toPlainText() == "" and tab.contact.toPlainText() == ""
    tab.hours.setPlainText("Monday to Friday, 8 to 4:30")
    tab.contact.setPlainText("City Hall, Room 1\nclerk@stoughton.example")
    assert tab.save()
    kept = notice_settings(city_db)
    assert kept.office_hours == "Monday to Friday, 8 to 4:30"
    assert kept.records_contact == "City Hall, Room 1\nclerk@stoughton.example"
    assert audit_actions(city_db)[0] == "city.notice"
    tab.contact.setPlainText("x" * 2001)
    assert not tab.save()
    assert answers.errors == ["records contact: at most 2,000 characters"]
    assert notice_settings(city_db).records_contact == "City Hall, Room 1\nclerk@stoughton.example"


def test_wausau_s_retention_directive_is_recorded_on_settings_and_opened_from_today(  # type: ignore[no-untyped-def]
    qtbot, window, city_db, answers
) -> None:
    from clerkdesk.services.city.notice import retention_directive_on
    from clerkdesk.services.obligations import due as obligations

    page = go(qtbot, window, "settings")
    tab = page.records
    assert tab.directive.isHidden()  # Stoughton's policy asks for no directive
    answers.confirm_with = True
    assert page.apply("wausau")
    assert not tab.directive.isHidden()
    [item] = [o for o in obligations.due(city_db) if o.kind == "retention-directive"]
    assert item.due == date(2020, 6, 24)  # a year after the adoption, none recorded
    go(qtbot, window, "today")
    window.open_obligation(item)
    assert window.current_key() == "settings" and page.ui.tabs.currentWidget() is tab
    tab.directive_check.setChecked(True)
    tab.directive.setDate(date(2026, 3, 2))
    assert tab.save()
    assert retention_directive_on(city_db) == date(2026, 3, 2)
    assert audit_actions(city_db)[0] == "city.directive"
    [item] = [o for o in obligations.due(city_db) if o.kind == "retention-directive"]
    assert item.due == date(2027, 3, 2)
