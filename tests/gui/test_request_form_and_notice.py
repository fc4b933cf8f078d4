"""The approval's IT Director notice with its day (R2, Stoughton), and Milwaukee's Account
Request Form and Strategy Plan recorded from the accounts page (R1): real dialogs, real
database, fixed clock."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from clerkdesk.services.accounts.writes import get_account
from clerkdesk.services.obligations.due import due

from ..conftest import NOW
from .conftest import add_account


def test_the_it_director_notice_is_recorded_with_its_day(qtbot, ctx, city_db) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.gui.pages.accounts.approve_dialog import ApproveDialog
    from clerkdesk.gui.widgets.qdates import to_qdate

    account = add_account(city_db, "https://facebook.com/parks", status="pre-existing")
    dialog = ApproveDialog(city_db, ctx.city, account)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.authority_combo.setCurrentIndex(ui.authority_combo.findData("department-head"))
    assert not ui.it_notified_on_date.isHidden() and not ui.it_notified_on_date.line.isEnabled()
    ui.approved_by_edit.setText("Dana Whitfield")
    ui.approved_on_date.setDate(to_qdate(date(2026, 11, 2)))
    ui.can_administer_check.setChecked(True)
    ui.monitoring_combo.setCurrentText("Every work day")
    ui.it_notified_check.setChecked(True)
    assert ui.it_notified_on_date.line.isEnabled()
    ui.it_notified_on_date.setDate(date(2026, 11, 3))  # after the approval: refused
    dialog.accept()
    assert "before the approval" in ui.it_notified_on_error.text()
    assert get_account(city_db, account.id).status == "pre-existing"
    ui.it_notified_on_date.setDate(date(2026, 10, 30))
    dialog.accept()
    approval = get_account(city_db, account.id).approval
    assert approval is not None and approval.it_notified_on == date(2026, 10, 30)
    ui.authority_combo.setCurrentIndex(ui.authority_combo.findData("mayor"))
    assert ui.it_notified_on_date.isHidden() and ui.it_notified_on_label.isHidden()


def milwaukee_ctx(empty_db: Any, paths: Any) -> Any:
    from clerkdesk.gui.window.context import AppContext
    from clerkdesk.services.city.writes import get_city, init_city
    from clerkdesk.services.departments.writes import create_department
    from clerkdesk.services.kernel.inputs import DepartmentInput

    init_city(empty_db, "Milwaukee", "milwaukee", date(2023, 6, 1))
    create_department(empty_db, DepartmentInput("Parks"))
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    return AppContext(paths, empty_db, get_city(empty_db), settings)


def test_milwaukee_records_the_request_form_from_the_accounts_page(  # type: ignore[no-untyped-def]
    qtbot, qapp, empty_db, paths, tmp_path: Path
) -> None:
    from clerkdesk.gui.pages.accounts.request_form_dialog import RequestFormDialog
    from clerkdesk.gui.window.main_window import MainWindow

    ctx = milwaukee_ctx(empty_db, paths)
    account = add_account(empty_db, "https://facebook.com/mkeparks", status="pre-existing")
    [item] = [o for o in due(empty_db, NOW) if o.kind == "account-approval"]
    assert item.text.endswith("Account Request Form and Strategy Plan are not recorded")
    win = MainWindow(ctx.paths, ctx.settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.attach(ctx)
    win.go("accounts")
    page = win.page("accounts")
    page.select_where(lambda row: row.view.id == account.id)
    assert page.request_form_note.isVisible() and page.request_form_button.isVisible()
    page.request_form_button.click()
    dialog = page.dialog
    assert isinstance(dialog, RequestFormDialog)
    dialog.accept()  # no scan yet: refused beside the field, nothing saved
    assert dialog.ui.scan_error.text() == "Attach the scanned form (a PDF or an image)"
    scan = tmp_path / "request.pdf"
    scan.write_bytes(b"%PDF-1.4 request form")
    dialog.use_scan(scan)
    dialog.completed.setDate(date(2026, 11, 19))
    dialog.accept()
    view = get_account(empty_db, account.id)
    assert view.request_form_on == date(2026, 11, 19) and view.request_form_sha256
    qtbot.waitUntil(lambda: not page.request_form_note.isVisible())
    [item] = [o for o in due(empty_db, NOW) if o.kind == "account-approval"]
    assert not item.text.endswith("not recorded")
