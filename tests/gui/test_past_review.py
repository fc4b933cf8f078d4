"""A review done on paper, entered from the Reviews page with its own date (Enter a past
review…, Alt+T): who had access that day, kept or removed; its removals end that day and the
next review falls due from it."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from clerkdesk.services.reviews.writes import review_history
from clerkdesk.services.terms.writes import designate, get_assignment

from .conftest import add_account, approve, audit_actions, go

CHICAGO = ZoneInfo("America/Chicago")
SAVE = QDialogButtonBox.StandardButton.Save


@pytest.fixture
def parks(city_db):
    """A Parks account Dana has kept since January and Robert posted on since June."""
    account = add_account(city_db, "https://facebook.com/parks")
    approve(city_db, account.id)
    dana = designate(
        city_db, account.id, "E100", "custodian", datetime(2026, 1, 5, 9, tzinfo=CHICAGO)
    )
    robert = designate(
        city_db, account.id, "E200", "authorized-user", datetime(2026, 6, 1, 9, tzinfo=CHICAGO)
    )
    return account, dana, robert


def open_dialog(qtbot, window):
    page = go(qtbot, window, "reviews")
    page.show_record("Parks")
    assert page.past_button.isEnabled()
    page.dialog = None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.dialog is not None)  # a mnemonic clicks after a moment
    dialog = page.dialog
    assert type(dialog).__name__ == "PastReviewDialog" and dialog.isVisible()
    return page, dialog


def test_enter_a_past_review_with_its_own_date(qtbot, window, city_db, parks) -> None:
    _, dana, robert = parks
    page, dialog = open_dialog(qtbot, window)
    ui = dialog.ui
    # Nothing recorded before: any day up to today (2026-11-20) may be chosen.
    assert ui.on_date.maximumDate() == QDate(2026, 11, 20)
    assert len(dialog.rows) == 2
    ui.on_date.setDate(QDate(2026, 3, 2))  # before Robert started
    assert set(dialog.rows) == {dana.id}
    ui.on_date.setDate(QDate(2025, 12, 1))  # before anyone had access
    assert dialog.rows == {}
    assert dialog.errors.shown()["on"].startswith("Nobody had access to the accounts of Parks")
    assert not ui.keep_all_button.isEnabled()
    ui.on_date.setDate(QDate(2026, 8, 3))
    assert set(dialog.rows) == {dana.id, robert.id} and "on" not in dialog.errors.shown()

    qtbot.mouseClick(ui.button_box.button(SAVE), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.shown()["decisions"] == (
        "2 lines have no decision; mark each keep or remove"
    )
    ui.reviewer_edit.setText("E100 — Dana Whitfield")
    qtbot.mouseClick(ui.keep_all_button, Qt.MouseButton.LeftButton)
    dialog.decide(robert.id, "remove", "moved to Police")
    qtbot.mouseClick(ui.button_box.button(SAVE), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    removed_on = datetime(2026, 8, 3, tzinfo=CHICAGO)
    assert get_assignment(city_db, robert.id).ends_at == removed_on
    assert get_assignment(city_db, dana.id).ends_at is None
    [done] = review_history(city_db, "Parks")
    assert done.completed_on == date(2026, 8, 3) and done.reviewer == "Dana Whitfield"
    assert page.shown_review().id == done.id
    assert "1 kept, 1 removed" in page.status_label.text()
    assert audit_actions(city_db)[0] == "review.past"
    # The next review falls due from that day.
    row = page.selected()
    assert row.due.due == date(2026, 8, 3) + timedelta(days=180)
    assert page.model.text(page.model.position_of(lambda r: r.id == "Parks"), 4) == (
        "2026-08-03, Dana Whitfield"
    )

    # A second past review can only come after it.
    page, again = open_dialog(qtbot, window)
    assert again.ui.on_date.minimumDate() == QDate(2026, 8, 4)
    again.reject()


def test_a_past_review_is_dated_before_the_review_under_way(qtbot, window, city_db, parks):
    page = go(qtbot, window, "reviews")
    page.show_record("Parks")
    page.start()
    page, dialog = open_dialog(qtbot, window)
    assert dialog.ui.on_date.maximumDate() == QDate(2026, 11, 19)
    assert "before review 1 started (2026-11-20)" in dialog.ui.explanation_label.text()
    dialog.reject()
