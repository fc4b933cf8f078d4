"""`import workbook FILE.xlsx [--dry-run]` and `export workbook -o FILE.xlsx`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

ERROR = "clerkdesk: error: "


def workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


SHEETS: dict[str, list[list[object]]] = {
    "departments": [["name", "head_employee_id"], ["Parks", "00123"]],
    "people": [["employee_id", "name", "department"], ["00123", "Priya Raman", "Parks"]],
    "Notes": [["the clerk's own notes"]],
}


def test_import_workbook_then_export_it(clerkdesk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert clerkdesk("init", "--city", "Stoughton", "--adopted", "2019-06-25").returncode == 0
    path = workbook(tmp_path / "register.xlsx", SHEETS)
    dry = clerkdesk("import", "workbook", str(path), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "people: would add 1, would update 0, 0 unchanged" in dry.stdout
    assert "Would add Priya Raman (import)" in dry.stdout and "Added" not in dry.stdout
    assert clerkdesk("export", "people").stdout.splitlines()[1:] == []
    result = clerkdesk("import", "workbook", str(path))
    assert result.returncode == 0, result.stderr
    assert "departments: added 1, updated 0, 0 unchanged" in result.stdout
    assert "sheet 'Notes' is not a kind; left alone" in result.stderr
    # name, head, the policy filed, its copy to IT, the approver it names (all but two blank).
    assert clerkdesk("export", "departments").stdout.splitlines()[1] == "Parks,00123,,,"
    out = tmp_path / "out.xlsx"
    exported = clerkdesk("export", "workbook", "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    assert "Wrote 1 departments, 0 accounts, 1 people" in exported.stderr
    assert "The export is recorded in the audit log." in exported.stderr
    assert "hash" not in exported.stderr
    book = openpyxl.load_workbook(out)
    assert [c.value for c in book["people"][2]][:2] == ["00123", "Priya Raman"]
    again = clerkdesk("import", "workbook", str(out))
    assert "people: added 0, updated 0, 1 unchanged" in again.stdout


def test_a_refused_workbook_exits_2_with_its_problems_and_writes_nothing(
    clerkdesk, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    assert clerkdesk("init", "--city", "Stoughton", "--adopted", "2019-06-25").returncode == 0
    sheets = {**SHEETS, "people": [*SHEETS["people"], ["00124", "", date(2026, 1, 1)]]}
    result = clerkdesk("import", "workbook", str(workbook(tmp_path / "bad.xlsx", sheets)))
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert "bad.xlsx:people:3: name: required" in lines
    assert "bad.xlsx:people:3: department: unknown department '2026-01-01'" in lines
    assert lines[-1] == f"{ERROR}2 problem(s); nothing was imported"
    assert clerkdesk("export", "departments").stdout.splitlines()[1:] == []


def test_export_workbook_needs_a_file(clerkdesk) -> None:  # type: ignore[no-untyped-def]
    assert clerkdesk("init", "--city", "Stoughton", "--adopted", "2019-06-25").returncode == 0
    result = clerkdesk("export", "workbook")
    assert result.returncode == 2
    assert (
        result.stderr.strip() == f"{ERROR}export workbook: give the file to write with -o FILE.xlsx"
    )
