"""The account dialog's archive coverage (R17, R20): where the records are archived, whether
the archive captures comments, direct messages and the subscriber list, and its last capture;
kept, shown again, and a capture day in the future refused beside its field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from clerkdesk.services.accounts.writes import get_account

from .conftest import add_account, audit_actions, go


def save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_archive_s_coverage_is_entered_and_shown_again(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    account = add_account(city_db, "https://facebook.com/parks", handle="@parks")
    page = go(qtbot, window, "accounts")
    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    ui = dialog.ui
    assert ui.archive_comments_combo.currentText() == "not recorded"
    assert not ui.archive_captured_check.isChecked()
    ui.archived_in_edit.setText("Pagefreezer")
    ui.archive_comments_combo.setCurrentIndex(ui.archive_comments_combo.findText("captured"))
    ui.archive_messages_combo.setCurrentIndex(ui.archive_messages_combo.findText("not captured"))
    ui.archive_captured_check.setChecked(True)
    ui.archive_captured_date.setDate(date(2026, 11, 21))  # the day after today: refused
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.shown() == {
        "archive_captured_on": "2026-11-21 is after today (2026-11-20)"
    }
    ui.archive_captured_date.setDate(date(2026, 11, 20))  # today
    save(qtbot, dialog)
    assert not dialog.isVisible()
    kept = get_account(city_db, account.id)
    assert (
        kept.archived_in,
        kept.archive_comments,
        kept.archive_messages,
        kept.archive_subscribers,
        kept.archive_captured_on,
    ) == ("Pagefreezer", True, False, None, date(2026, 11, 20))
    assert audit_actions(city_db)[0] == "account.update"
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    again = page.dialog.ui
    assert again.archive_comments_combo.currentText() == "captured"
    assert again.archive_messages_combo.currentText() == "not captured"
    assert again.archive_subscribers_combo.currentText() == "not recorded"
    assert again.archive_captured_check.isChecked()
    page.dialog.reject()
