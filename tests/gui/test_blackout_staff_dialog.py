"""Milwaukee's candidate form: the clerk adds and removes the staff acting for a candidate and
records the day the links on the official's pages came down; Today's items for them open the
candidacy. Elsewhere the form has neither."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from clerkdesk.services.accounts.writes import approve_account
from clerkdesk.services.elections.blackouts import list_blackouts
from clerkdesk.services.elections.writes import (
    CandidateInput,
    ElectionInput,
    list_candidates,
    save_candidate,
    save_election,
)
from clerkdesk.services.kernel.inputs import ApprovalInput, PersonInput
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.people.writes import create_person
from clerkdesk.services.terms import writes as assignments

from .conftest import add_account

OK = QDialogButtonBox.StandardButton.Ok
PARKS = "https://facebook.com/mkeparks"


def milwaukee_window(qtbot: Any, empty_db: Any, paths: Any) -> Any:
    from clerkdesk.gui.window.context import AppContext
    from clerkdesk.gui.window.main_window import MainWindow
    from clerkdesk.services.city.writes import get_city, init_city
    from clerkdesk.services.departments.writes import create_department
    from clerkdesk.services.kernel.inputs import DepartmentInput

    init_city(empty_db, "Milwaukee", "milwaukee", date(2023, 6, 1))
    create_department(empty_db, DepartmentInput("Parks"))
    account = add_account(empty_db, PARKS, archived_in="ArchiveSocial")
    approve_account(
        empty_db,
        account.id,
        ApprovalInput("department-head", "Pat Director", date(2026, 1, 5), "Memo 1"),
    )
    create_person(empty_db, PersonInput("A7", "Dana Alder", "Alderperson", kind="elected"))
    create_person(empty_db, PersonInput("S5", "Sam Reyes", "Legislative aide", "Parks"))
    create_person(empty_db, PersonInput("S6", "Lee Park", "Aide", "Parks"))
    for who in ("A7", "S5"):
        assignments.designate(
            empty_db, account.id, who, "authorized-user", datetime(2026, 1, 6, tzinfo=UTC)
        )
    save_election(empty_db, None, ElectionInput("Spring 2027", date(2026, 12, 1), date(2027, 4, 6)))
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    ctx = AppContext(paths, empty_db, get_city(empty_db), settings)
    win = MainWindow(ctx.paths, ctx.settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.attach(ctx)
    win.go("elections")
    return win


def test_the_clerk_adds_and_removes_staff_and_records_the_links_removed(  # type: ignore[no-untyped-def]
    qtbot, qapp, empty_db, paths
) -> None:
    win = milwaukee_window(qtbot, empty_db, paths)
    page = win.page("elections")
    page.select_where(lambda e: e.name == "Spring 2027")
    assert not page.candidate_table.isColumnHidden(4)  # Staff
    page.add_candidate()
    dialog = page.dialog
    dialog.person.setText("A7")
    for who in ("S6", "S5", "S5"):  # the second S5 is not listed twice
        dialog.staff.person.setText(who)
        qtbot.mouseClick(dialog.staff.add_button, Qt.MouseButton.LeftButton)
    assert dialog.staff.employee_ids() == ("S6", "S5")
    assert dialog.staff.list.item(1).text() == "S5 — Sam Reyes"
    dialog.staff.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.staff.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.staff.employee_ids() == ("S5",)
    dialog.staff.person.setText("A7")  # the candidate cannot act for themselves
    qtbot.mouseClick(dialog.staff.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.ui.staff_employee_ids_error.text() == (
        "A7 is the candidate: staff act for someone else"
    )
    dialog.staff.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.staff.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    (view,) = list_blackouts(empty_db)
    assert [(s.employee_id, s.unsuspended) for s in view.staff] == [("S5", (PARKS,))]
    page.candidate_table.selectRow(0)
    assert page.candidates.data(page.candidates.index(0, 4)) == "Sam Reyes"

    # Today's item for the aide opens the candidacy; the links' item too.
    today = [o for o in obligations.due(empty_db) if o.kind in ("blackout", "blackout-links")]
    assert sorted((o.kind, o.employee_id) for o in today) == [
        ("blackout", "A7"),
        ("blackout", "S5"),
        ("blackout-links", "A7"),
    ]
    win.go("today")
    aide = next(o for o in today if o.employee_id == "S5")
    win.open_obligation(aide)
    assert win.current_key() == "elections"
    assert page.candidate().candidate.employee_id == "A7"

    page.edit_candidate()
    dialog = page.dialog
    assert dialog.staff.employee_ids() == ("S5",)
    dialog.links.set(date(2026, 11, 19))
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert list_candidates(empty_db)[0].links_removed_on == date(2026, 11, 19)
    assert [s.employee_id for s in list_blackouts(empty_db)[0].staff] == ["S5"]
    assert not [o for o in obligations.due(empty_db) if o.kind == "blackout-links"]


def test_stoughton_s_candidate_form_has_no_staff_or_links(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    save_election(city_db, None, ElectionInput("Spring 2027", date(2026, 12, 1), date(2027, 4, 6)))
    create_person(city_db, PersonInput("A7", "Dana Alder", "Alderperson", kind="elected"))
    save_candidate(city_db, None, CandidateInput("Spring 2027", "A7"))
    window.go("elections")
    page = window.page("elections")
    page.select_where(lambda e: e.name == "Spring 2027")
    assert page.candidate_table.isColumnHidden(4) and page.candidate_table.isColumnHidden(5)
    page.candidate_table.selectRow(0)
    page.edit_candidate()
    assert page.dialog.staff is None and page.dialog.links is None
