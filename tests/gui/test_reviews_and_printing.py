"""Access reviews recorded from the signed worksheet, and the papers printed for signing:
agreements and worksheets, built off the UI thread and shown before they print."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from clerkdesk.services.departments.writes import list_departments, update_department
from clerkdesk.services.integrity.audit import list_events
from clerkdesk.services.kernel.inputs import DepartmentInput, PersonInput
from clerkdesk.services.reviews.writes import review_history
from clerkdesk.services.terms.writes import designate, get_assignment
from tests.conftest import NOW

from .conftest import add_account, approve, audit_actions, finished, go

SAVE = QDialogButtonBox.StandardButton.Save
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.button_box.button(SAVE), Qt.MouseButton.LeftButton)


def text_of(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


@pytest.fixture
def parks(city_db):
    """A Parks account Dana keeps and Robert posts on."""
    account = add_account(city_db, "https://facebook.com/parks")
    approve(city_db, account.id)
    dana = designate(city_db, account.id, "E100", "custodian")
    robert = designate(city_db, account.id, "E200", "authorized-user")
    return account, dana, robert


def test_record_a_review_outcome_with_a_removal(qtbot, window, ctx, city_db, parks) -> None:
    account, dana, robert = parks
    page = go(qtbot, window, "reviews")
    assert type(page).__name__ == "ReviewsPage"
    page.show_record("Parks")
    row = page.selected()
    assert row.due is not None and row.due.kind == "access-review"
    assert page.model.text(page.model.position_of(lambda r: r.id == "Parks"), 4) == "never"
    assert page.start_button.isEnabled() and not page.outcome_button.isEnabled()

    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    review = page.shown_review()
    assert review is not None and not review.completed
    assert page.lines.rowCount() == 2
    assert {page.lines.text(r, 6) for r in range(2)} == {"to decide"}
    assert not page.start_button.isEnabled() and page.outcome_button.isEnabled()
    assert audit_actions(city_db)[0] == "review.start"

    qtbot.mouseClick(page.outcome_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    save(qtbot, dialog)
    assert dialog.isVisible()
    shown = dialog.errors.shown()
    assert shown["reviewer"] == "Required: choose who reviewed (the department head)"
    assert shown["decisions"] == "2 lines have no decision; mark each keep or remove"
    by_person = {line.employee_id: line.id for line in review.lines}
    dialog.ui.reviewer_edit.setText("E100 — Dana Whitfield")
    qtbot.mouseClick(dialog.rows[by_person["E100"]].keep, Qt.MouseButton.LeftButton)
    dialog.decide(by_person["E200"], "remove", "moved to Police")
    save(qtbot, dialog)
    assert not dialog.isVisible()

    assert get_assignment(city_db, robert.id).ends_at == NOW
    assert get_assignment(city_db, dana.id).ends_at is None
    [done] = review_history(city_db, "Parks")
    assert done.completed and done.reviewer == "Dana Whitfield"
    decisions = {page.lines.row(r).line.employee_id: page.lines.text(r, 6) for r in range(2)}
    assert decisions == {"E100": "keep", "E200": "remove (ended 2026-11-20 15:00)"}
    assert "1 kept, 1 removed" in page.status_label.text()
    assert not page.outcome_button.isEnabled() and page.start_button.isEnabled()
    assert page.model.text(page.model.position_of(lambda r: r.id == "Parks"), 4) == (
        "2026-11-20, Dana Whitfield"
    )

    # A completed review takes notes, and its signed worksheet.
    qtbot.mouseClick(page.note_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    save(qtbot, dialog)
    assert dialog.errors.shown() == {"note": "Write the note"}
    dialog.ui.note_edit.setPlainText("Chief Hale confirmed by phone.")
    save(qtbot, dialog)
    assert "Chief Hale confirmed by phone." in page.notes_browser.toPlainText()

    # The removal starts the password-rotation clock (the profile says so by default).
    today = go(qtbot, window, "today")
    rotations = [r.obligation for r in today.model.visible_rows()]
    assert [(o.account, o.person) for o in rotations if o.kind == "password-rotation"] == [
        (account.url, "Robert Hale")
    ]


def test_attach_and_open_the_signed_worksheet(qtbot, window, city_db, parks, opened, tmp_path):
    page = go(qtbot, window, "reviews")
    page.show_record("Parks")
    page.start()
    assert not page.scan_button.isEnabled()
    scan = tmp_path / "worksheet.png"
    scan.write_bytes(PNG)
    assert page.attach_scan_file(scan)
    assert page.scan_button.isEnabled()
    qtbot.mouseClick(page.scan_button, Qt.MouseButton.LeftButton)
    assert opened[-1].startswith("file://") and opened[-1].endswith(".png")


def test_email_reminder_opens_a_ready_message(qtbot, window, city_db, parks, opened) -> None:
    [dep] = [d for d in list_departments(city_db) if d.name == "Parks"]
    update_department(city_db, dep.id, DepartmentInput("Parks", "E100"))
    page = go(qtbot, window, "reviews")
    page.show_record("Parks")
    qtbot.mouseClick(page.remind_button, Qt.MouseButton.LeftButton)
    assert opened[-1].startswith("mailto:")
    assert "subject=Access review of Parks" in opened[-1]
    assert "Dear Dana Whitfield" in opened[-1] and "Robert Hale" in opened[-1]


def test_reviews_page_models_pass_the_model_tester(qtbot, qtmodeltester, window, parks) -> None:
    page = go(qtbot, window, "reviews")
    page.show_record("Parks")
    page.start()
    assert page.model.rowCount() == 2 and page.lines.rowCount() == 2
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.lines)
    page.model.sort(2, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(page.model)


def test_print_unsigned_agreements_of_a_department(qtbot, window, city_db, parks, tmp_path):
    page = go(qtbot, window, "departments")
    page.select_where(lambda d: d.name == "Parks")
    assert page.print_button.isEnabled()
    finished(qtbot, page.print_unsigned())
    preview = page.preview
    assert preview is not None and preview.isVisible()
    text = text_of(preview.pdf)
    assert "Dana Whitfield" in text and "Robert Hale" in text
    # The cover sheet listing who is in the batch, then one page per agreement.
    assert preview.preview.total == len(PdfReader(preview.pdf).pages) == 3
    assert preview.preview.first is not None  # the first page is drawn before it opens
    qtbot.waitUntil(lambda: preview.pages_shown == 3)  # the others off the UI thread
    assert audit_actions(city_db)[0] == "agreement.print"
    [printed] = list_events(city_db, limit=1)
    # Printed for the preview: its temporary file is named nowhere in the log.
    assert printed.summary.endswith("for the preview")
    assert str(preview.pdf.parent) not in printed.summary + str(printed.details)

    copy = tmp_path / "unsigned.pdf"
    assert preview.save_to(copy)
    assert copy.read_bytes() == preview.pdf.read_bytes()
    if os.name != "nt":
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600  # private, as the CLI's
    # The log says where the copy went, not the preview's temporary file.
    [saved] = list_events(city_db, limit=1)
    assert (saved.action, saved.entity_key) == ("printout.copy", str(copy))
    assert str(copy) in saved.summary
    folder = preview.pdf.parent
    preview.reject()
    qtbot.waitUntil(lambda: not folder.exists())  # the temporary copy goes with the preview


def test_print_one_agreement_from_the_account(qtbot, window, city_db, parks, opened) -> None:
    account, _, robert = parks
    accounts = window.page("accounts")
    detail = accounts.open_account(account.id)
    detail.terms_table_select(lambda r: r.term.id == robert.id)
    finished(qtbot, detail.print_agreement())
    preview = detail.preview
    text = text_of(preview.pdf)
    # Robert's agreement alone; Dana, the City Clerk, only signs it for the office.
    form, signatures = text.split("Signatures")
    assert "Robert Hale" in form and "Dana Whitfield" not in form
    assert "For the City Clerk\nDana Whitfield" in signatures
    qtbot.mouseClick(preview.ui.open_button, Qt.MouseButton.LeftButton)
    assert opened[-1].endswith(".pdf")


def test_print_the_worksheet_of_a_review(qtbot, window, city_db, parks) -> None:
    page = go(qtbot, window, "reviews")
    page.show_record("Parks")
    page.start()
    finished(qtbot, page.print_worksheet())
    text = text_of(page.preview.pdf)
    assert "Robert Hale" in text and "Parks" in text
    assert audit_actions(city_db)[0] == "review.print"
    [printed] = list_events(city_db, limit=1)
    assert printed.summary.endswith("for the preview")  # not its temporary file
    assert str(page.preview.pdf.parent) not in printed.summary + str(printed.details)


def test_the_preview_prints_every_page(qtbot, window, city_db, parks, tmp_path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    page = go(qtbot, window, "departments")
    page.select_where(lambda d: d.name == "Parks")
    finished(qtbot, page.print_unsigned())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    finished(qtbot, page.preview.print_to(printer))
    assert len(PdfReader(printed).pages) == 3
    [event] = list_events(city_db, limit=1)
    assert event.action == "printout.paper"
    assert f"to the printer PDF file {printed} (3 sheet(s))" in event.summary


def test_without_a_mail_program_the_reminder_can_be_copied(
    qtbot, window, city_db, parks, answers, monkeypatch
) -> None:
    from PySide6.QtWidgets import QApplication

    from clerkdesk.gui.files import desktop

    monkeypatch.setattr(desktop, "open_address", lambda address: False)
    page = go(qtbot, window, "reviews")
    page.show_record("Parks")
    qtbot.mouseClick(page.remind_button, Qt.MouseButton.LeftButton)
    assert answers.confirmations[-1].startswith("No e-mail program is set up on this computer")
    text = QApplication.clipboard().text()
    assert text.startswith("Subject: Access review of Parks")
    assert "Robert Hale (authorized user)" in text and "%20" not in text


def test_a_long_reminder_stays_under_the_mail_link_limit(city_db) -> None:
    from clerkdesk.services.people.writes import create_person
    from clerkdesk.services.reviews.writes import MAILTO_LIMIT, reminder_mailto

    for n in range(40):
        account = add_account(city_db, f"https://facebook.com/parks-program-number-{n}")
        approve(city_db, account.id)
        create_person(city_db, PersonInput(f"E9{n:02}", f"Seasonal Worker Number {n}"))
        designate(city_db, account.id, f"E9{n:02}", "custodian")
    address = reminder_mailto(city_db, "Parks")
    assert len(address) <= MAILTO_LIMIT
    assert "more%3A%20see%20the%20worksheet" in address
