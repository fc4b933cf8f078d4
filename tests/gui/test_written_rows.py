"""A record saved in its dialog is read again alone: the list it stands in keeps its place,
its filter and its order, and shows the record as saved; a write the page cannot follow row
by row (a record added, a department renamed, another program's write) reads the whole list."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from clerkdesk.gui.pages import list_page
from clerkdesk.gui.pages.people import page as people_page
from clerkdesk.services.departments.writes import list_departments, update_department
from clerkdesk.services.kernel.database import Database
from clerkdesk.services.kernel.inputs import AccountInput, DepartmentInput, PersonInput
from clerkdesk.services.people.writes import create_person, update_person

from .conftest import counted_reads, finished, go

SAVE = QDialogButtonBox.StandardButton.Save
# The header of an accounts file whose approval comes without the authority's findings (R2).
IMPORTED_APPROVAL = "url,platform,department,status,authority,approved_by,approved_on"


def _reads(monkeypatch: Any) -> dict[str, list[object]]:
    """Each whole read and each read of some rows of the People page, as made."""
    return counted_reads(monkeypatch, people_page, "list_people", "people_with_ids")


def _settled(qtbot: Any, page: Any) -> None:
    """Until the page reads nothing more (a long list's first rows, then the whole)."""
    while page.loading is not None:
        finished(qtbot, page.loading)


def _people_read(qtbot: Any, window: Any, monkeypatch: Any) -> tuple[Any, list[Any], Any]:
    """The People page shown and read, its people by employee ID, and its reads from now on."""
    page = go(qtbot, window, "people")
    _settled(qtbot, page)
    return page, sorted(page.model.rows(), key=lambda p: p.employee_id), _reads(monkeypatch)


def _edit_title(qtbot: Any, page: Any, employee_id: str, title: str) -> None:
    assert page.select_where(lambda p: p.employee_id == employee_id)
    page.trigger("edit")
    page.dialog.ui.title_edit.setText(title)
    qtbot.mouseClick(page.dialog.ui.button_box.button(SAVE), Qt.MouseButton.LeftButton)
    _settled(qtbot, page)


@pytest.mark.parametrize("long_list", [False, True], ids=["short", "long"])
def test_a_person_saved_is_read_again_alone(  # type: ignore[no-untyped-def]
    qtbot, window, city_db, monkeypatch, long_list
) -> None:
    """A short list reads the row at once; a long one (as counted) off the UI thread."""
    if long_list:
        monkeypatch.setattr(list_page, "LONG_LIST", 1)
    page = go(qtbot, window, "people")
    _settled(qtbot, page)
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by title
    before = [p.employee_id for p in page.model.visible_rows()]
    assert before[-1] != "E200"
    made = _reads(monkeypatch)
    _edit_title(qtbot, page, "E200", "Zoning Administrator")
    robert = next(p for p in page.model.rows() if p.employee_id == "E200")
    assert made["whole"] == [] and made["some"] == [frozenset({robert.id})]
    assert robert.title == "Zoning Administrator"
    assert page.selected() == robert  # still selected, in its new place by title
    after = [p.employee_id for p in page.model.visible_rows()]
    assert sorted(after) == sorted(before) and after[-1] == "E200"
    position = page.model.position_of(lambda p: p.employee_id == "E200")
    assert page.model.text(position, 2) == "Zoning Administrator"
    assert page.count_label.text() == "2 people"


def test_a_filter_is_applied_again_to_a_row_written(qtbot, window, city_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Written elsewhere in the window (not from the page's dialog, which shows the record
    it saved, clearing a filter that hides it)."""
    page = go(qtbot, window, "people")
    _settled(qtbot, page)
    qtbot.keyClicks(page.filter_edit, "chief")
    made = _reads(monkeypatch)
    [chief] = page.model.visible_rows()
    update_person(city_db, chief.id, PersonInput(chief.employee_id, chief.name, title="Deputy"))
    _settled(qtbot, page)
    assert made["whole"] == [] and made["some"] == [frozenset({chief.id})]
    assert page.model.rowCount() == 0 and page.model.total() == 2
    assert page.count_label.text() == "0 of 2 people"
    page.filter_edit.clear()
    assert next(p for p in page.model.visible_rows() if p.id == chief.id).title == "Deputy"


def test_writes_the_page_cannot_follow_row_by_row_read_the_whole_list(  # type: ignore[no-untyped-def]
    qtbot, window, city_db, monkeypatch
) -> None:
    page = go(qtbot, window, "people")
    _settled(qtbot, page)
    made = _reads(monkeypatch)
    create_person(city_db, PersonInput("E300", "Lee Park"))  # a row added: the others move
    _settled(qtbot, page)
    assert made["some"] == [] and len(made["whole"]) == 1
    assert page.model.total() == 3
    parks = next(d for d in list_departments(city_db) if d.name == "Parks")
    update_department(city_db, parks.id, DepartmentInput("Parks and Trails"))
    _settled(qtbot, page)
    assert made["some"] == [] and len(made["whole"]) == 2
    assert "Parks and Trails" in {p.department for p in page.model.rows()}


def test_an_account_edited_is_read_again_alone(qtbot, window, city_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.accounts.writes import update_account

    from .conftest import add_account

    parks = add_account(city_db, "https://facebook.com/parks", handle="parks")
    add_account(city_db, "https://x.com/library", department="Parks")
    page, asked = _accounts_read(qtbot, window, monkeypatch)
    update_account(
        city_db,
        parks.id,
        AccountInput("https://facebook.com/parks", "facebook", "Parks", handle="parks.city"),
    )
    _settled(qtbot, page)
    assert asked == [frozenset({parks.id})]
    row = next(r for r in page.model.rows() if r.id == parks.id)
    assert row.view.handle == "parks.city" and page.model.total() == 2


def _accounts_read(qtbot: Any, window: Any, monkeypatch: Any) -> tuple[Any, list[object]]:
    """The Accounts page shown and read, and the ids each read of it asks for from now on
    (None: the whole list)."""
    from clerkdesk.gui.pages.accounts import page as accounts_page

    page = go(qtbot, window, "accounts")
    _settled(qtbot, page)
    asked: list[object] = []
    listed = accounts_page.list_listed

    def read(db: Any, first: int | None = None, ids: frozenset[int] | None = None) -> Any:
        asked.append(ids)
        return listed(db, first, ids)

    monkeypatch.setattr(accounts_page, "list_listed", read)
    return page, asked


@pytest.mark.parametrize("long_list", [False, True], ids=["short", "long"])
def test_an_account_approved_is_read_again_alone(  # type: ignore[no-untyped-def]
    qtbot, window, city_db, monkeypatch, long_list
) -> None:
    """The approval is a row of its own table, which belongs to its account: the account's
    row alone is read again, and shows it approved."""
    from .conftest import add_account, approve

    if long_list:
        monkeypatch.setattr(list_page, "LONG_LIST", 1)
    parks = add_account(city_db, "https://facebook.com/parks", handle="parks")
    add_account(city_db, "https://x.com/library", department="Parks")
    page, asked = _accounts_read(qtbot, window, monkeypatch)
    approve(city_db, parks.id)
    _settled(qtbot, page)
    assert asked == [frozenset({parks.id})]
    row = next(r for r in page.model.rows() if r.id == parks.id)
    assert row.view.status == "approved" and row.view.approval.approved_by == "Mayor Jones"
    assert page.model.total() == 2


def test_an_approval_s_findings_recorded_read_its_account_again_alone(  # type: ignore[no-untyped-def]
    qtbot, window, city_db, monkeypatch, tmp_path
) -> None:
    """Recording the findings writes the approval alone, not the account: its account is read
    again, and its row no longer says the findings are missing."""
    from clerkdesk.services.accounts.approvals import record_determinations
    from clerkdesk.services.transfer import csv_import

    from .conftest import add_account

    approved = "https://facebook.com/parks,facebook,Parks,approved,mayor,Mayor Jones,2026-01-05"
    path = tmp_path / "a.csv"
    path.write_text(f"{IMPORTED_APPROVAL}\n{approved}\n", encoding="utf-8")
    csv_import.import_csv(city_db, "accounts", path)
    add_account(city_db, "https://x.com/library", department="Parks")
    page, asked = _accounts_read(qtbot, window, monkeypatch)
    parks = next(r for r in page.model.rows() if r.view.url == "https://facebook.com/parks")
    assert not parks.view.approval.determinations_recorded
    before = page.model.text(page.model.position_of(lambda r: r.id == parks.id), 5)
    record_determinations(city_db, parks.id, True, "Every work day", True)
    _settled(qtbot, page)
    assert asked == [frozenset({parks.id})]
    row = next(r for r in page.model.rows() if r.id == parks.id)
    assert row.view.approval.determinations_recorded
    assert page.model.text(page.model.position_of(lambda r: r.id == parks.id), 5) != before


def test_a_colleague_s_write_just_before_one_s_own_is_read_too(  # type: ignore[no-untyped-def]
    qtbot, window, city_db, paths, clock, monkeypatch
) -> None:
    """Another workstation renamed one person a moment before this window saved another: the
    window's look after its own save finds the colleague's event among its own, and the row it
    names is read again too, alone, not only the row this window saved."""
    page, [dana, robert], made = _people_read(qtbot, window, monkeypatch)
    other = Database.open(paths, clock=clock, actor="deputy")
    try:
        update_person(other, dana.id, PersonInput(dana.employee_id, "Dana Whitfield-Ross"))
    finally:
        other.close()
    update_person(city_db, robert.id, PersonInput(robert.employee_id, robert.name, title="Chief"))
    qtbot.waitUntil(lambda: len(made["some"]) == 2, timeout=5_000)
    _settled(qtbot, page)
    assert made["whole"] == []
    assert made["some"] == [frozenset({robert.id}), frozenset({dana.id})]
    names = {p.employee_id: (p.name, p.title) for p in page.model.rows()}
    assert names[dana.employee_id][0] == "Dana Whitfield-Ross"
    assert names[robert.employee_id][1] == "Chief"
    assert window.refresher.touched == 1


def test_a_colleague_s_edit_is_read_alone_and_an_addition_whole(  # type: ignore[no-untyped-def]
    qtbot, window, city_db, paths, clock, monkeypatch
) -> None:
    """Seen by the window's look every second and a half: a person another workstation
    edited is read again alone (its event names the employee ID); one it added has the list
    read whole, since the others move."""
    page, [dana, _robert], made = _people_read(qtbot, window, monkeypatch)
    other = Database.open(paths, clock=clock, actor="deputy")
    try:
        update_person(other, dana.id, PersonInput(dana.employee_id, dana.name, title="Deputy"))
        assert window.refresher.poll()
        _settled(qtbot, page)
        assert made == {"whole": [], "some": [frozenset({dana.id})]}
        assert next(p for p in page.model.rows() if p.id == dana.id).title == "Deputy"
        create_person(other, PersonInput("E300", "Lee Park"))
        assert window.refresher.poll()
        _settled(qtbot, page)
        assert len(made["whole"]) == 1 and len(made["some"]) == 1
        assert page.model.total() == 3
    finally:
        other.close()


def test_a_colleague_s_write_landing_while_the_window_reads_is_read_too(  # type: ignore[no-untyped-def]
    qtbot, window, city_db, paths, clock, monkeypatch
) -> None:
    """A colleague saves twice: the window's look finds the first, and the second commits
    while the window reads what the first touched. The look that follows that refresh finds
    the second, and its row is read again too."""
    page, [dana, robert], made = _people_read(qtbot, window, monkeypatch)
    watch = window.refresher.watch
    looked = watch.changes
    other = Database.open(paths, clock=clock, actor="deputy")

    def look_then_the_colleague_saves_again() -> Any:
        seen = looked()
        update_person(other, robert.id, PersonInput(robert.employee_id, robert.name, title="Zebra"))
        return seen

    try:
        update_person(other, dana.id, PersonInput(dana.employee_id, dana.name, title="Deputy"))
        monkeypatch.setattr(watch, "changes", look_then_the_colleague_saves_again)
        assert window.refresher.poll()
        monkeypatch.setattr(watch, "changes", looked)
        qtbot.waitUntil(lambda: len(made["some"]) == 2, timeout=5_000)
        _settled(qtbot, page)
        titles = {p.employee_id: p.title for p in page.model.rows()}
        assert titles[dana.employee_id] == "Deputy" and titles[robert.employee_id] == "Zebra"
        assert not window.refresher.poll()  # nothing left unseen
    finally:
        other.close()


def test_a_colleague_s_write_before_a_save_that_appends_no_event_is_read(  # type: ignore[no-untyped-def]
    qtbot, window, city_db, paths, clock, monkeypatch
) -> None:
    """A credential saved first commits its announcement, a write with no event: the look
    after it still reads again what a colleague wrote since the last look."""
    from clerkdesk.services.credentials.writes import CredentialInput, set_credential

    from .conftest import add_account

    account = add_account(city_db, "https://facebook.com/parks")
    page, [_dana, robert], made = _people_read(qtbot, window, monkeypatch)
    assert not window.refresher.poll()
    other = Database.open(paths, clock=clock, actor="deputy")
    try:
        update_person(other, robert.id, PersonInput(robert.employee_id, robert.name, title="Zebra"))
        set_credential(
            city_db, account.id, CredentialInput(username="parks", password="Tq7#wLp2!vXz")
        )
        qtbot.waitUntil(lambda: bool(made["some"] or made["whole"]), timeout=5_000)
        _settled(qtbot, page)
        assert next(p for p in page.model.rows() if p.id == robert.id).title == "Zebra"
    finally:
        other.close()
