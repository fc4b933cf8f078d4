"""Archive coverage per account (R17, R20), imported and exported with the accounts file, and
Milwaukee's item for an account whose records are kept only on the platform: on Today in
Milwaukee only, gone once an archive is recorded."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from clerkdesk.core.errors import ImportProblems
from clerkdesk.services.accounts.writes import find_account, update_account
from clerkdesk.services.city import writes as city
from clerkdesk.services.departments.writes import create_department
from clerkdesk.services.kernel.inputs import AccountInput, DepartmentInput
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.transfer import csv_export, csv_import

HEADER = "url,platform,department,status,archived_in,archive_comments,archive_messages,"
HEADER += "archive_subscribers,archive_captured_on\n"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "accounts.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_coverage_is_imported_and_exported_alike(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    create_department(db, DepartmentInput("Parks"))
    rows = (
        "https://facebook.com/parks,facebook,Parks,proposed,Pagefreezer,yes,no,,11/2/2026\n"
        "https://x.com/parks,x,Parks,proposed,,,,,\n"
    )
    csv_import.import_csv(db, "accounts", write(tmp_path, HEADER + rows))
    kept = find_account(db, "https://facebook.com/parks")
    assert (
        kept.archive_comments,
        kept.archive_messages,
        kept.archive_subscribers,
        kept.archive_captured_on,
    ) == (True, False, None, date(2026, 11, 2))
    out = tmp_path / "out.csv"
    csv_export.export_csv(db, "accounts", out)
    text = out.read_text(encoding="utf-8-sig")
    assert ",yes,no,,2026-11-02\n" in text.replace("\r\n", "\n")
    # A file without the columns leaves the coverage as it is.
    csv_import.import_csv(
        db,
        "accounts",
        write(
            tmp_path,
            "url,platform,department,status\nhttps://facebook.com/parks,facebook,Parks,proposed\n",
        ),
    )
    assert find_account(db, "https://facebook.com/parks").archive_comments is True


def test_a_bad_answer_or_a_capture_to_come_is_refused(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    create_department(db, DepartmentInput("Parks"))
    rows = (
        "https://facebook.com/parks,facebook,Parks,proposed,Archive,maybe,,,\n"
        "https://x.com/parks,x,Parks,proposed,Archive,,,,2026-11-21\n"  # the day after today
    )
    with pytest.raises(ImportProblems) as refused:
        csv_import.import_csv(db, "accounts", write(tmp_path, HEADER + rows))
    said = str(refused.value)
    assert "archive_comments: `yes`, `no` or blank" in said
    assert "archive_captured_on: cannot be in the future" in said


@pytest.mark.parametrize(("key", "owed"), [("milwaukee", True), ("stoughton", False)])
def test_records_kept_only_on_the_platform_are_an_item_in_milwaukee_only(  # type: ignore[no-untyped-def]
    empty_db, clock, key: str, owed: bool
) -> None:
    from clerkdesk.services.accounts.writes import approve_account, create_account
    from clerkdesk.services.kernel.inputs import ApprovalInput

    clock.now = datetime(2026, 3, 2, 18, tzinfo=UTC)
    city.init_city(empty_db, "City", key, date(2023, 8, 1))
    create_department(empty_db, DepartmentInput("Parks"))
    account = create_account(empty_db, AccountInput("https://x.com/parks", "x", "Parks"))
    authority = "department-head"
    approve_account(
        empty_db,
        account.id,
        ApprovalInput(authority, "Priya Raman", date(2026, 3, 2), "Memo", True, "daily", True),
    )

    def items():  # type: ignore[no-untyped-def]
        return [o for o in obligations.due(empty_db) if o.kind == "records-on-platform"]

    if not owed:
        assert items() == []
        return
    for moment, state in (
        (datetime(2026, 3, 2, 18, tzinfo=UTC), "due-soon"),  # the day it is owed from
        (datetime(2026, 3, 3, 5, 59, tzinfo=UTC), "due-soon"),  # 23:59 of that day, in Chicago
        (datetime(2026, 3, 3, 6, 0, tzinfo=UTC), "overdue"),  # the day after
    ):
        clock.now = moment
        [item] = items()
        assert (item.due, item.state, item.account, item.rule) == (
            date(2026, 3, 2),
            state,
            "https://x.com/parks",
            "R20",
        )
    update_account(
        empty_db,
        account.id,
        AccountInput(
            "https://x.com/parks", "x", "Parks", status="approved", archived_in="City archive"
        ),
    )
    assert items() == []


def test_the_inventory_says_what_the_archive_captures(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.accounts.inventory import print_inventory

    create_department(db, DepartmentInput("Parks"))
    row = "https://facebook.com/parks,facebook,Parks,proposed,Pagefreezer,yes,no,,2026-11-02\n"
    csv_import.import_csv(db, "accounts", write(tmp_path, HEADER + row))
    out = tmp_path / "inventory.pdf"
    print_inventory(db, out)
    import subprocess

    text = " ".join(
        subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split()
    )
    assert "Pagefreezer (captures comments; not direct messages; last captured Nov 2, 2026)" in text
