"""The account in full: its people (custodians, authorized users, administrators), their
agreements, and separations from the person's view."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from clerkdesk.gui.widgets.table_model import TONES
from clerkdesk.services.people.writes import get_person, list_people
from clerkdesk.services.terms.writes import (
    account_assignments,
    designate,
    get_assignment,
    person_assignments,
)
from tests.conftest import NOW

from .conftest import add_account, approve, audit_actions, go

SAVE = QDialogButtonBox.StandardButton.Save
CANCEL = QDialogButtonBox.StandardButton.Cancel


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.button_box.button(SAVE), Qt.MouseButton.LeftButton)


def open_account(qtbot, window, account):
    """Enter on the account in the register: its view."""
    page = go(qtbot, window, "accounts")
    page.show_record(account.id)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.detail.isVisible()
    return page.detail


def people(detail) -> list[tuple[str, str, str, str]]:
    """Each term shown: person, role, from, to."""
    return [
        tuple(detail.terms.text(row, column) for column in range(4))
        for row in range(detail.terms.rowCount())
    ]


def test_designate_custodians_and_an_authorized_user(qtbot, window, ctx, city_db) -> None:
    account = add_account(city_db, "https://facebook.com/parks")
    approve(city_db, account.id)
    detail = open_account(qtbot, window, account)
    assert detail.ui.tabs.currentWidget() is detail.ui.people_tab
    assert detail.terms.rowCount() == 0
    assert not detail.ui.end_term_button.isEnabled()

    qtbot.mouseClick(detail.ui.custodian_button, Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    assert dialog.windowTitle() == "Designate the custodian"
    assert not dialog.ui.role_combo.isEnabled()
    completions = dialog.ui.person_edit.completer().model()
    assert completions.rowCount() == 2  # both people, by ID and name
    dialog.ui.person_edit.setText("E100 — Dana Whitfield")  # as a completion fills it
    dialog.ui.designated_by_edit.setText("Mayor Jones")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert people(detail) == [("Dana Whitfield", "Custodian", "2026-11-20 15:00", "now")]
    assert detail.terms.text(0, 4) == "Mayor Jones"
    assert audit_actions(city_db)[0] == "assignment.create"

    # A second custodian, typed by name: the first one's term ends as the new one starts.
    detail.designate_custodian()
    dialog = detail.dialog
    assert "Dana Whitfield's term as custodian ends" in dialog.ui.explanation_label.text()
    dialog.ui.person_edit.setText("robert hale")
    save(qtbot, dialog)
    custodians = [r.term.person for r in detail.terms.rows() if r.current]
    assert custodians == ["Robert Hale"]
    assert sorted(people(detail)) == [
        ("Dana Whitfield", "Custodian", "2026-11-20 15:00", "2026-11-20 15:00"),
        ("Robert Hale", "Custodian", "2026-11-20 15:00", "now"),
    ]
    ended = detail.terms.position_of(lambda r: r.term.person == "Dana Whitfield")
    cell = detail.terms.index(ended, 0)
    assert detail.terms.data(cell, Qt.ItemDataRole.ForegroundRole) == TONES["muted"][1]
    assert [t.person for t in account_assignments(city_db, account.id) if t.active_at(NOW)] == [
        "Robert Hale"
    ]

    # An authorized user: the dialog offers the two other roles.
    qtbot.mouseClick(detail.ui.add_user_button, Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    roles = [dialog.ui.role_combo.itemData(i) for i in range(dialog.ui.role_combo.count())]
    assert roles == ["authorized-user", "administrator"]
    dialog.ui.person_edit.setText("E999")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.shown() == {"employee_id": "No person with employee ID 'E999'"}
    dialog.ui.person_edit.setText("E100 — Dana Whitfield")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    current = sorted((r.term.person, r.term.role) for r in detail.terms.rows() if r.current)
    assert current == [("Dana Whitfield", "authorized-user"), ("Robert Hale", "custodian")]
    assert "Only one person administers" in detail.ui.warnings_label.text()
    assert detail.ui.warnings_label.isVisible()


def test_record_the_signatures_of_an_agreement(qtbot, window, ctx, city_db) -> None:
    account = add_account(city_db, "https://facebook.com/parks")
    term = designate(city_db, account.id, "E100", "custodian")
    detail = open_account(qtbot, window, account)
    assert detail.terms.text(0, 5) == "not signed"
    agreement = detail.terms.index(0, 5)
    assert detail.terms.data(agreement, Qt.ItemDataRole.BackgroundRole) == TONES["due-soon"][0]

    qtbot.mouseClick(detail.ui.signatures_button, Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    assert not dialog.ui.user_date.isEnabled()
    assert dialog.ui.user_date.maximumDate() == QDate(2026, 11, 20)
    qtbot.mouseClick(dialog.ui.user_check, Qt.MouseButton.LeftButton)
    dialog.ui.user_date.setDate(QDate(2026, 11, 16))
    dialog.ui.director_check.setChecked(True)
    dialog.ui.director_date.setDate(QDate(2026, 11, 18))
    save(qtbot, dialog)
    assert detail.terms.text(0, 5) == "awaiting office"
    assert not get_assignment(city_db, term.id).signed

    detail.signatures()
    dialog = detail.dialog
    assert dialog.ui.user_check.isChecked() and dialog.ui.user_date.date() == QDate(2026, 11, 16)
    dialog.ui.office_check.setChecked(True)
    dialog.ui.office_date.setDate(QDate(2026, 11, 19))
    save(qtbot, dialog)
    signed = get_assignment(city_db, term.id)
    assert (signed.user_signed_on, signed.director_signed_on, signed.office_signed_on) == (
        date(2026, 11, 16),
        date(2026, 11, 18),
        date(2026, 11, 19),
    )
    assert detail.terms.text(0, 5) == "signed 2026-11-19"
    assert audit_actions(city_db)[0] == "agreement.sign"


def test_end_a_term_asks_for_a_reason_and_defaults_to_cancel(qtbot, window, ctx, city_db) -> None:
    account = add_account(city_db, "https://facebook.com/parks")
    term = designate(city_db, account.id, "E100", "authorized-user")
    detail = open_account(qtbot, window, account)
    qtbot.mouseClick(detail.ui.end_term_button, Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    cancel = dialog.ui.button_box.button(CANCEL)
    assert cancel.isDefault() and not dialog.end_button.isDefault()
    qtbot.keyClick(dialog.ui.reason_edit, Qt.Key.Key_Return)  # Enter cancels
    assert not dialog.isVisible()
    assert get_assignment(city_db, term.id).ends_at is None

    detail.end_assignment()
    dialog = detail.dialog
    qtbot.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.shown() == {"end_reason": "Say why the term ends"}
    dialog.ui.reason_edit.setText("moved to another department")
    qtbot.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert get_assignment(city_db, term.id).ends_at == NOW
    assert detail.terms.text(0, 3) == "2026-11-20 15:00"
    assert not detail.ui.end_term_button.isEnabled()


def test_separate_a_person_from_the_person_view(qtbot, window, ctx, city_db) -> None:
    parks = add_account(city_db, "https://facebook.com/parks")
    approve(city_db, parks.id)
    police = add_account(city_db, "https://x.com/stoughtonpd", department="Police", platform="x")
    designate(city_db, parks.id, "E100", "custodian")
    designate(city_db, police.id, "E100", "authorized-user")
    page = go(qtbot, window, "people")
    page.select_where(lambda p: p.employee_id == "E100")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    person = page.detail
    assert person.windowTitle().startswith("Dana Whitfield")
    assert {person.terms.text(r, 0) for r in range(person.terms.rowCount())} == {
        "https://facebook.com/parks",
        "https://x.com/stoughtonpd",
    }

    qtbot.mouseClick(person.ui.separate_button, Qt.MouseButton.LeftButton)
    dialog = person.dialog
    text = dialog.ui.explanation_label.text()
    assert "https://facebook.com/parks (custodian)" in text
    assert "https://x.com/stoughtonpd (authorized user)" in text
    assert "within <b>48 hours</b>" in text
    cancel = dialog.ui.button_box.button(CANCEL)
    assert cancel.isDefault() and not dialog.separate_button.isDefault()
    qtbot.keyClick(dialog.ui.at_edit, Qt.Key.Key_Return)  # Enter cancels
    assert not dialog.isVisible()
    assert get_person(city_db, person.person_id).separated_at is None

    person.separate()
    dialog = person.dialog
    qtbot.mouseClick(dialog.separate_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert get_person(city_db, person.person_id).separated_at == NOW
    assert [t.ends_at for t in person_assignments(city_db, person.person_id)] == [NOW, NOW]
    assert not person.ui.separate_button.isEnabled()
    assert "Left the city 2026-11-20 15:00" in person.ui.details_label.text()
    person.reject()

    today = go(qtbot, window, "today")
    rotations = [r.obligation for r in today.model.visible_rows()]
    rotations = [o for o in rotations if o.kind == "password-rotation"]
    assert sorted(o.account for o in rotations) == [
        "https://facebook.com/parks",
        "https://x.com/stoughtonpd",
    ]
    assert all(o.person == "Dana Whitfield" for o in rotations)


def test_the_person_view_opens_the_account(qtbot, window, ctx, city_db) -> None:
    account = add_account(city_db, "https://facebook.com/parks")
    designate(city_db, account.id, "E200", "administrator")
    page = window.page("people")
    robert = next(p for p in list_people(city_db) if p.employee_id == "E200")
    person = page.open_person(robert.id)
    person.ui.terms_table.selectRow(0)
    qtbot.mouseClick(person.ui.open_account_button, Qt.MouseButton.LeftButton)
    assert person.dialog.windowTitle().startswith(account.url)
    assert person.dialog.terms.text(0, 0) == "Robert Hale"


def test_today_opens_where_the_work_is(qtbot, window, ctx, city_db) -> None:
    account = add_account(city_db, "https://facebook.com/parks")
    approve(city_db, account.id)  # its password is not on file (R8)
    designate(city_db, account.id, "E200", "administrator")  # no custodian yet (R3)
    designate(city_db, account.id, "E100", "custodian")  # an unsigned agreement (R6)
    today = window.page("today")

    def open_row(kind: str, about: str = "") -> None:
        assert today.select_where(
            lambda r: r.obligation.kind == kind and about in r.obligation.text
        ), kind
        today.table.setFocus()
        qtbot.keyClick(today.table, Qt.Key.Key_Return)

    open_row("credential-missing")
    accounts = window.page("accounts")
    assert window.current_key() == "accounts"
    assert accounts.detail.ui.tabs.currentWidget() is accounts.detail.ui.credential_tab
    accounts.detail.reject()

    window.go("today")
    open_row("agreement-unsigned", "Dana Whitfield")
    detail = accounts.detail
    assert detail.ui.tabs.currentWidget() is detail.ui.people_tab
    assert detail.selected_term().person == "Dana Whitfield"
    detail.reject()

    window.go("today")
    open_row("access-review")
    assert window.current_key() == "reviews"
    assert window.page("reviews").selected().department.name == "Parks"


def test_new_table_models_pass_the_model_tester(qtbot, qtmodeltester, window, ctx, city_db):
    from clerkdesk.services.credentials.writes import CredentialInput, set_credential

    account = add_account(city_db, "https://facebook.com/parks")
    designate(city_db, account.id, "E100", "custodian")
    designate(city_db, account.id, "E200", "authorized-user")
    set_credential(city_db, account.id, CredentialInput(password="Str0ng!Password#1"))
    detail = open_account(qtbot, window, account)
    assert detail.terms.rowCount() == 2 and detail.changes.rowCount() == 1
    qtmodeltester.check(detail.terms)
    qtmodeltester.check(detail.changes)
    detail.terms.sort(2, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(detail.terms)
    detail.reject()
    person = window.page("people").open_person(get_assignment(city_db, 1).person_id)
    assert person.terms.rowCount() == 1
    qtmodeltester.check(person.terms)
