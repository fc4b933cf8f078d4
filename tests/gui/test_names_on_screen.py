"""Names that carry `'`, `&` or `<` read on screen as they were typed: never as the code that
escapes them ("Mayor&#x27;s Office"), never taken for markup."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from clerkdesk.services.credentials import writes as credentials
from clerkdesk.services.departments.writes import create_department
from clerkdesk.services.kernel.inputs import DepartmentInput, PersonInput
from clerkdesk.services.people.writes import create_person
from clerkdesk.vault.store import VaultStatus

from .conftest import add_account, go, store_looked

CODES = ("&#x27;", "&amp;", "&lt;", "&gt;", "&quot;")


def shown(label: QLabel) -> str:
    """The text a person reads in `label`, as Qt decides whether it is markup."""
    text, kind = label.text(), label.textFormat()
    rich = kind == Qt.TextFormat.RichText or (
        kind == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def no_codes(text: str) -> bool:
    return not any(code in text for code in CODES)


def test_the_person_window_shows_names_as_written(qtbot, window, city_db) -> None:
    create_department(city_db, DepartmentInput("Mayor's Office"))
    create_person(
        city_db,
        PersonInput("E300", "José Ñúñez", "Parks & Rec aide", "Mayor's Office", phone="555"),
    )
    page = go(qtbot, window, "people")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.filter_edit, "E300")
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.isVisible())
    ui = page.detail.ui
    assert shown(ui.title_label) == "José Ñúñez (E300)"
    details = shown(ui.details_label)
    assert details.startswith("Parks & Rec aide · Mayor's Office · "), details
    assert no_codes(details)
    page.detail.reject()


def secret_service(monkeypatch: Any) -> None:
    status = VaultStatus(True, "keyring.backends.SecretService.Keyring", "")
    monkeypatch.setattr(credentials, "vault_status", lambda db: status)


def test_the_credential_store_is_named_as_written(qtbot, window, city_db, monkeypatch) -> None:
    secret_service(monkeypatch)
    account = add_account(city_db, "https://facebook.com/parks")
    window.ui.navigation.setCurrentRow(1)
    detail = window.page("accounts").open_account(account.id, "credential")
    text = shown(detail.ui.vault_label)
    assert "credential store (the desktop's keyring (Secret Service)), never" in text, text
    assert no_codes(text)
    detail.reject()

    settings = store_looked(qtbot, go(qtbot, window, "settings"))
    text = shown(settings.ui.vault_label)
    assert "credential store (the desktop's keyring (Secret Service)), never" in text, text
    assert no_codes(text)


def test_a_message_beside_a_field_is_never_taken_for_markup(
    qtbot, window, city_db, answers
) -> None:
    answers.confirm_with = False  # not "add the department"
    page = go(qtbot, window, "people")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    qtbot.keyClicks(dialog.ui.employee_id_edit, "E300")
    qtbot.keyClicks(dialog.ui.name_edit, "Pat O'Neil")
    qtbot.keyClicks(dialog.ui.department_combo.lineEdit(), "<b>Parks</b> & Rec")
    qtbot.mouseClick(
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    assert dialog.isVisible()
    assert shown(dialog.ui.department_error) == "Unknown department '<b>Parks</b> & Rec'"
    dialog.reject()


def test_a_message_box_shows_its_text_as_written(qapp, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from clerkdesk.gui.widgets import messages

    seen: list[tuple[Qt.TextFormat, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: seen.append((box.textFormat(), box.text()))
    )
    messages.show_error(None, "no department '<b>Parks</b> & Rec'")
    messages.show_info(None, "added <Parks & Rec>")
    assert seen == [
        (Qt.TextFormat.PlainText, "No department '<b>Parks</b> & Rec'"),
        (Qt.TextFormat.PlainText, "Added <Parks & Rec>"),
    ]
