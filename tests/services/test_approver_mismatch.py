"""Madison (R1, madison.txt:39): each department's filed policy names its approving authority.
An approval a file gives by someone else is never refused (a file written to the contract is
kept whole) but is an `approver-mismatch` item (R1, policy) from its own day until an approval
by the named approver is recorded. Names are compared whatever their case and the spaces
around them; a department whose policy names no approver, and another city, owe nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.city import writes as city
from clerkdesk.services.departments import writes as departments
from clerkdesk.services.kernel.inputs import DepartmentInput
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.transfer import csv_import

PARKS = "https://facebook.com/madisonparks"
LIBRARY = "https://x.com/madisonlibrary"
HEADER = "url,platform,department,status,authority,approved_by,approved_on\n"
MISMATCH = (
    "Approved by Jane Doe, but the department's filed policy names Parks Superintendent: "
    "record an approval by Parks Superintendent"
)


def a_city(db, key: str = "madison"):  # type: ignore[no-untyped-def]
    city.init_city(db, key.title(), key, date(2012, 6, 1))
    for name, approver in (("Parks", "Parks Superintendent"), ("Library", None)):
        made = departments.create_department(db, DepartmentInput(name))
        departments.update_department(
            db,
            made.id,
            DepartmentInput(
                name,
                given=frozenset({"name", "policy_filed_on", "policy_approver"}),
                policy_filed_on=date(2012, 12, 3),
                policy_approver=approver,
            ),
        )
    return db


def load(db, tmp_path: Path, *rows: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "accounts.csv"
    path.write_text(HEADER + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    return csv_import.import_csv(db, "accounts", path)


def items(db, day: date = date(2026, 3, 10)):  # type: ignore[no-untyped-def]
    moment = datetime(day.year, day.month, day.day, 18, 0, tzinfo=UTC)
    return [o for o in obligations.due(db, moment) if o.kind == "approver-mismatch"]


def test_an_imported_approval_by_someone_else_is_kept_and_owed(empty_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db)
    report = load(
        db, tmp_path, f"{PARKS},facebook,Parks,approved,department-head,Jane Doe,2026-03-02"
    )
    assert report.added == 1  # not refused
    [view] = accounts.list_accounts(db)
    assert (view.status, view.approval.approved_by) == ("approved", "Jane Doe")  # type: ignore[union-attr]
    [item] = items(db)
    assert (item.rule, item.basis, item.due, item.account, item.department) == (
        "R1",
        "policy",
        date(2026, 3, 2),
        PARKS,
        "Parks",
    )
    assert item.text == MISMATCH
    # Owed from the day of the approval: already there the day it was made.
    assert [o.due for o in items(db, date(2026, 3, 2))] == [date(2026, 3, 2)]


def test_an_approval_by_the_named_approver_clears_it(empty_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db)
    load(db, tmp_path, f"{PARKS},facebook,Parks,approved,department-head,Jane Doe,2026-03-02")
    assert len(items(db)) == 1
    # Another case and spaces around the name: the same approver.
    again = load(
        db,
        tmp_path,
        f'{PARKS},facebook,Parks,approved,department-head,"  parks SUPERINTENDENT ",2026-03-05',
    )
    assert again.updated == 1
    assert items(db) == []


@pytest.mark.parametrize(
    "approved_by", ["Parks Superintendent", "parks superintendent", " Parks Superintendent  "]
)
def test_the_named_approver_in_any_case_owes_nothing(empty_db, tmp_path, approved_by) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db)
    load(
        db, tmp_path, f'{PARKS},facebook,Parks,approved,department-head,"{approved_by}",2026-03-02'
    )
    assert items(db) == []


def test_a_name_that_only_contains_the_named_one_is_someone_else(empty_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db)
    load(
        db,
        tmp_path,
        f"{PARKS},facebook,Parks,approved,department-head,"
        "Assistant Parks Superintendent,2026-03-02",
    )
    [item] = items(db)
    assert item.text.startswith("Approved by Assistant Parks Superintendent, but ")


def test_a_department_whose_policy_names_no_approver_owes_none(empty_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db)
    load(db, tmp_path, f"{LIBRARY},x,Library,approved,department-head,Jane Doe,2026-03-02")
    assert items(db) == []


def test_a_city_whose_approvals_do_not_follow_the_department_s_policy_owes_none(
    empty_db, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db)
    city.update_profile(db, approver_in_department_policy=False)
    load(db, tmp_path, f"{PARKS},facebook,Parks,approved,mayor,Jane Doe,2026-03-02")
    assert items(db) == []


def test_a_proposed_account_owes_none(empty_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = a_city(empty_db)
    load(db, tmp_path, f"{PARKS},facebook,Parks,proposed,,,")
    assert items(db) == []
