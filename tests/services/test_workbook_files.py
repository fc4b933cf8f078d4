"""Several CSV files chosen together, each imported as the kind its header says; and workbooks
saved by LibreOffice rather than written by ClerkDesk."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from clerkdesk.core.errors import ImportProblems
from clerkdesk.services.departments import writes as departments
from clerkdesk.services.people import writes as people
from clerkdesk.services.transfer.file_kinds import detect_kind, import_files, kinds_of_header
from clerkdesk.services.transfer.workbook_read import import_workbook

from .helpers import dump

needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui",
)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_header_tells_the_kind() -> None:
    assert kinds_of_header(["employee_id", "name", "department"]) == ["people"]
    assert kinds_of_header(["name"]) == ["departments"]
    assert kinds_of_header(["name", "papers_from", "election_on"]) == ["elections"]
    assert kinds_of_header(["account_url", "employee_id", "role"]) == ["assignments"]
    assert kinds_of_header(["employee_id", "fullname"]) == []


def test_files_chosen_together_go_in_dependency_order_in_one_transaction(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Named so that their order on the disk is the wrong one: people before their departments.
    ppl = write(tmp_path / "a.csv", "employee_id,name,department\n00123,Priya Raman,Parks\n")
    deps = write(tmp_path / "b.csv", "name,head_employee_id\nParks,00123\n")
    assert detect_kind(ppl) == "people" and detect_kind(deps) == "departments"
    report = import_files(db, [ppl, deps])
    assert [(r.kind, r.added) for r in report.reports] == [("departments", 1), ("people", 1)]
    assert [d.head_employee_id for d in departments.list_departments(db)] == ["00123"]


def test_files_chosen_together_refused_whole_with_their_own_lines(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    deps = write(tmp_path / "deps.csv", "name\nParks\n")
    ppl = write(
        tmp_path / "people.csv",
        "employee_id,name,department,separated_on\nE1,Ann,Parks,\nE2,Bo,Fisheries,2/30/2026\n",
    )
    odd = write(tmp_path / "odd.csv", "what,ever\n1,2\n")
    before = dump(db)
    with pytest.raises(ImportProblems) as caught:
        import_files(db, [deps, ppl, odd])
    assert caught.value.problems[0].startswith("odd.csv:1: -: its columns are not those of any")
    with pytest.raises(ImportProblems) as caught:
        import_files(db, [deps, ppl])
    assert caught.value.problems == [
        "people.csv:3: department: unknown department 'Fisheries'",
        "people.csv:3: separated_on: '2/30/2026' is not a real date",
    ]
    assert dump(db) == before


def soffice(source: Path, to: str, out: Path) -> Path:
    """`source` converted by LibreOffice, as a clerk's 'Save as' would."""
    profile = out / "profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out / f"{source.stem}.{to.split(':')[0]}"


@pytest.fixture(scope="module")
def saved_by_libreoffice(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A workbook made with openpyxl saved again by LibreOffice (by way of .ods), and a CSV
    file LibreOffice turned into a workbook (its sheet named after the file)."""
    work = tmp_path_factory.mktemp("soffice")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "departments"
    sheet.append(["name", "policy_filed_on"])
    sheet.append(["Parks", date(2024, 3, 1)])
    sheet = book.create_sheet("people")
    sheet.append(["employee_id", "name", "department", "separated_on"])
    sheet.append(["00123", "Priya Raman", "Parks", date(2026, 10, 31)])
    book.save(work / "register.xlsx")
    ods = soffice(work / "register.xlsx", "ods", work / "ods")
    again = soffice(ods, "xlsx:Calc MS Excel 2007 XML", work / "xlsx")
    elections = write(
        work / "elections.csv", "name,papers_from,election_on\nSpring 2027,2026-12-01,2027-04-06\n"
    )
    return {"register": again, "elections": soffice(elections, "xlsx", work / "csv")}


@needs_soffice
def test_a_workbook_saved_by_libreoffice_imports(db, saved_by_libreoffice) -> None:  # type: ignore[no-untyped-def]
    report = import_workbook(db, saved_by_libreoffice["register"])
    assert [(r.kind, r.added) for r in report.reports] == [("departments", 1), ("people", 1)]
    person = people.list_people(db)[0]
    assert (person.employee_id, person.separated_on) == ("00123", date(2026, 10, 31))
    assert departments.list_departments(db)[0].policy_filed_on == date(2024, 3, 1)
    report = import_workbook(db, saved_by_libreoffice["elections"])
    assert [(r.kind, r.added) for r in report.reports] == [("elections", 1)]
