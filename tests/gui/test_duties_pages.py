"""The Elections, Exceptions and Site checks pages and their dialogs, saving through the
services; a candidate's blackout and a site's findings shown on the account's own window."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from clerkdesk.services.city import writes as city
from clerkdesk.services.elections.writes import (
    CandidateInput,
    ElectionInput,
    list_candidates,
    save_candidate,
    save_election,
)
from clerkdesk.services.exceptions.writes import list_exceptions
from clerkdesk.services.kernel.inputs import PersonInput
from clerkdesk.services.people.writes import create_person
from clerkdesk.services.site_checks.writes import list_site_checks
from clerkdesk.services.terms import writes as assignments

from .conftest import add_account, approve

OK = QDialogButtonBox.StandardButton.Ok
PARKS = "https://facebook.com/parks"


def go_to(qtbot, window, key):  # type: ignore[no-untyped-def]
    qtbot.keyClick(
        window, key, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    return window.page(window.current_key())


def ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)


def alder_on_parks(db):  # type: ignore[no-untyped-def]
    account = add_account(db, PARKS, archived_in="ArchiveSocial")
    approve(db, account.id)
    create_person(db, PersonInput("A7", "Dana Alder", "Alderperson", kind="elected"))
    assignments.designate(db, account.id, "A7", "authorized-user", datetime(2026, 1, 6, tzinfo=UTC))
    return account


def test_an_election_added_with_the_spring_calendar_and_a_candidate_suspended(
    qtbot, window, city_db, answers
) -> None:  # type: ignore[no-untyped-def]
    alder_on_parks(city_db)
    page = go_to(qtbot, window, Qt.Key.Key_E)
    assert window.current_key() == "elections"
    page.trigger("new")
    dialog = page.dialog
    dialog.name.setText("Spring 2027")
    dialog.election_on.set(date(2027, 4, 6))
    qtbot.mouseClick(dialog.spring, Qt.MouseButton.LeftButton)
    assert dialog.papers_from.value() == date(2026, 12, 1)
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert page.selected().name == "Spring 2027"

    page.add_candidate()
    dialog = page.dialog
    dialog.person.setText("E100")  # not an elected official
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.employee_id_error.text().startswith("Dana Whitfield is not an elected")
    dialog.person.setText("A7")
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert page.candidates.rowCount() == 1
    page.candidate_table.selectRow(0)
    assert page.candidate().state == "to suspend"
    assert page.suspend_button.isEnabled() and not page.restore_button.isEnabled()
    qtbot.mouseClick(page.suspend_button, Qt.MouseButton.LeftButton)
    assert answers.confirmations and "terms are kept" in answers.confirmations[0]
    page.candidate_table.selectRow(0)
    assert page.candidate().state == "suspended"
    assert not page.restore_button.isEnabled()  # the blackout lasts through the election
    assert "1 candidate." in page.summary.text()
    assert page.count_label.text() == "1 election"


def test_papers_after_election_day_are_said_beside_the_field(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    page = go_to(qtbot, window, Qt.Key.Key_E)
    page.trigger("new")
    dialog = page.dialog
    dialog.name.setText("Spring 2027")
    dialog.election_on.set(date(2027, 4, 6))
    dialog.papers_from.set(date(2027, 4, 7))
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.papers_from_error.text().startswith("This is after election day (2027-04-06)")


def test_an_exception_filed_with_the_office_the_profile_names(qtbot, window, ctx, city_db) -> None:  # type: ignore[no-untyped-def]
    add_account(city_db, PARKS)
    page = go_to(qtbot, window, Qt.Key.Key_X)
    assert window.current_key() == "exceptions"

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.number.setText("E-1")
        dialog.summary.setText("Direct messages kept on for tips")
        dialog.accounts.setPlainText("facebook.com/parks")
        dialog.allows["direct-messages"].setChecked(True)

    page.trigger("new")
    fill(page.dialog)
    ok(qtbot, page.dialog)
    # Stoughton's policy has no exceptions clause: the office is refused beside its field.
    assert page.dialog.isVisible()
    assert "no exceptions clause" in page.dialog.ui.office_error.text()
    assert not list_exceptions(city_db)
    page.dialog.reject()

    ctx.city = city.update_profile(city_db, exception_offices=("city-manager",))
    page.trigger("new")
    dialog = page.dialog
    fill(dialog)
    assert dialog.office.currentData() == "city-manager"
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    (filed,) = list_exceptions(city_db)
    assert (filed.allows, filed.accounts, filed.approved_on) == (
        ("direct-messages",),
        (PARKS,),
        None,
    )
    assert page.selected().number == "E-1"


def test_a_site_check_recorded_from_the_account_window(qtbot, window, ctx, city_db) -> None:  # type: ignore[no-untyped-def]
    account = alder_on_parks(city_db)
    save_election(city_db, None, ElectionInput("Fall", date(2026, 11, 1), date(2026, 11, 24)))
    save_candidate(city_db, None, CandidateInput("Fall", "A7"))
    from clerkdesk.gui.pages.accounts.account_detail_dialog import AccountDetailDialog

    detail = AccountDetailDialog(ctx, account.id, parent=window)
    qtbot.addWidget(detail)
    detail.show()
    assert "Election blackout: Dana Alder (A7)" in detail.ui.warnings_label.text()
    qtbot.mouseClick(detail.site_check_button, Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    # A new check starts from where the account's records are archived, as its register has it.
    assert dialog.archived.text() == "ArchiveSocial"
    dialog.archived.setText("ArchiveSocial and Smarsh")
    dialog.checked_on.set(date(2026, 11, 19))
    dialog.checker.setText("E100")
    dialog.mfa.setCurrentIndex(dialog.mfa.findData("off"))
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    (check,) = list_site_checks(city_db)
    assert (check.checked_on, check.mfa, check.checked_by_employee_id) == (
        date(2026, 11, 19),
        "off",
        "E100",
    )
    assert "Multi-factor authentication off" in detail.ui.warnings_label.text()
    assert "records archived in ArchiveSocial and Smarsh" in detail.ui.warnings_label.text()
    detail.reject()

    page = go_to(qtbot, window, Qt.Key.Key_K)
    assert window.current_key() == "site_checks"
    assert page.select_where(lambda s: s.url == PARKS)
    row = page.selected()
    assert row.checked_on == date(2026, 11, 19)
    assert "Multi-factor authentication off" in row.findings
    assert row.archived_in == "ArchiveSocial and Smarsh"
    column = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert column[5] == "Records archived in"
    index = page.model.index(page.table.currentIndex().row(), 5)
    assert page.model.data(index) == "ArchiveSocial and Smarsh"
    assert [c.employee_id for c in list_candidates(city_db)] == ["A7"]


def test_a_blackout_on_today_opens_its_candidate(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.obligations import due as obligations

    alder_on_parks(city_db)
    save_election(city_db, None, ElectionInput("Spring 2027", date(2026, 12, 1), date(2027, 4, 6)))
    save_candidate(city_db, None, CandidateInput("Spring 2027", "A7"))
    (item,) = [o for o in obligations.due(city_db) if o.kind == "blackout"]
    window.open_obligation(item)
    assert window.current_key() == "elections"
    page = window.page("elections")
    assert page.selected().name == "Spring 2027"
    assert page.candidate().candidate.employee_id == "A7"


def test_an_unapproved_exception_on_today_opens_it(qtbot, window, ctx, city_db) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.exceptions.writes import ExceptionInput, save_exception
    from clerkdesk.services.obligations import due as obligations

    ctx.city = city.update_profile(city_db, exception_offices=("city-manager",))
    city.switch_rule(city_db, "R19", on=True)
    save_exception(city_db, None, ExceptionInput("E 7", "Live video", "city-manager"))
    (item,) = [o for o in obligations.due(city_db) if o.kind == "exception-approval"]
    assert item.record == "E 7"
    window.open_obligation(item._replace(text="Approve it"))  # found by its key, not its words
    page = window.page("exceptions")
    assert window.current_key() == "exceptions"
    assert page.selected().number == "E 7"
    assert page.dialog is not None and page.dialog.number.text() == "E 7"
    page.dialog.reject()
