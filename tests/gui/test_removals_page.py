"""The Removed content page: who removed it by name and employee ID, the people in office
offered in its dialog, and a kept removal opened and corrected."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from clerkdesk.services.removals.writes import RemovalInput, record_removal

from .conftest import add_account, approve, go

OK = QDialogButtonBox.StandardButton.Ok
URL = "https://facebook.com/stoughtonparks"
AT = datetime(2026, 11, 2, 15, tzinfo=UTC)


def kept(city_db, staff: str = "E100") -> None:  # type: ignore[no-untyped-def]
    account = add_account(city_db, URL)
    approve(city_db, account.id)
    record_removal(city_db, RemovalInput(URL, AT, "@troll", "Buy!", "advertising", "hidden", staff))


def cell(page, header: str, row: int = 0) -> str:  # type: ignore[no-untyped-def]
    model = page.model
    column = [c.header for c in model.columns].index(header)
    return str(model.text(row, column))


def test_who_removed_it_reads_by_name_and_employee_id(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    kept(city_db)
    page = go(qtbot, window, "removals")
    assert cell(page, "Removed by") == "Dana Whitfield (E100)"


def test_the_dialog_offers_only_people_in_office_by_name(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.people.separation import separate
    from clerkdesk.services.removals.writes import list_removals

    kept(city_db)
    separate(city_db, "E200", datetime(2026, 10, 1, tzinfo=UTC))
    page = go(qtbot, window, "removals")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    staff = dialog.staff
    offered = [staff.itemText(i) for i in range(staff.count())]
    assert offered == ["Dana Whitfield (E100)"]
    dialog.account.setCurrentText(URL)
    dialog.poster.setText("@spam")
    dialog.content.setPlainText("Cheap boats")
    staff.setCurrentIndex(0)
    assert staff.currentText() == "Dana Whitfield (E100)"
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert {r.staff_employee_id for r in list_removals(city_db)} == {"E100"}


def test_a_kept_removal_opens_filled_and_is_corrected(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.people.separation import separate
    from clerkdesk.services.removals.writes import list_removals

    kept(city_db, staff="E200")
    separate(city_db, "E200", datetime(2026, 11, 20, tzinfo=UTC))  # has left since
    page = go(qtbot, window, "removals")
    assert page.select_where(lambda r: r.poster == "@troll")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog.isVisible() and dialog.poster.text() == "@troll"
    assert dialog.content.toPlainText() == "Buy!"
    assert dialog.staff.currentText() == "Robert Hale (E200)"
    assert dialog.moment.value() == AT
    dialog.poster.setText("@spammer")
    dialog.staff.setCurrentIndex(dialog.staff.findData("E100"))
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    (removal,) = list_removals(city_db)
    assert (removal.poster, removal.staff_employee_id) == ("@spammer", "E100")
    qtbot.waitUntil(lambda: cell(page, "Poster") == "@spammer")
    assert cell(page, "Removed by") == "Dana Whitfield (E100)"
