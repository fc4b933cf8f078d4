"""Dates typed key by key into the forms: what the clerk types is what is saved, said back
unambiguously; what the field cannot read, or is outside its limits, is refused under it with
the reason and nothing is saved."""

from __future__ import annotations

import warnings
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableView

from clerkdesk.services.elections.writes import list_elections
from clerkdesk.services.requests.writes import list_requests

from .conftest import add_account

OK = QDialogButtonBox.StandardButton.Ok
URL = "https://facebook.com/stoughtonparks"
CHICAGO = ZoneInfo("America/Chicago")


def retype(qtbot: Any, field: Any, text: str) -> None:
    """Select what the field holds and type `text` over it, key by key, then leave it."""
    field.line.setFocus()
    field.line.selectAll()
    qtbot.keyClick(field.line, Qt.Key.Key_Delete)
    qtbot.keyClicks(field.line, text)
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)


def shown(qtbot: Any, dialog: Any) -> None:
    """Show `dialog` as the active window (offscreen, the window manager's part)."""
    qtbot.addWidget(dialog)
    dialog.show()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(dialog)


def ok(qtbot: Any, dialog: Any) -> None:
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)


def request_dialog(qtbot: Any, ctx: Any) -> Any:
    from clerkdesk.gui.pages.requests.request_dialog import RequestDialog

    add_account(ctx.db, URL)
    dialog = RequestDialog(ctx)
    shown(qtbot, dialog)
    dialog.number.setText("2026-040")
    dialog.summary.setPlainText("Every post of the summer concerts")
    dialog.accounts.setCurrentText(URL)
    return dialog


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("2025-11-20", date(2025, 11, 20)),
        ("11/20/2025", date(2025, 11, 20)),
        ("4/6/2026", date(2026, 4, 6)),
        ("04/06/2026", date(2026, 4, 6)),
        ("2/29/2024", date(2024, 2, 29)),
    ],
)
def test_a_received_date_typed_is_the_date_saved(qtbot, ctx, typed, saved) -> None:  # type: ignore[no-untyped-def]
    dialog = request_dialog(qtbot, ctx)
    retype(qtbot, dialog.received, typed)
    assert dialog.received.reading.text() == f"{saved:%a, %b} {saved.day}, {saved.year}"
    ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.errors.shown()
    (request,) = list_requests(ctx.db)
    assert request.received_on == saved


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("2/29/2026", "'2/29/2026' is not a real date"),
        ("2026-02-29", "'2026-02-29' is not a real date"),
        ("11/21/2026", "2026-11-21 is after today (2026-11-20)"),
        ("2027-01-05", "2027-01-05 is after today (2026-11-20)"),
        ("20/11/2026", "'20/11/2026' is not a real date"),
        ("Nov 20", "'Nov 20' is not a date"),
        ("", "Give a date"),
    ],
)
def test_a_received_date_refused_is_said_and_nothing_is_saved(qtbot, ctx, typed, reason) -> None:  # type: ignore[no-untyped-def]
    dialog = request_dialog(qtbot, ctx)
    retype(qtbot, dialog.received, typed)
    assert dialog.errors.shown()["received_on"].startswith(reason)  # on the spot
    assert dialog.received.reading.text() == ""
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.shown()["received_on"].startswith(reason)
    assert list_requests(ctx.db) == []
    retype(qtbot, dialog.received, "11/2/2026")  # corrected: the message goes, the date saves
    assert "received_on" not in dialog.errors.shown()
    ok(qtbot, dialog)
    assert [r.received_on for r in list_requests(ctx.db)] == [date(2026, 11, 2)]


def test_a_closing_date_is_typed_once_it_is_known(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = request_dialog(qtbot, ctx)
    dialog.status.setCurrentIndex(dialog.status.findData("denied"))
    assert dialog.closed_check.isChecked() and dialog.closed_date.line.isEnabled()
    retype(qtbot, dialog.closed_date, "11/19/2026")
    retype(qtbot, dialog.received, "11/16/2026")
    qtbot.keyClicks(dialog.reasons, "A pending investigation")  # a denial gives its reasons
    ok(qtbot, dialog)
    (request,) = list_requests(ctx.db)
    assert (request.received_on, request.closed_on) == (date(2026, 11, 16), date(2026, 11, 19))


def election_dialog(qtbot: Any, ctx: Any) -> Any:
    from clerkdesk.gui.pages.elections.election_dialogs import ElectionDialog

    dialog = ElectionDialog(ctx.db, ctx.city.profile, ctx.today())
    shown(qtbot, dialog)
    dialog.name.setText("Spring 2027")
    return dialog


@pytest.mark.parametrize("typed", ["2027-04-06", "4/6/2027", "04/06/2027"])
def test_an_election_day_typed_is_the_day_saved(qtbot, ctx, typed) -> None:  # type: ignore[no-untyped-def]
    dialog = election_dialog(qtbot, ctx)
    retype(qtbot, dialog.election_on, typed)
    assert dialog.election_on.reading.text() == "Tue, Apr 6, 2027"
    retype(qtbot, dialog.papers_from, "12/1/2026")
    ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.errors.shown()
    (election,) = list_elections(ctx.db)
    assert (election.election_on, election.papers_from) == (date(2027, 4, 6), date(2026, 12, 1))


def test_an_election_day_not_read_is_refused(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = election_dialog(qtbot, ctx)
    retype(qtbot, dialog.election_on, "4/31/2027")
    dialog.spring.click()  # nothing to count the papers from: said, not guessed
    assert dialog.errors.shown()["election_on"] == "'4/31/2027' is not a real date"
    ok(qtbot, dialog)
    assert dialog.isVisible() and list_elections(ctx.db) == []


def test_tab_leaves_a_date_field_for_the_next_field(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = election_dialog(qtbot, ctx)
    dialog.election_on.line.setFocus()
    qtbot.keyClick(dialog.election_on.line, Qt.Key.Key_Tab)
    assert dialog.papers_from.line.hasFocus()


def department_dialog(qtbot: Any, db: Any) -> Any:
    from clerkdesk.gui.pages.departments.department_dialog import DepartmentDialog
    from clerkdesk.services.city import writes as city

    city.apply_profile(db, "madison")
    city.update_profile(db, department_policy=True)
    dialog = DepartmentDialog(db)
    shown(qtbot, dialog)
    dialog.ui.name_edit.setText("Library")
    return dialog


def test_a_departments_optional_dates_are_typed_once_known(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.departments.writes import list_departments

    dialog = department_dialog(qtbot, ctx.db)
    ui = dialog.ui
    assert not ui.policy_filed_date.isEnabled()  # not known: nothing to type yet
    ui.policy_filed_check.setChecked(True)
    retype(qtbot, ui.policy_filed_date, "3/9/2026")
    ui.policy_copy_check.setChecked(True)
    retype(qtbot, ui.policy_copy_date, "2026-03-10")
    assert ui.policy_copy_date.reading.text() == "Tue, Mar 10, 2026"
    dialog.accept()
    assert dialog.result_value is not None, dialog.errors.shown()
    (library,) = [d for d in list_departments(ctx.db) if d.name == "Library"]
    assert (library.policy_filed_on, library.policy_it_copy_on) == (
        date(2026, 3, 9),
        date(2026, 3, 10),
    )


def test_a_departments_optional_date_refused_saves_nothing(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.departments.writes import list_departments

    dialog = department_dialog(qtbot, ctx.db)
    ui = dialog.ui
    ui.policy_filed_check.setChecked(True)
    retype(qtbot, ui.policy_filed_date, "12/1/2026")  # past only: after today
    assert dialog.errors.shown() == {"policy_filed_on": "2026-12-01 is after today (2026-11-20)"}
    dialog.accept()
    assert dialog.result_value is None
    assert "Library" not in {d.name for d in list_departments(ctx.db)}
    ui.policy_filed_check.setChecked(False)  # not known after all: nothing to refuse
    dialog.accept()
    (library,) = [d for d in list_departments(ctx.db) if d.name == "Library"]
    assert library.policy_filed_on is None


def removal_dialog(qtbot: Any, ctx: Any) -> Any:
    from clerkdesk.gui.pages.removals.removal_dialog import RemovalDialog

    add_account(ctx.db, URL)
    dialog = RemovalDialog(ctx)
    shown(qtbot, dialog)
    dialog.account.setCurrentText(URL)
    dialog.poster.setText("@troll")
    dialog.content.setPlainText("Buy now!")
    dialog.staff.setCurrentText("E100")
    return dialog


@pytest.mark.parametrize(
    ("typed", "local", "said"),
    [
        ("11/19/2026 10:30 AM", datetime(2026, 11, 19, 10, 30), "Thu, Nov 19, 2026, 10:30 AM CST"),
        ("2026-11-19 14:30", datetime(2026, 11, 19, 14, 30), "Thu, Nov 19, 2026, 2:30 PM CST"),
        ("11/19/2026 12:30 AM", datetime(2026, 11, 19, 0, 30), "Thu, Nov 19, 2026, 12:30 AM CST"),
        ("11/19/2026 12:30 PM", datetime(2026, 11, 19, 12, 30), "Thu, Nov 19, 2026, 12:30 PM CST"),
        ("3/8/2026 3:30 AM", datetime(2026, 3, 8, 3, 30), "Sun, Mar 8, 2026, 3:30 AM CDT"),
        ("2026-11-01 01:30 CDT", datetime(2026, 11, 1, 1, 30), "Sun, Nov 1, 2026, 1:30 AM CDT"),
        (
            "11/1/2026 1:30 AM CST",  # the second 1:30 of the night the clocks fall back
            datetime(2026, 11, 1, 1, 30, fold=1),
            "Sun, Nov 1, 2026, 1:30 AM CST",
        ),
    ],
)
def test_a_removal_time_typed_is_the_moment_kept(qtbot, ctx, typed, local, said) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.removals.writes import list_removals

    assert ctx.tz() == CHICAGO
    dialog = removal_dialog(qtbot, ctx)
    retype(qtbot, dialog.moment.edit, typed)
    assert dialog.moment.edit.reading.text() == said
    ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.errors.shown()
    (removal,) = list_removals(ctx.db)
    assert removal.removed_at == local.replace(tzinfo=CHICAGO).astimezone(UTC)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("2026-03-08 02:30", "2:30 AM on Sun, Mar 8, 2026 does not exist in America/Chicago"),
        ("3/8/2026 2:15 AM", "2:15 AM on Sun, Mar 8, 2026 does not exist in America/Chicago"),
        ("2026-11-01 01:30", "1:30 AM on Sun, Nov 1, 2026 happens twice in America/Chicago"),
        ("2026-11-01 01:30 EST", "EST is not the time in America/Chicago"),
        ("11/19/2026 13:30 PM", "'13:30 PM': with AM or PM the hour is 1 to 12"),
        ("11/19/2026 25:00", "'25:00' is not a time of day"),
        ("11/19/2026", "'11/19/2026' needs a date and a time"),
        ("2/29/2026 10:00 AM", "'2/29/2026' is not a real date"),
        ("11/21/2026 9:00 AM", "2026-11-21 09:00 is after now (2026-11-20 15:00)"),
    ],
)
def test_a_removal_time_refused_keeps_nothing(qtbot, ctx, typed, reason) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.removals.writes import list_removals

    dialog = removal_dialog(qtbot, ctx)
    retype(qtbot, dialog.moment.edit, typed)
    assert dialog.errors.shown()["removed_at"].startswith(reason)
    ok(qtbot, dialog)
    assert dialog.isVisible() and list_removals(ctx.db) == []


def test_a_removal_left_at_now_is_kept_at_now(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.removals.writes import list_removals

    dialog = removal_dialog(qtbot, ctx)
    now = dialog.moment.now
    ok(qtbot, dialog)
    (removal,) = list_removals(ctx.db)
    assert removal.removed_at == now


# A pop-up raises itself and grabs the keyboard, which the offscreen platform says it cannot.
@pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing|propagateSizeHints)", extend=True
)
def test_the_calendar_opens_from_the_keyboard_and_picks_a_day(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate

    from clerkdesk.gui.widgets.date_calendar import CalendarPopup

    dialog = election_dialog(qtbot, ctx)
    retype(qtbot, dialog.election_on, "4/6/2027")
    dialog.election_on.line.setFocus()
    qtbot.keyClick(dialog.election_on.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    (popup,) = [p for p in dialog.election_on.findChildren(CalendarPopup) if p.isVisible()]
    assert popup.calendar.selectedDate() == QDate(2027, 4, 6)
    popup.calendar.setSelectedDate(QDate(2027, 4, 7))
    days = popup.calendar.findChild(QTableView)  # the calendar's grid, where Enter picks
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert dialog.election_on.line.text() == "2027-04-07"
    assert dialog.election_on.reading.text() == "Wed, Apr 7, 2027"
