"""The agreement's three signatures as the form has them (R6): the assignments file keeps the
user's (`agreement_signed_on`), the director's and the office's apart, on import and export.
A file from before the director's and office's columns existed still imports: its one column
is the user's signature (INTERFACE.md), and where it says what such a file said of a term —
the day the last of the three signed, or blank while one is missing — it changes nothing."""

from datetime import date
from pathlib import Path

import pytest

from clerkdesk.core.errors import ImportProblems
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.terms import writes as assignments
from clerkdesk.services.transfer import csv_export, csv_import

from .helpers import dump

URL = "https://x.com/p"
NEW_HEADER = (
    "account_url,employee_id,role,starts_on,agreement_signed_on,director_signed_on,"
    "office_signed_on\n"
)


def write(tmp_path: Path, text: str, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def account(db, tmp_path):  # type: ignore[no-untyped-def]
    csv_import.import_csv(db, "departments", write(tmp_path, "name\nParks\n", "d.csv"))
    csv_import.import_csv(
        db, "people", write(tmp_path, "employee_id,name\nE1,Ann\nE2,Bo\n", "p.csv")
    )
    csv_import.import_csv(
        db,
        "accounts",
        write(tmp_path, f"url,platform,department,status\n{URL},x,Parks,pre-existing\n", "a.csv"),
    )
    return accounts.list_accounts(db)[0]


def signatures(db, account) -> dict[str, tuple[date | None, ...]]:  # type: ignore[no-untyped-def]
    return {
        t.employee_id: (t.user_signed_on, t.director_signed_on, t.office_signed_on)
        for t in assignments.account_assignments(db, account.id)
    }


def test_three_signatures_export_and_import_back_unchanged(db, account, tmp_path) -> None:  # type: ignore[no-untyped-def]
    csv_import.import_csv(
        db,
        "assignments",
        write(
            tmp_path,
            NEW_HEADER + f"{URL},E1,authorized-user,2026-01-05,2026-01-06,1/7/2026,2026-01-09\n"
            f"{URL},E2,administrator,2026-02-01,2026-02-02,,\n",
        ),
    )
    wanted = {
        "E1": (date(2026, 1, 6), date(2026, 1, 7), date(2026, 1, 9)),
        "E2": (date(2026, 2, 2), None, None),
    }
    assert signatures(db, account) == wanted
    out = tmp_path / "out.csv"
    csv_export.export_csv(db, "assignments", out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].startswith(
        f"{URL},E1,authorized-user,2026-01-05,,2026-01-06,2026-01-07,2026-01-09"
    )
    before = dump(db)
    again = csv_import.import_csv(db, "assignments", out)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    assert signatures(db, account) == wanted
    assert dump(db) == before


def test_each_signature_column_changes_only_its_own_date(db, account, tmp_path) -> None:  # type: ignore[no-untyped-def]
    csv_import.import_csv(
        db,
        "assignments",
        write(tmp_path, NEW_HEADER + f"{URL},E1,authorized-user,2026-01-05,2026-01-06,,\n"),
    )
    csv_import.import_csv(
        db,
        "assignments",
        write(
            tmp_path,
            f"account_url,employee_id,role,starts_on,office_signed_on\n"
            f"{URL},E1,authorized-user,2026-01-05,2026-01-09\n",
            "o.csv",
        ),
    )
    assert signatures(db, account) == {"E1": (date(2026, 1, 6), None, date(2026, 1, 9))}


def test_a_signature_in_the_future_names_its_column(db, account, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(
            db,
            "assignments",
            write(
                tmp_path,
                NEW_HEADER + f"{URL},E1,authorized-user,2026-01-05,2026-12-01,,2026-12-02\n",
            ),
        )
    assert caught.value.problems == [
        "in.csv:2: agreement_signed_on: cannot be in the future",
        "in.csv:2: office_signed_on: cannot be in the future",
    ]


def test_an_old_files_one_column_is_the_users_signature(db, account, tmp_path) -> None:  # type: ignore[no-untyped-def]
    old = "account_url,employee_id,role,starts_on,agreement_signed_on\n"
    csv_import.import_csv(
        db,
        "assignments",
        write(tmp_path, old + f"{URL},E1,authorized-user,2026-01-05,2026-01-06\n"),
    )
    # The user's signature only: the director and the office have not signed yet.
    assert signatures(db, account) == {"E1": (date(2026, 1, 6), None, None)}
    [term] = assignments.account_assignments(db, account.id)
    assignments.record_signatures(db, term.id, date(2026, 1, 6), date(2026, 1, 7), date(2026, 1, 9))
    # An old export wrote the day the last of the three signed: read back, it changes nothing.
    same = csv_import.import_csv(
        db,
        "assignments",
        write(tmp_path, old + f"{URL},E1,authorized-user,2026-01-05,2026-01-09\n", "b.csv"),
    )
    assert same.unchanged == 1
    assert signatures(db, account) == {"E1": (date(2026, 1, 6), date(2026, 1, 7), date(2026, 1, 9))}
    # Another day in that column is a new date for the user's signature, and only for it.
    changed = csv_import.import_csv(
        db,
        "assignments",
        write(tmp_path, old + f"{URL},E1,authorized-user,2026-01-05,2026-01-08\n", "c.csv"),
    )
    assert changed.updated == 1
    assert signatures(db, account) == {"E1": (date(2026, 1, 8), date(2026, 1, 7), date(2026, 1, 9))}


def test_an_old_files_blank_column_keeps_a_signature_already_given(db, account, tmp_path) -> None:  # type: ignore[no-untyped-def]
    csv_import.import_csv(
        db,
        "assignments",
        write(tmp_path, NEW_HEADER + f"{URL},E1,authorized-user,2026-01-05,2026-01-06,,\n"),
    )
    # An old export left the column blank while a signature was missing.
    report = csv_import.import_csv(
        db,
        "assignments",
        write(
            tmp_path,
            "account_url,employee_id,role,starts_on,agreement_signed_on\n"
            f"{URL},E1,authorized-user,2026-01-05,\n",
            "old.csv",
        ),
    )
    assert report.unchanged == 1
    assert signatures(db, account) == {"E1": (date(2026, 1, 6), None, None)}
    # In a file with all three columns, a blank cell is no signature.
    cleared = csv_import.import_csv(
        db,
        "assignments",
        write(tmp_path, NEW_HEADER + f"{URL},E1,authorized-user,2026-01-05,,,\n", "new.csv"),
    )
    assert cleared.updated == 1
    assert signatures(db, account) == {"E1": (None, None, None)}
