"""The import dialog picks the kind from the file's header, keeps a refused file with its
problems beside it and imports it again on Try again; several CSV files and a workbook are
imported together. The Export dialog writes a workbook."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from clerkdesk.gui.dialogs.export_dialog import ExportDialog
from clerkdesk.gui.dialogs.import_dialog import ImportDialog
from clerkdesk.gui.files import transfers
from clerkdesk.services.departments.writes import list_departments
from clerkdesk.services.people.writes import list_people

from .conftest import finished

PEOPLE = "employee_id,name,department\nE300,Ann Lee,Parks\n"


def dialog_on(qtbot, window, ctx, workbook: bool = False) -> ImportDialog:  # type: ignore[no-untyped-def]
    """The dialog as File → Import opens it, on the real import."""
    dialog = ImportDialog(
        window,
        workbook=workbook,
        start=lambda request, refused, imported: transfers.start_import_request(
            window, ctx, request, refused, imported
        ),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(qtbot, dialog: ImportDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type the file's path into the field, as a clerk pasting it would."""
    dialog.ui.file_edit.clear()
    qtbot.keyClicks(dialog.ui.file_edit, text)


def click_import(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_a_people_file_is_picked_as_people(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(folder=str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.kind == "departments"
    path = tmp_path / "hr export.csv"
    path.write_text(PEOPLE, encoding="utf-8")
    choose(qtbot, dialog, str(path))
    assert dialog.kind == "people"
    assert dialog.ui.kind_note.isVisible()
    assert dialog.ui.kind_note.text().startswith("<b>A people file</b>, by its columns")
    assert "<b>employee_id</b>" in dialog.ui.columns_label.text()
    # The clerk may still choose another kind.
    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData("candidates"))
    assert dialog.kind == "candidates" and "<b>election</b>" in dialog.ui.columns_label.text()
    odd = tmp_path / "odd.csv"
    odd.write_text("what,ever\n", encoding="utf-8")
    choose(qtbot, dialog, str(odd))
    assert "do not say which kind" in dialog.ui.kind_note.text()


def test_a_refused_file_stays_with_its_problems_and_try_again_reads_it_anew(
    qtbot, window, ctx, city_db, tmp_path, answers
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "people.csv"
    path.write_text(PEOPLE + "E301,,Fisheries\n", encoding="utf-8")
    dialog = dialog_on(qtbot, window, ctx)
    assert not dialog.ui.problems_list.isVisible() and not dialog.ui.retry_button.isVisible()
    choose(qtbot, dialog, str(path))
    click_import(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.ui.problems_list.count() > 0, timeout=10_000)
    assert dialog.isVisible() and dialog.ui.file_edit.text() == str(path)
    shown = [dialog.ui.problems_list.item(i).text() for i in range(dialog.ui.problems_list.count())]
    assert shown == [
        "people.csv:3: name: required",
        "people.csv:3: department: unknown department 'Fisheries'",
    ]
    assert "2 problems" in dialog.ui.problems_label.text()
    assert dialog.ui.retry_button.isVisible() and answers.details == []
    assert {p.employee_id for p in list_people(city_db)} == {"E100", "E200"}
    path.write_text(PEOPLE + "E301,Bo Park,Police\n", encoding="utf-8")
    qtbot.mouseClick(dialog.ui.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert {p.employee_id for p in list_people(city_db)} >= {"E300", "E301"}
    [(summary, _lines)] = answers.details
    assert "Imported people.csv" in summary and "added 2" in summary


def test_several_files_are_imported_together_in_dependency_order(
    qtbot, window, ctx, city_db, tmp_path, answers
) -> None:  # type: ignore[no-untyped-def]
    people = tmp_path / "people.csv"
    people.write_text("employee_id,name,department\nE300,Ann Lee,Library\n", encoding="utf-8")
    deps = tmp_path / "departments.csv"
    deps.write_text("name,head_employee_id\nLibrary,E300\n", encoding="utf-8")
    dialog = dialog_on(qtbot, window, ctx)
    choose(qtbot, dialog, f'"{people}" "{deps}"')
    assert not dialog.ui.kind_combo.isEnabled()
    assert dialog.ui.kind_note.text() == (
        "In this order: departments.csv (departments); people.csv (people)"
    )
    click_import(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    heads = {d.name: d.head_employee_id for d in list_departments(city_db)}
    assert heads["Library"] == "E300"
    [(summary, _lines)] = answers.details
    assert summary.startswith("Imported 2 files.")


def test_the_workbook_dialog_imports_a_workbook(
    qtbot, window, ctx, city_db, tmp_path, answers
) -> None:  # type: ignore[no-untyped-def]
    book = openpyxl.Workbook()
    book.active.title = "people"
    book.active.append(["employee_id", "name", "department"])
    book.active.append(["00300", "Ann Lee", "Parks"])
    book.create_sheet("Notes").append(["ours"])
    path = tmp_path / "register.xlsx"
    book.save(path)
    dialog = dialog_on(qtbot, window, ctx, workbook=True)
    assert dialog.windowTitle() == "Import workbook" and not dialog.ui.kind_combo.isVisible()
    choose(qtbot, dialog, str(path))
    click_import(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert "00300" in {p.employee_id for p in list_people(city_db)}
    [(_summary, lines)] = answers.details
    assert "register.xlsx: sheet 'Notes' is not a kind; left alone" in lines[0]


def test_the_export_dialog_writes_a_workbook(
    qtbot, window, ctx, city_db, tmp_path, answers
) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(folder=str(tmp_path), kind="workbook")
    qtbot.addWidget(dialog)
    assert Path(dialog.ui.file_edit.text()) == tmp_path / "register.xlsx"
    assert dialog.windowTitle() == "Export workbook"
    dialog.accept()
    assert dialog.kind == "workbook"
    finished(qtbot, transfers.start_export_workbook(window, ctx, dialog.path))
    book = openpyxl.load_workbook(dialog.path)
    assert [c.value for c in book["people"]["A"]] == ["employee_id", "E100", "E200"]
    assert answers.infos[0].startswith("Wrote 2 departments, 0 accounts, 2 people")


def test_file_menu_offers_the_workbook(window) -> None:  # type: ignore[no-untyped-def]
    assert [a.text() for a in window.ui.menu_import.actions()] == ["&Workbook…"]
    assert window.ui.action_import_workbook.isEnabled()
    assert window.ui.action_export_workbook.isEnabled()
