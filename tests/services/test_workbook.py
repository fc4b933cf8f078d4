"""The clerk's workbook: a sheet per kind, imported at once in one transaction, and exported
so that importing it again changes nothing."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from clerkdesk.core.errors import ClerkDeskError, ImportProblems
from clerkdesk.services.accounts import views as account_views
from clerkdesk.services.departments import writes as departments
from clerkdesk.services.people import writes as people
from clerkdesk.services.transfer.workbook_read import cell_text, import_workbook
from clerkdesk.services.transfer.workbook_write import export_workbook

from .helpers import dump


def workbook(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    """A workbook as a clerk keeps it: one sheet per name, the first row its header."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def city_sheets() -> dict[str, list[list[Any]]]:
    """Departments whose heads the people sheet adds, IDs with leading zeros kept as text,
    dates as date cells and as text, and a whole number where text is expected."""
    return {
        "Notes": [["Register kept by the clerk; updated weekly"]],
        "departments": [
            ["name", "head_employee_id", "policy_filed_on"],
            ["Parks", "00123", datetime(2024, 3, 1)],
            ["Police", "00456", None],
            ["Library", None, "2024-05-02"],
        ],
        "people": [
            ["employee_id", "name", "department", "phone", "separated_on"],
            ["00123", "Priya Raman", "Parks", 6088771234, None],
            ["00456", "Tom Weiss", "Police", None, None],
            ["00789", "Ann Lee", "Library", None, date(2026, 10, 31)],
        ],
        "accounts": [
            ["url", "platform", "handle", "department", "status", "approved_on", "authority",
             "approved_by"],
            ["https://facebook.com/stoughtonparks", "facebook", "0042", "Parks", "approved",
             date(2019, 7, 1), "mayor", "Tim Swadley"],
            ["https://x.com/stoughtonpd", "x", None, "Police", "pre-existing", None, None, None],
        ],
        "assignments": [
            ["account_url", "employee_id", "role", "starts_on"],
            ["https://facebook.com/stoughtonparks", "00123", "custodian", date(2026, 1, 5)],
        ],
    }  # fmt: skip


def test_cells_read_as_the_csv_text_a_spreadsheet_would_save() -> None:
    assert cell_text(None) == ""
    assert cell_text(6088771234.0) == "6088771234"
    assert cell_text(42) == "42"
    assert cell_text(1.5) == "1.5"
    assert cell_text(True) == "TRUE"
    assert cell_text(date(2024, 3, 1)) == "2024-03-01"
    assert cell_text(datetime(2024, 3, 1)) == "2024-03-01"
    assert cell_text(datetime(2024, 3, 1, 14, 5)) == "2024-03-01T14:05"
    # A moment keeps its time even at midnight: a date alone would mean the end of the day.
    assert cell_text(datetime(2024, 3, 1), moment=True) == "2024-03-01T00:00"


def test_a_workbook_imports_every_sheet_in_one_go_heads_included(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = workbook(tmp_path / "register.xlsx", city_sheets())
    report = import_workbook(db, path)
    assert [(r.kind, r.added, r.updated) for r in report.reports] == [
        ("departments", 3, 0),
        ("accounts", 2, 0),
        ("people", 3, 0),
        ("assignments", 1, 0),
    ]  # in the order the registers name one another (kernel.registers)
    assert "register.xlsx: sheet 'Notes' is not a kind; left alone" in report.lines[0]
    heads = {d.name: d.head_employee_id for d in departments.list_departments(db)}
    assert heads == {"Parks": "00123", "Police": "00456", "Library": None}
    listed = {p.employee_id: p for p in people.list_people(db)}
    assert listed["00123"].phone == "6088771234"
    assert listed["00789"].separated_on == date(2026, 10, 31)
    fb = {a.url: a for a in account_views.list_accounts(db)}["https://facebook.com/stoughtonparks"]
    assert fb.handle == "0042"
    assert fb.approval is not None and fb.approval.approved_on == date(2019, 7, 1)


def test_the_exported_workbook_imported_again_changes_nothing(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import_workbook(db, workbook(tmp_path / "in.xlsx", city_sheets()))
    out = tmp_path / "out.xlsx"
    counts = export_workbook(db, out)
    assert counts["people"] == 3 and counts["departments"] == 3 and counts["removals"] == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [
        "departments", "accounts", "people", "assignments", "elections", "candidates",
        "exceptions", "requests", "removals", "site-checks",
    ]  # fmt: skip
    sheet = book["people"]
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.bold
    assert (sheet["A2"].value, sheet["A2"].number_format) == ("00123", "@")
    filed = book["departments"]["C2"]  # Library, its date typed as text in the first workbook
    assert isinstance(filed.value, datetime) and filed.value.date() == date(2024, 5, 2)
    assert filed.is_date
    assert 10 <= book["accounts"].column_dimensions["A"].width <= 62
    before = dump(db)
    report = import_workbook(db, out)
    assert all(r.added == 0 and r.updated == 0 for r in report.reports)
    # The export itself is in the audit log; nothing else was written.
    assert dump(db) == before


def test_a_cell_that_looks_like_a_formula_is_text_and_not_guarded(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    sheets = {"departments": [["name"], ["=Parks"]]}
    # openpyxl would take "=Parks" as a formula; a clerk's text cell holding it is plain text.
    path = tmp_path / "f.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "departments"
    sheet.append(sheets["departments"][0])
    sheet["A2"] = "+Parks"
    sheet["A2"].data_type = "s"
    book.save(path)
    import_workbook(db, path)
    export_workbook(db, tmp_path / "out.xlsx")
    cell = openpyxl.load_workbook(tmp_path / "out.xlsx")["departments"]["A2"]
    assert (cell.value, cell.data_type) == ("+Parks", "s")


def test_a_refused_workbook_writes_nothing_and_says_sheet_and_row(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    sheets = city_sheets()
    sheets["people"].append([])  # a blank row: the next one is still called by its number
    sheets["people"].append(["00999", None, "Fisheries", None, None])
    sheets["accounts"].append(["not a url", "facebook", None, "Parks", "proposed"])
    path = workbook(tmp_path / "bad.xlsx", sheets)
    before = dump(db)
    with pytest.raises(ImportProblems) as caught:
        import_workbook(db, path)
    problems = caught.value.problems
    assert "bad.xlsx:people:6: name: required" in problems
    assert "bad.xlsx:people:6: department: unknown department 'Fisheries'" in problems
    assert "bad.xlsx:accounts:4: url: a web address has no spaces" in problems
    assert dump(db) == before


def test_a_dry_run_reports_every_kind_and_writes_nothing(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = workbook(tmp_path / "register.xlsx", city_sheets())
    before = dump(db)
    report = import_workbook(db, path, dry_run=True)
    assert "people: would add 3, would update 0, 0 unchanged" in report.summary()
    assert "Would add department Parks (import)" in report.lines
    assert dump(db) == before


def test_a_sheet_with_unknown_columns_or_a_file_that_is_no_workbook(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = workbook(tmp_path / "cols.xlsx", {"people": [["employee_id", "fullname"], ["1", "A"]]})
    with pytest.raises(ImportProblems) as caught:
        import_workbook(db, path)
    assert caught.value.problems[0].startswith("cols.xlsx:people:1: fullname: unknown column")
    notes = workbook(tmp_path / "notes.xlsx", {"Notes": [["hello"]]})
    with pytest.raises(ClerkDeskError, match="no sheet named after a kind"):
        import_workbook(db, notes)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("name\nParks\n")
    with pytest.raises(ClerkDeskError, match="not an Excel workbook"):
        import_workbook(db, fake)


def test_blank_rows_before_the_header_and_an_empty_kind_sheet(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = workbook(
        tmp_path / "gaps.xlsx",
        {"departments": [[None], ["name"], ["Parks"]], "people": [[None, None]]},
    )
    report = import_workbook(db, path)
    assert [(r.kind, r.added) for r in report.reports] == [("departments", 1)]
    assert report.notes == ["gaps.xlsx: sheet 'people' is empty; left alone"]
