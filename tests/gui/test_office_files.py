"""File → Print → Inventory, File → Export → Calendar, and Add to calendar on Today."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import icalendar
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from clerkdesk.gui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from clerkdesk.gui.files import office_files
from clerkdesk.services.obligations.due import due

from ..services.ical_readers import read_both
from .conftest import add_account, audit_actions, finished, go, loaded


def previews() -> list[PdfPreviewDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, PdfPreviewDialog) and w.isVisible()
    ]


def test_the_file_menu_offers_the_inventory_and_the_calendar(window) -> None:  # type: ignore[no-untyped-def]
    texts = [a.text() for a in window.ui.menu_file.actions()]
    assert texts.index("&Print") == texts.index("&Export CSV…") + 1
    assert texts.index("E&xport") == texts.index("&Print") + 1
    assert [a.text() for a in window.ui.menu_print.actions()] == [
        "&Inventory of accounts…",
        "Public &records notice…",
        "&Annual request report…",
    ]
    assert [a.text() for a in window.ui.menu_export.actions()] == [
        "&Calendar (.ics)…",
        "&Workbook (.xlsx)…",
        "&Public list of accounts…",
    ]
    assert (
        window.ui.action_print_inventory.isEnabled()
        and window.ui.action_export_calendar.isEnabled()
    )


def test_print_the_inventory_from_the_file_menu(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    add_account(city_db, "https://facebook.com/parks", purpose="Park news")
    add_account(city_db, "https://x.com/police", department="Police", platform="x")
    window.ui.action_print_inventory.trigger()
    qtbot.waitUntil(lambda: bool(previews()), timeout=30_000)
    [preview] = previews()
    assert preview.preview.landscape and preview.pages_shown >= 1
    text = " ".join(p.extract_text() for p in PdfReader(preview.pdf).pages)
    assert "https://facebook.com/parks" in text and "https://x.com/police" in text
    assert "Park news" in text and "Account inventory as of November 20, 2026" in text
    assert audit_actions(city_db)[0] == "inventory.print"
    preview.reject()


def test_export_the_calendar_from_the_file_menu(
    qtbot, window, city_db, tmp_path, monkeypatch, answers
):  # type: ignore[no-untyped-def]
    add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    chosen = tmp_path / "deadlines"  # the .ics is added
    monkeypatch.setattr(
        office_files.QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), "")
    )
    window.ui.action_export_calendar.trigger()
    written = tmp_path / "deadlines.ics"
    qtbot.waitUntil(lambda: bool(answers.infos), timeout=30_000)
    events = icalendar.Calendar.from_ical(written.read_bytes()).walk("VEVENT")
    assert len(events) == len(due(city_db)) > 0
    assert len(read_both(written, ZoneInfo("America/Chicago"))) == len(events)  # and ical.js
    assert str(written) in answers.infos[-1]


def test_add_one_deadline_to_the_calendar_from_today(qtbot, window, city_db, tmp_path, answers):  # type: ignore[no-untyped-def]
    add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    page = go(qtbot, window, "today")
    loaded(qtbot, page)
    page.select_where(lambda r: r.obligation.account == "https://facebook.com/parks")
    action = page.calendar_action
    assert action.isEnabled() and action in page.table.actions()  # the row's context menu
    assert action.shortcut().toString() == "Ctrl+Shift+C"
    chosen = page.selected().obligation
    out = tmp_path / "one.ics"
    finished(qtbot, page.add_to_calendar(out))
    [event] = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(event["summary"]).startswith(chosen.text)
    assert event.decoded("dtstart") == chosen.due
    assert "the deadline" in answers.infos[-1]


def test_ctrl_shift_c_on_a_today_row_asks_where_and_writes_it(  # type: ignore[no-untyped-def]
    qtbot, window, city_db, tmp_path, monkeypatch, answers
):
    from PySide6.QtCore import Qt

    add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    page = go(qtbot, window, "today")
    loaded(qtbot, page)
    page.select_where(lambda r: r.obligation.account == "https://facebook.com/parks")
    asked: list[str] = []

    def save_as(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(tmp_path / "one.ics"), ""

    monkeypatch.setattr(office_files.QFileDialog, "getSaveFileName", save_as)
    page.table.setFocus()
    qtbot.keyClick(
        page.table,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: bool(answers.infos), timeout=30_000)
    assert asked[0].endswith(".ics") and "Approve or discontinue" in asked[0]
    assert (
        len(icalendar.Calendar.from_ical((tmp_path / "one.ics").read_bytes()).walk("VEVENT")) == 1
    )


def test_print_the_records_notice_and_the_request_report_from_the_file_menu(
    qtbot, window, city_db, monkeypatch
):  # type: ignore[no-untyped-def]
    add_account(city_db, "https://facebook.com/parks")
    window.ui.action_print_records_notice.trigger()
    qtbot.waitUntil(lambda: bool(previews()), timeout=30_000)
    [preview] = previews()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(preview.pdf).pages).split())
    assert "Public records: how to ask for them" in text and "Where to ask" in text
    preview.reject()
    qtbot.waitUntil(lambda: not previews(), timeout=10_000)
    asked: list[int] = []

    def year(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[3])  # the year offered: the last one
        return 2025, True

    monkeypatch.setattr(office_files.QInputDialog, "getInt", year)
    window.ui.action_print_request_report.trigger()
    qtbot.waitUntil(lambda: bool(previews()), timeout=30_000)
    [preview] = previews()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(preview.pdf).pages).split())
    assert asked == [2025] and "Public-records requests in 2025" in text
    assert audit_actions(city_db)[0] == "request.print"
    preview.reject()
