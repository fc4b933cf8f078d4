"""A request's letters from the Requests page, as a clerk writes them: Letter…, the letter
offered for the request's status, the reason for more time typed in, a file name typed; the
letter saved there and kept with the request; a denial without its reasons refused beside the
field, nothing written."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from clerkdesk.services.requests.files import request_files
from clerkdesk.services.requests.writes import RequestInput, list_requests, save_request

from .conftest import add_account, audit_actions, go

OK = QDialogButtonBox.StandardButton.Ok
URL = "https://facebook.com/stoughtonparks"


def _letter_dialog(qtbot, window, number: str):  # type: ignore[no-untyped-def]
    page = go(qtbot, window, "requests")
    assert page.select_where(lambda r: r.number == number)
    assert page.letter_button.isEnabled()
    qtbot.mouseClick(page.letter_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.isVisible() and dialog.windowTitle() == f"Letter of request {number}"
    return page, dialog


def _type_file(qtbot, dialog, path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.file.selectAll()
    qtbot.keyClick(dialog.file, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.file, str(path))


def test_a_denial_letter_is_written_saved_and_kept(qtbot, window, city_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    add_account(city_db, URL)
    save_request(
        city_db,
        None,
        RequestInput(
            "2026-040",
            date(2026, 11, 10),
            "Direct messages with a contractor",
            status="denied",
            closed_on=date(2026, 11, 18),
            accounts=(URL,),
            reasons="A pending investigation (Wis. Stat. 19.35(1)(a))",
        ),
    )
    page, dialog = _letter_dialog(qtbot, window, "2026-040")
    assert dialog.kind.currentText() == "Denial letter"  # offered for a denied request
    assert not dialog.why.isEnabled()
    out = tmp_path / "denial.pdf"
    _type_file(qtbot, dialog, out)
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    [request] = list_requests(city_db)
    [kept] = request_files(city_db, request.id)
    assert (kept.kind, kept.original_name) == ("denial", "denial.pdf")
    assert kept.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert page.selected().number == "2026-040" and page.selected().files == 1
    assert "request.file" in audit_actions(city_db)
    assert page.files_button.isEnabled()


def test_a_denial_without_reasons_is_refused_beside_the_letter(
    qtbot, window, city_db, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    add_account(city_db, URL)
    # A file's denial may come without its reasons; its letter may not be written.
    save_request(
        city_db,
        None,
        RequestInput(
            "2026-041",
            date(2026, 11, 10),
            "Posts",
            status="denied",
            closed_on=date(2026, 11, 18),
            accounts=(URL,),
            given=frozenset({"number"}),
        ),
    )
    _page, dialog = _letter_dialog(qtbot, window, "2026-041")
    out = tmp_path / "denial.pdf"
    _type_file(qtbot, dialog, out)
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "19.35(4)(b)" in dialog.errors.shown()["letter"]
    assert not out.exists() and request_files(city_db, list_requests(city_db)[0].id) == []


def test_an_extension_asks_why_then_is_kept(qtbot, window, city_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    add_account(city_db, URL)
    save_request(
        city_db,
        None,
        RequestInput(
            "2026-042",
            date(2026, 11, 10),
            "Every comment of October",
            accounts=(URL,),
            extended_to=date(2026, 12, 11),
        ),
    )
    _page, dialog = _letter_dialog(qtbot, window, "2026-042")
    assert dialog.kind.currentText() == "Acknowledgment letter"
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # the next letter: an extension
    assert dialog.kind.currentText() == "Letter of extension" and dialog.why.isEnabled()
    assert dialog.file.text().endswith("Letter of extension - request 2026-042.pdf")
    out = tmp_path / "extension"  # ".pdf" is added
    _type_file(qtbot, dialog, out)
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "why more time" in dialog.errors.shown()["why"].lower()
    qtbot.keyClicks(dialog.why, "The messages are on a backup tape.")
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert (tmp_path / "extension.pdf").is_file()
    [kept] = request_files(city_db, list_requests(city_db)[0].id)
    assert kept.kind == "extension"


def test_the_city_gives_a_letter_its_own_text_on_settings(qtbot, window, city_db) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.requests.letter_texts import default_letter_text, letter_text

    page = go(qtbot, window, "settings")
    tab = page.letters
    page.ui.tabs.setCurrentWidget(tab)
    assert not page.ui.save_bar.isVisible()  # saved at once, by the tab's own button
    tab.kind.setFocus()
    qtbot.keyClick(tab.kind, Qt.Key.Key_End)  # the denial
    assert tab.letter == "denial" and "ClerkDesk's text" in tab.state.text()
    assert not tab.reset_button.isEnabled()
    tab.edit.selectAll()
    qtbot.keyClick(tab.edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(tab.edit, "The {city} will not release the records of request {number}.")
    assert "the city's own text, not saved yet" in tab.state.text()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert letter_text(city_db, "denial") == (
        "The {city} will not release the records of request {number}.",
        True,
    )
    assert tab.state.text() == "<i>the city's own text</i>"
    assert letter_text(city_db, "acknowledgment")[1] is False
    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert letter_text(city_db, "denial") == (default_letter_text("denial"), False)
    assert audit_actions(city_db).count("letter.text") == 2
