"""An account's credential: set through the dialog with its live strength check, revealed and
copied for a short while, and the plain refusal when no credential store is available."""

from __future__ import annotations

import keyring
import keyring.backends.fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from clerkdesk.gui.widgets import clipboard
from clerkdesk.services.credentials.handover import read_handover
from clerkdesk.services.credentials.writes import CredentialInput, set_credential
from clerkdesk.services.integrity.audit import list_events

from .conftest import add_account, approve, audit_actions, go, store_looked

SAVE = QDialogButtonBox.StandardButton.Save
GOOD = "Lantern-Orchard-74!"


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.button_box.button(SAVE), Qt.MouseButton.LeftButton)


def credential_of(window, account, section: str = "credential"):
    accounts = window.page("accounts")
    window.ui.navigation.setCurrentRow(1)
    return accounts.open_account(account.id, section)


def all_cells(model) -> list[str]:
    return [
        model.text(row, column)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]


def test_set_a_password_through_the_dialog(qtbot, window, city_db, memory_keyring) -> None:
    account = add_account(city_db, "https://facebook.com/parks")
    approve(city_db, account.id)
    detail = credential_of(window, account)
    assert detail.ui.tabs.currentWidget() is detail.ui.credential_tab
    assert "not on file" in detail.ui.password_value.text()
    assert not detail.ui.reveal_button.isEnabled() and not detail.ui.copy_button.isEnabled()

    qtbot.mouseClick(detail.ui.set_password_button, Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    assert dialog.ui.password_edit.echoMode() == dialog.ui.password_edit.EchoMode.Password
    qtbot.keyClicks(dialog.ui.password_edit, "summer24")
    rule = dialog.ui.rule_label.text()
    assert "at least 12 characters (it has 8)" in rule
    assert "an upper-case letter" in rule and "a symbol such as" in rule
    assert "a digit" not in rule and "a lower-case letter" not in rule
    assert "NIST" in dialog.ui.advice_label.text()
    assert "15 characters" in dialog.ui.advice_label.text()  # no MFA: NIST wants 15
    assert dialog.ui.accept_weak_check.isEnabled()
    save(qtbot, dialog)
    assert dialog.isVisible(), "a password that breaks the rule is refused"
    assert dialog.errors.shown()["password"] == (
        "Needs at least 12 characters (it has 8); an upper-case letter; a symbol such as ! # % or &"
    )
    assert memory_keyring.items == {}

    dialog.ui.password_edit.clear()
    qtbot.keyClicks(dialog.ui.password_edit, GOOD)
    assert "Meets the city's rule" in dialog.ui.rule_label.text()
    assert "password" not in dialog.errors.shown()  # the old message went with the old password
    assert not dialog.ui.accept_weak_check.isEnabled()
    qtbot.mouseClick(dialog.ui.show_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.password_edit.echoMode() == dialog.ui.password_edit.EchoMode.Normal
    dialog.ui.username_edit.setText("parks.social")
    dialog.ui.mfa_check.setChecked(True)
    dialog.ui.mfa_method_edit.setText("authenticator app")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert dialog.ui.password_edit.text() == ""  # not kept in the closed dialog

    assert list(memory_keyring.items.values()) == [GOOD]
    assert detail.ui.password_value.text().startswith("on file")
    assert detail.ui.username_value.text() == "parks.social"
    assert detail.ui.mfa_value.text() == "on (authenticator app)"
    assert detail.changes.rowCount() == 1
    assert detail.changes.text(0, 4) == "meets the rule"
    # The password is in none of the tables, titles or labels, nor in the audit log.
    assert not any(GOOD in cell for cell in all_cells(detail.changes) + all_cells(detail.terms))
    labels = [detail.ui.title_label, detail.ui.vault_label, detail.ui.password_value]
    assert not any(GOOD in label.text() for label in labels)
    assert not any(GOOD in e.summary or GOOD in e.details for e in list_events(city_db))
    assert GOOD not in window.statusBar().currentMessage()

    # Reveal shows it, audited, and hides it again when the time is up.
    assert detail.ui.reveal_button.isEnabled()
    qtbot.mouseClick(detail.ui.reveal_button, Qt.MouseButton.LeftButton)
    assert detail.ui.revealed_edit.isVisible()
    assert detail.ui.revealed_edit.text() == GOOD
    assert detail.ui.revealed_label.text() == "hidden again in 30 s"
    assert detail.reveal_timer.isActive() and detail.reveal_timer.interval() == 30_000
    assert audit_actions(city_db)[0] == "credential.reveal"
    detail.reveal_timer.timeout.emit()  # thirty seconds later
    assert not detail.ui.revealed_edit.isVisible()
    assert detail.ui.revealed_edit.text() == ""


def test_generate_makes_a_password_that_meets_the_rule(qtbot, window, city_db) -> None:
    account = add_account(city_db, "https://facebook.com/parks")
    detail = credential_of(window, account)
    detail.set_password()
    dialog = detail.dialog
    qtbot.mouseClick(dialog.ui.generate_button, Qt.MouseButton.LeftButton)
    generated = dialog.ui.password_edit.text()
    assert len(generated) >= 16
    assert "Meets the city's rule" in dialog.ui.rule_label.text()
    assert dialog.ui.password_edit.echoMode() == dialog.ui.password_edit.EchoMode.Normal


def test_a_weak_password_can_be_accepted_knowingly(qtbot, window, city_db, memory_keyring):
    account = add_account(city_db, "https://facebook.com/parks")
    detail = credential_of(window, account)
    detail.set_password()
    dialog = detail.dialog
    dialog.ui.password_edit.setText("short")
    qtbot.mouseClick(dialog.ui.accept_weak_check, Qt.MouseButton.LeftButton)
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert list(memory_keyring.items.values()) == ["short"]
    assert detail.changes.text(0, 4) == "does not meet the rule"
    cell = detail.changes.index(0, 4)
    assert detail.changes.data(cell, Qt.ItemDataRole.BackgroundRole) is not None


def test_copy_clears_the_clipboard_after_a_while_only_if_unchanged(qtbot, window, city_db):
    account = add_account(city_db, "https://facebook.com/parks")
    set_credential(city_db, account.id, CredentialInput(password=GOOD))
    detail = credential_of(window, account)
    board = QApplication.clipboard()
    guard = clipboard.guard()

    qtbot.mouseClick(detail.ui.copy_button, Qt.MouseButton.LeftButton)
    assert board.text() == GOOD
    assert not detail.ui.revealed_edit.isVisible()  # copied, not shown
    assert audit_actions(city_db)[0] == "credential.copy"
    assert guard.timer.isActive() and guard.timer.interval() == 30_000
    guard.timer.timeout.emit()  # thirty seconds later
    assert board.text() == ""

    qtbot.mouseClick(detail.ui.copy_button, Qt.MouseButton.LeftButton)
    assert board.text() == GOOD
    board.setText("the agenda for Tuesday")  # the clerk copied something else meanwhile
    guard.timer.timeout.emit()
    assert board.text() == "the agenda for Tuesday"


def test_remove_the_credential_after_confirming(qtbot, window, city_db, answers, memory_keyring):
    account = add_account(city_db, "https://facebook.com/parks")
    set_credential(city_db, account.id, CredentialInput(password=GOOD))
    detail = credential_of(window, account)
    answers.confirm_with = False
    qtbot.mouseClick(detail.ui.remove_button, Qt.MouseButton.LeftButton)
    assert list(memory_keyring.items.values()) == [GOOD]
    answers.confirm_with = True
    detail.remove()
    assert memory_keyring.items == {}
    assert "not on file" in detail.ui.password_value.text()
    assert not detail.ui.reveal_button.isEnabled()


def test_without_a_credential_store_nothing_is_stored(qtbot, window, city_db) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    account = add_account(city_db, "https://facebook.com/parks")
    detail = credential_of(window, account)
    text = detail.ui.vault_label.text()
    assert "No credential store is available on this computer:" in text
    assert "cannot be stored, revealed or copied" in text
    for button in (
        detail.ui.set_password_button,
        detail.ui.reveal_button,
        detail.ui.copy_button,
        detail.ui.remove_button,
    ):
        assert not button.isEnabled(), button.text()

    # That the password changed can still be recorded, without it.
    assert detail.ui.record_change_button.isEnabled()
    qtbot.mouseClick(detail.ui.record_change_button, Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    dialog.ui.note_edit.setText("changed by the vendor")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert detail.changes.rowCount() == 1
    assert detail.changes.text(0, 4) == "—" and detail.changes.text(0, 5) == "changed by the vendor"
    detail.reject()

    settings = store_looked(qtbot, go(qtbot, window, "settings"))
    assert "No credential store is available" in settings.ui.vault_label.text()
    assert not settings.ui.export_handover_button.isEnabled()
    assert not settings.ui.import_handover_button.isEnabled()


def test_handover_file_out_and_back_in(
    qtbot, window, city_db, answers, memory_keyring, tmp_path
) -> None:
    account = add_account(city_db, "https://facebook.com/parks")
    set_credential(city_db, account.id, CredentialInput(username="parks", password=GOOD))
    page = store_looked(qtbot, go(qtbot, window, "settings"))
    assert "credential store" in page.ui.vault_label.text()
    qtbot.mouseClick(page.ui.export_handover_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert "holds every account password" in dialog.ui.explanation_label.text()
    assert dialog.ui.again_edit.isVisible()
    file = tmp_path / "handover.clerkdesk-handover"
    dialog.ui.file_edit.setText(str(file))
    dialog.ui.passphrase_edit.setText("maple leaves in autumn")
    dialog.ui.again_edit.setText("maple leaves in spring")
    dialog.accept()
    assert dialog.errors.shown() == {"again": "The two passphrases differ; type it again"}
    assert not file.exists()
    dialog.ui.again_edit.setText("maple leaves in autumn")
    dialog.accept()
    assert not dialog.isVisible()
    assert file.exists() and GOOD not in file.read_text(encoding="utf-8")
    assert "Wrote 1 credential to" in answers.infos[-1]
    assert read_handover(file, "maple leaves in autumn")[0]["password"] == GOOD

    memory_keyring.items.clear()
    page.handover("import")
    dialog = page.dialog
    assert not dialog.ui.again_edit.isVisible()
    dialog.ui.file_edit.setText(str(file))
    dialog.ui.passphrase_edit.setText("wrong passphrase here")
    dialog.accept()
    assert dialog.isVisible()
    assert answers.errors[-1] == "the passphrase is wrong, or the file was changed"
    dialog.ui.passphrase_edit.setText("maple leaves in autumn")
    dialog.accept()
    assert not dialog.isVisible()
    assert list(memory_keyring.items.values()) == [GOOD]
    assert "Put 1 credential into" in answers.infos[-1]


def come_back_to_clerkdesk() -> None:
    """The clerk was in another program (the keyring's unlock prompt) and comes back."""
    app = QApplication.instance()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)


def test_an_open_account_window_notices_the_store_once_it_is_unlocked(
    qtbot, window, city_db
) -> None:
    from tests.support.keyrings import LockedKeyring, MemoryKeyring

    keyring.set_keyring(LockedKeyring())
    account = add_account(city_db, "https://facebook.com/parks")
    detail = credential_of(window, account)
    text = detail.ui.vault_label.text()
    assert "locked" in text and "Unlock it when it asks for your password" in text, text
    assert "come back to ClerkDesk, which looks again" in text
    assert not detail.ui.set_password_button.isEnabled()
    settings = window.page("settings")
    settings.reload()
    assert "Unlock it" in store_looked(qtbot, settings).ui.vault_label.text()

    keyring.set_keyring(MemoryKeyring())  # unlocked in the desktop's prompt
    come_back_to_clerkdesk()
    assert "Passwords are kept in this computer's credential store" in detail.ui.vault_label.text()
    assert detail.ui.set_password_button.isEnabled()
    assert "Passwords are kept" in store_looked(qtbot, settings).ui.vault_label.text()
    assert settings.ui.export_handover_button.isEnabled()
    detail.reject()


def test_with_no_store_at_all_the_clerk_is_told_what_to_do() -> None:
    from clerkdesk.gui.pages.credential_store import unavailable_text, what_to_do
    from clerkdesk.vault.store import VaultStatus

    none = VaultStatus(False, "keyring.backends.fail.Keyring", "no credential store is available")
    assert what_to_do(none, "win32").startswith("Sign in to Windows with your own user account")
    assert "ask IT to check that the Credential Manager service is running" in what_to_do(
        none, "win32"
    )
    assert "GNOME Keyring or KDE Wallet" in what_to_do(none, "linux")
    text = unavailable_text(none)
    assert text.startswith("<b>No credential store is available on this computer:</b>")
    assert what_to_do(none).split(",")[0] in text
