"""Import and export from the File menu and the Audit page, run in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from clerkdesk.gui.dialogs.export_dialog import ExportDialog
from clerkdesk.gui.dialogs.import_dialog import ImportDialog
from clerkdesk.gui.files import transfers
from clerkdesk.services.accounts.writes import list_accounts

from .conftest import audit_actions, go

ACCOUNTS = (
    "url,platform,department,status\n"
    "https://facebook.com/parks,facebook,Parks,pre-existing\n"
    "https://x.com/stoughtonpd,x,Police,proposed\n"
)


def finish(qtbot, operation) -> None:
    with qtbot.waitSignal(operation.finished, timeout=10_000):
        pass


def test_import_adds_rows_and_refreshes_the_pages(
    qtbot, window, ctx, city_db, tmp_path, answers
) -> None:
    accounts = go(qtbot, window, "accounts")
    csv = tmp_path / "accounts.csv"
    csv.write_text(ACCOUNTS, encoding="utf-8")
    finish(qtbot, transfers.start_import(window, ctx, "accounts", csv, dry_run=False))
    assert len(list_accounts(city_db)) == 2
    assert accounts.model.rowCount() == 2  # the page shown reloaded
    [(summary, lines)] = answers.details
    assert "added 2" in summary
    assert len(lines) == 2 and "https://x.com/stoughtonpd" in lines[1]


def test_dry_run_changes_nothing(qtbot, window, ctx, city_db, tmp_path, answers) -> None:
    csv = tmp_path / "accounts.csv"
    csv.write_text(ACCOUNTS, encoding="utf-8")
    finish(qtbot, transfers.start_import(window, ctx, "accounts", csv, dry_run=True))
    assert list_accounts(city_db) == []
    [(summary, _)] = answers.details
    assert "nothing was changed" in summary and "would add 2" in summary


def test_import_problems_are_listed_and_nothing_is_imported(
    qtbot, window, ctx, city_db, tmp_path, answers
) -> None:
    csv = tmp_path / "accounts.csv"
    csv.write_text(ACCOUNTS + "https://x.com/other,x,Nowhere,proposed\n", encoding="utf-8")
    finish(qtbot, transfers.start_import(window, ctx, "accounts", csv, dry_run=False))
    assert list_accounts(city_db) == []
    [(summary, problems)] = answers.details
    assert "1 problem; nothing was imported" in summary
    assert problems[0].startswith("accounts.csv:4: department:")


def test_export_writes_the_file(qtbot, window, ctx, city_db, tmp_path, answers) -> None:
    target = tmp_path / "people.csv"
    finish(qtbot, transfers.start_export(window, ctx, "people", target))
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("employee_id,name") and len(lines) == 3
    assert audit_actions(city_db)[0] == "export"
    assert answers.infos == [
        f"Wrote 2 people rows to {target}.\n\nThe export is recorded in the audit log."
    ]


def test_import_dialog_needs_an_existing_file(qtbot, tmp_path) -> None:
    dialog = ImportDialog(folder=str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.errors.shown() == {"file": "Choose the CSV file to import"}
    dialog.ui.file_edit.setText(str(tmp_path / "missing.csv"))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "there is no file" in dialog.errors.shown()["file"].lower()
    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData("people"))
    assert "<b>employee_id</b>" in dialog.ui.columns_label.text()
    (tmp_path / "people.csv").write_text("employee_id,name\n", encoding="utf-8")
    dialog.ui.file_edit.setText(str(tmp_path / "people.csv"))
    dialog.ui.dry_run_check.setChecked(True)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert (dialog.kind, dialog.path, dialog.dry_run) == ("people", tmp_path / "people.csv", True)


def test_export_dialog_suggests_a_file_for_the_kind(qtbot, tmp_path) -> None:
    dialog = ExportDialog(folder=str(tmp_path), kind="audit")
    qtbot.addWidget(dialog)
    assert dialog.kind == "audit"
    assert Path(dialog.ui.file_edit.text()) == tmp_path / "audit.csv"
    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData("accounts"))
    assert Path(dialog.ui.file_edit.text()) == tmp_path / "accounts.csv"
    dialog.ui.file_edit.setText(str(tmp_path / "no" / "such" / "folder.csv"))
    dialog.accept()
    assert "there is no folder" in dialog.errors.shown()["file"].lower()


def test_the_demonstration_city_never_goes_into_the_register(
    qtbot, empty_db, paths, answers
) -> None:
    """File → Try the demonstration city asks for its own register (tests/gui/
    test_demonstration.py opens it); this one stays empty."""
    from PySide6.QtCore import QSettings

    from clerkdesk.gui.window.context import AppContext
    from clerkdesk.gui.window.main_window import MainWindow
    from clerkdesk.services.city.writes import get_city, init_city

    init_city(empty_db, "Stoughton", "stoughton")
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(paths, settings)
    qtbot.addWidget(window)
    window.show()
    window.attach(AppContext(paths, empty_db, get_city(empty_db), settings))
    with qtbot.waitSignal(window.demo_asked, timeout=1000):
        window.ui.action_load_demo.trigger()
    assert list_accounts(empty_db) == [] and answers.confirmations == []
