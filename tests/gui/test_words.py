"""Messages in the clerk's words, naming the field and what to do; a field's message goes as
the field is corrected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from clerkdesk.core.words import counted
from clerkdesk.gui.pages.accounts.account_dialog import AccountDialog
from clerkdesk.gui.pages.credential_store import store_name

from .conftest import add_account

SAVE = QDialogButtonBox.StandardButton.Save


def test_an_empty_account_form_says_what_to_do(qtbot, city_db, answers) -> None:
    add_account(city_db, "https://facebook.com/parks")
    dialog = AccountDialog(city_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.url_edit.setText("facebook.com/parks")
    qtbot.mouseClick(dialog.ui.button_box.button(SAVE), Qt.MouseButton.LeftButton)
    shown = dialog.errors.shown()
    assert shown["platform"] == "Required: choose the platform"
    assert shown["url"] == "This web address is already registered (https://facebook.com/parks)"
    assert shown["department"] == "Required"


def test_a_message_goes_as_its_field_is_corrected(qtbot, city_db, answers) -> None:
    dialog = AccountDialog(city_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ui.button_box.button(SAVE), Qt.MouseButton.LeftButton)
    assert {"url", "platform", "department"} <= set(dialog.errors.shown())
    qtbot.keyClicks(dialog.ui.url_edit, "https://x.com/stoughton")
    assert "url" not in dialog.errors.shown()
    assert not dialog.ui.url_error.isVisible() and dialog.ui.url_edit.styleSheet() == ""
    dialog.ui.platform_combo.activated.emit(1)  # chosen from the list
    assert "platform" not in dialog.errors.shown() and "department" in dialog.errors.shown()
    dialog.ui.department_combo.setEditText("Police")  # typed (no completion popup here)
    assert dialog.errors.shown() == {}


def test_counts_in_words() -> None:
    assert counted(1, "line") == "1 line" and counted(2, "line") == "2 lines"
    assert counted(1_200, "person", "people") == "1,200 people"


def test_credential_stores_by_the_names_clerks_know() -> None:
    assert store_name("keyring.backends.SecretService.Keyring") == (
        "the desktop's keyring (Secret Service)"
    )
    assert store_name("keyring.backends.Windows.WinVaultKeyring") == "Windows Credential Manager"
    assert store_name("keyring.backends.macOS.Keyring") == "the macOS Keychain"
    assert store_name("tests.support.keyrings.MemoryKeyring") == "MemoryKeyring"


def test_a_future_approval_day_is_said_to_be_one(qtbot, window, city_db) -> None:
    from datetime import date

    from .conftest import go

    add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    page = go(qtbot, window, "accounts")
    page.table.selectRow(0)
    page.trigger("approve")
    dialog = page.dialog
    dialog.ui.authority_combo.setCurrentIndex(0)
    dialog.ui.approved_by_edit.setText("Mayor Jones")
    dialog.ui.approved_on_date.setDate(date(2026, 11, 21))  # the day after today
    assert dialog.ui.approved_on_date.date().toPython() == date(2026, 11, 21)  # not refused
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.errors.shown()["approved_on"] == "An approval cannot be dated in the future"
    dialog.reject()
