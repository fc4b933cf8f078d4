"""The files of `../shared/contract/`, written exactly to INTERFACE.md by other programs, are
never refused: imported into a fresh register in their README's order, each is taken whole, and
exporting each kind and importing the export again changes nothing."""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from clerkdesk.core.errors import ClerkDeskError, ImportProblems, ValidationError
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.city.writes import init_city
from clerkdesk.services.integrity import maintenance
from clerkdesk.services.removals.writes import NO_REASON, add_deletion_reason, list_removals
from clerkdesk.services.transfer import csv_export, csv_import
from clerkdesk.services.transfer.csv_format import KINDS

from .helpers import dump

# Beside the checkout, as CI lays it out; CLERKDESK_CONTRACT names another folder.
CONTRACT = Path(
    os.environ.get("CLERKDESK_CONTRACT")
    or Path(__file__).resolve().parents[3] / "shared" / "contract"
)


def _order() -> list[Path]:
    """The files in the order their README gives (the names ending .csv, in order)."""
    readme = CONTRACT / "README.md"
    if not readme.exists():
        if os.environ.get("CI"):
            pytest.fail(f"the contract files are missing: no {readme}")
        pytest.skip(f"no contract files at {CONTRACT} (set CLERKDESK_CONTRACT)")
    names = re.findall(r"^\s+([\w-]+\.csv(?: [\w-]+\.csv)*)$", readme.read_text(), re.M)
    return [CONTRACT / name for line in names for name in line.split()]


def _kind(path: Path) -> str:
    """The file's kind: its name, or the name before a dash ("departments-heads")."""
    return path.stem if path.stem in KINDS else path.stem.split("-")[0]


@pytest.fixture
def lakeview(empty_db):  # type: ignore[no-untyped-def]
    readme = (CONTRACT / "README.md").read_text() if CONTRACT.exists() else ""
    found = re.search(r'--city "([^"]+)" --profile (\w+) --adopted (\S+)', readme)
    city, profile, adopted = found.groups() if found else ("x", "janesville", "2020-03-02")
    init_city(empty_db, city, profile, date.fromisoformat(adopted))
    return empty_db


def test_every_contract_file_imports_whole_and_round_trips(lakeview, tmp_path) -> None:  # type: ignore[no-untyped-def]
    files = _order()
    assert {_kind(f) for f in files} == set(KINDS)  # every kind has its example
    for path in files:
        try:
            report = csv_import.import_csv(lakeview, _kind(path), path)
        except ClerkDeskError as refused:
            pytest.fail(f"{path.name} was refused: {refused}")
        assert report.added + report.updated > 0, path.name
    assert maintenance.check(lakeview) == []
    for kind in KINDS:
        out = tmp_path / f"{kind}.csv"
        csv_export.export_csv(lakeview, kind, out)
        before = dump(lakeview)
        again = csv_import.import_csv(lakeview, kind, out)
        assert (kind, again.added, again.updated) == (kind, 0, 0)
        assert dump(lakeview) == before
    # What the contract lets a file leave out is shown as not recorded.
    nextdoor = [a for a in accounts.list_accounts(lakeview) if "nextdoor" in a.url]
    assert [(a.status, a.discontinued_on) for a in nextdoor] == [("discontinued", None)]
    deleted = [r for r in list_removals(lakeview) if r.action == "deleted"]
    assert [r.reason_missing for r in deleted] == [True]


def _people(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_id_a_spreadsheet_stripped_of_its_zeros_is_refused_not_added(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = _people(
        tmp_path,
        "people.csv",
        "employee_id,name,email\n00123,Renée O'Connor,roc@example.gov\n007,Bo Ng,bo@example.gov\n",
    )
    csv_import.import_csv(db, "people", first)
    before = dump(db)
    mangled = _people(
        tmp_path,
        "again.csv",
        "employee_id,name,email\n123,Renée O'Connor,\n7,Bo Ng,\n0450,Al Fox,\n450,Al Fox,\n"
        "E9,Robin Roe,BO@example.gov\n",
    )
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(db, "people", mangled)
    assert caught.value.problems == [
        "again.csv:2: employee_id: `123`: looks like `00123` (Renée O'Connor) with its leading "
        "zeros lost — a spreadsheet drops them; format the column as text",
        "again.csv:3: employee_id: `7`: looks like `007` (Bo Ng) with its leading zeros lost — "
        "a spreadsheet drops them; format the column as text",
        "again.csv:5: employee_id: `450`: looks like `0450` (Al Fox) with its leading zeros "
        "lost — a spreadsheet drops them; format the column as text",
        "again.csv:6: email: BO@example.gov is the address of Bo Ng (employee ID 007); a person "
        "is added once — give this one's own address, or their row the same employee ID",
    ]
    assert dump(db) == before
    # The same people with their IDs as they were: matched, not added.
    same = _people(tmp_path, "same.csv", "employee_id,name\n00123,Renée O'Connor\n007,Bo Ng\n")
    assert csv_import.import_csv(db, "people", same).added == 0


def test_request_and_exception_numbers_stripped_of_zeros_are_refused(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    requests = _people(
        tmp_path,
        "requests.csv",
        "number,received_on,summary,status\n0042,2026-11-02,Comments,open\n42,2026-11-03,x,open\n",
    )
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(db, "requests", requests)
    assert caught.value.problems == [
        "requests.csv:3: number: `42`: looks like `0042` (another request) with its leading "
        "zeros lost — a spreadsheet drops them; format the column as text"
    ]
    exceptions = _people(
        tmp_path,
        "exceptions.csv",
        "number,summary,office\n007,Comments off,city-manager\n7,Comments on,city-manager\n",
    )
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(db, "exceptions", exceptions)
    numbers = [p for p in caught.value.problems if ": number: " in p]  # Stoughton has no office
    assert numbers == [
        "exceptions.csv:3: number: `7`: looks like `007` (another exception) with its leading "
        "zeros lost — a spreadsheet drops them; format the column as text"
    ]


def test_a_csv_garbled_by_windows_1252_says_what_happened(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    garbled = tmp_path / "people.csv"
    # Excel's mark read as Windows-1252, then saved as UTF-8: 'ï»¿' before the header.
    garbled.write_bytes("\ufeffemployee_id,name\nE1,Ann\n".encode().decode("cp1252").encode())
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(db, "people", garbled)
    [problem] = caught.value.problems
    assert problem.startswith("people.csv:1: -: this file was opened as Windows-1252")
    assert problem.endswith("as 'CSV UTF-8'")


def test_a_held_account_is_not_discontinued_by_a_file(db, parks, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.kernel.inputs import AccountInput

    accounts.create_account(db, AccountInput("https://x.com/held", "x", "Parks"))
    csv_import.import_csv(
        db,
        "requests",
        _people(
            tmp_path,
            "r.csv",
            "number,received_on,summary,status,accounts\n"
            "R-7,2026-11-02,Every post,open,https://x.com/held\n",
        ),
    )
    before = dump(db)
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(
            db,
            "accounts",
            _people(
                tmp_path,
                "a.csv",
                "url,platform,department,status\nhttps://x.com/held,x,Parks,discontinued\n",
            ),
        )
    [problem] = caught.value.problems
    assert problem.startswith("a.csv:2: status: Discontinuing https://x.com/held is refused")
    assert "R-7" in problem
    assert dump(db) == before


def test_a_deletion_a_file_left_unexplained_is_kept_shown_and_explained_later(
    db, parks, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.kernel.inputs import AccountInput, PersonInput
    from clerkdesk.services.people.writes import create_person

    # Registered in ClerkDesk in 2026, removals from years before: an account is older than
    # its record.
    accounts.create_account(db, AccountInput("https://x.com/old", "x", "Parks"))
    create_person(db, PersonInput("E5", "Ann", "Staff", "Parks"))
    file = _people(
        tmp_path,
        "removals.csv",
        "account_url,removed_at,poster,content,category,action,staff_employee_id\n"
        "https://x.com/old,2017-03-04T09:15,@spam,Cheap watches,advertising,deleted,E5\n",
    )
    assert csv_import.import_csv(db, "removals", file).added == 1
    [kept] = list_removals(db)
    assert (kept.reason_missing, kept.action_reason) == (True, None)
    assert NO_REASON == "reason not recorded"
    with pytest.raises(ValidationError) as caught:
        add_deletion_reason(db, kept.id, "  ")
    assert caught.value.fields == {"action_reason": "say why it was deleted"}
    done = add_deletion_reason(db, kept.id, "X offers no hiding")
    assert (done.reason_missing, done.action_reason) == (False, "X offers no hiding")
    with pytest.raises(ClerkDeskError):
        add_deletion_reason(db, kept.id, "again")
    assert maintenance.check(db) == []


# What the program adds to the shared INTERFACE.md, on a page of its own (INTERFACE.md changes
# only by adding, and the shared page is not the project's to write).
ADDITIONS = Path(__file__).resolve().parents[2] / "INTERFACE-ADDITIONS.md"


def _interface() -> str:
    interface = CONTRACT.parent / "INTERFACE.md"
    if not interface.exists():
        if os.environ.get("CI"):
            pytest.fail(f"the contract is missing: no {interface}")
        pytest.skip(f"no {interface}")
    return interface.read_text()


def _columns(text: str, header: str) -> dict[str, set[str]]:
    kinds = {}
    table = text.split(header, 1)[1].split("\n\n", 1)[0]
    for kind, cells in re.findall(r"^\| ([a-z-]+) \| (.+) \|$", table, re.M):
        while re.search(r"\([^()]*\)", cells):
            cells = re.sub(r"\([^()]*\)", "", cells)
        kinds[kind] = {re.match(r"\s*(\w+)", c).group(1) for c in cells.split(",")}  # type: ignore[union-attr]
    return kinds


def test_the_program_s_columns_are_the_contract_s_and_its_additions() -> None:
    contract = _columns(_interface(), "| kind | columns")
    added = _columns(ADDITIONS.read_text(), "| kind | columns added")
    assert set(contract) == set(KINDS)
    assert set(added) <= set(KINDS)
    for kind, columns in contract.items():
        assert not columns & added.get(kind, set()), f"{kind}: added twice"
        assert set(KINDS[kind].columns) == columns | added.get(kind, set()), kind


def test_every_obligation_kind_is_in_the_contract_or_its_additions() -> None:
    from clerkdesk.core.obligations.registry import load_kinds

    bullet = _interface().split("- kinds:", 1)[1].split("Later kinds are added", 1)[0]
    contract = set(re.findall(r"`([a-z]+(?:-[a-z]+)*)`", bullet))
    table = ADDITIONS.read_text().split("## Obligation kinds", 1)[1]
    added = dict(re.findall(r"^\| `([a-z-]+)` \| (R\d+) \|", table, re.M))
    assert not contract & set(added)
    kinds = load_kinds()
    assert set(kinds) == contract | set(added)
    assert {name: kinds[name].rule for name in added} == added


def test_every_print_form_is_in_the_contract_or_its_additions() -> None:
    import argparse

    from clerkdesk.cli.parser import build_parser

    def commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        return dict(sub.choices)

    choices = commands(commands(build_parser())["print"])
    named = set(re.findall(r"`print ([a-z-]+)", _interface() + ADDITIONS.read_text()))
    assert set(choices) == named


def test_what_a_spreadsheet_did_not_do_is_not_taken_for_it(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.kernel.inputs import PersonInput
    from clerkdesk.services.people.separation import separate
    from clerkdesk.services.people.writes import create_person

    csv_import.import_csv(
        db,
        "people",
        _people(tmp_path, "a.csv", "employee_id,name,email\n123,Al,al@x.gov\n0,Zed,\n"),
    )
    # More zeros than the register's are no spreadsheet's doing, nor is an ID of zeros alone.
    more = _people(tmp_path, "b.csv", "employee_id,name\n00123,Bo\n00,Cy\n")
    assert csv_import.import_csv(db, "people", more).added == 2
    # A form is typed, not a spreadsheet's: 0123 and 123 may both be IDs.
    create_person(db, PersonInput("0456", "Di", "Clerk"))
    create_person(db, PersonInput("456", "Ed", "Clerk"))
    # A successor takes over the mailbox of someone who left.
    separate(db, "123", datetime(2026, 11, 1, 12, tzinfo=UTC))
    after = _people(tmp_path, "c.csv", "employee_id,name,email\nE9,Fay,AL@x.gov\n")
    assert csv_import.import_csv(db, "people", after).added == 1


def test_a_file_fills_a_discontinuation_s_day_but_does_not_change_it(db, parks, tmp_path) -> None:  # type: ignore[no-untyped-def]
    header = "url,platform,department,status,discontinued_on,discontinue_reason\n"
    first = _people(tmp_path, "a.csv", header + "https://x.com/gone,x,Parks,discontinued,,\n")
    csv_import.import_csv(db, "accounts", first)
    fill = _people(
        tmp_path, "b.csv", header + "https://x.com/gone,x,Parks,discontinued,2024-05-01,merged\n"
    )
    assert csv_import.import_csv(db, "accounts", fill).updated == 1
    before = dump(db)
    change = _people(
        tmp_path, "c.csv", header + "https://x.com/gone,x,Parks,discontinued,2020-01-01,\n"
    )
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(db, "accounts", change)
    assert caught.value.problems == [
        "c.csv:2: discontinued_on: the register has 2024-05-01 for this discontinued account; a "
        "file fills this only where it is not recorded"
    ]
    assert dump(db) == before


def test_a_reason_added_in_the_window_survives_the_file_imported_again(db, parks, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.kernel.inputs import AccountInput, PersonInput
    from clerkdesk.services.people.writes import create_person

    accounts.create_account(db, AccountInput("https://x.com/old", "x", "Parks"))
    create_person(db, PersonInput("E5", "Ann", "Staff", "Parks"))
    file = _people(
        tmp_path,
        "removals.csv",
        "account_url,removed_at,poster,content,category,action,staff_employee_id\n"
        "https://x.com/old,2017-03-04T09:15,@spam,Cheap watches,advertising,deleted,E5\n",
    )
    csv_import.import_csv(db, "removals", file)
    [kept] = list_removals(db)
    add_deletion_reason(db, kept.id, "X offers no hiding")
    again = csv_import.import_csv(db, "removals", file)
    assert (again.updated, again.unchanged) == (0, 1)
    [kept] = list_removals(db)
    assert kept.action_reason == "X offers no hiding"


def test_several_files_one_garbled_by_windows_1252_say_what_happened(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.transfer.file_kinds import import_files

    garbled = tmp_path / "people.csv"
    garbled.write_bytes("\ufeffemployee_id,name\nE1,Ann\n".encode().decode("cp1252").encode())
    with pytest.raises(ImportProblems) as caught:
        import_files(db, [garbled])
    [problem] = caught.value.problems
    assert problem.startswith("people.csv:1: -: this file was opened as Windows-1252")
