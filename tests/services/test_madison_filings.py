"""Madison (R1): each department with accounts files its written social media policy with the
Mayor's Office, with a copy to the IT Director; the IT Director approves each account's tool
for public-records compliance. Both are fields of the department and account forms and columns
of their files, planned by the same plans, and owed where the profile asks for them."""

from datetime import date
from pathlib import Path

import pytest

from clerkdesk.core.errors import ImportProblems, ValidationError
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.city import writes as city
from clerkdesk.services.departments import writes as departments
from clerkdesk.services.integrity import audit
from clerkdesk.services.kernel.inputs import AccountInput, ApprovalInput, DepartmentInput
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.transfer import csv_export, csv_import

from .helpers import dump

URL = "https://facebook.com/madisonparks"


@pytest.fixture
def madison(empty_db):  # type: ignore[no-untyped-def]
    """Madison with its filings asked for, a Parks department and its approved account."""
    db = empty_db
    city.init_city(db, "Madison", "madison", date(2012, 6, 1))
    # Approved by the Mayor, as a city that does not follow each department's named approver
    # would: this file is about the filings (test_madison_approver.py is about the approver).
    city.update_profile(
        db, department_policy=True, tool_approval=True, approver_in_department_policy=False
    )
    parks = departments.create_department(db, DepartmentInput("Parks"))
    departments.create_department(db, DepartmentInput("Library"))  # no accounts: owes nothing
    account = accounts.create_account(db, AccountInput(URL, "facebook", "Parks"))
    accounts.approve_account(db, account.id, ApprovalInput("mayor", "Mayor", date(2026, 3, 2)))
    return db, parks, account


def due(db, kind):  # type: ignore[no-untyped-def]
    return [(o.department, o.account, o.due, o.text) for o in obligations.due(db) if o.kind == kind]


def test_a_department_with_accounts_and_no_policy_on_file_owes_it_until_filed(madison) -> None:  # type: ignore[no-untyped-def]
    db, parks, _account = madison
    assert due(db, "department-policy") == [
        (
            "Parks",
            None,
            date(2026, 3, 2),
            "File the department's written social media policy with the Mayor's Office, with a "
            "copy to the IT Director",
        )
    ]
    departments.update_department(
        db, parks.id, DepartmentInput("Parks", policy_filed_on=date(2026, 4, 1))
    )
    assert due(db, "department-policy") == [
        (
            "Parks",
            None,
            date(2026, 4, 1),
            "Send the IT Director a copy of the department's social media policy",
        )
    ]
    view = departments.update_department(
        db,
        parks.id,
        DepartmentInput(
            "Parks", policy_filed_on=date(2026, 4, 1), policy_it_copy_on=date(2026, 4, 2)
        ),
    )
    assert (view.policy_filed_on, view.policy_it_copy_on) == (date(2026, 4, 1), date(2026, 4, 2))
    assert due(db, "department-policy") == []
    event = audit.list_events(db)[0]
    assert (event.action, event.entity_key) == ("department.update", "Parks")
    assert "policy_it_copy_on" in event.details


@pytest.mark.parametrize(
    "filed, copied, field, message",
    [
        (None, date(2026, 4, 2), "policy_it_copy_on", "give the day the policy was filed first"),
        (
            date(2026, 4, 2),
            date(2026, 4, 1),
            "policy_it_copy_on",
            "is before the day the policy was filed (2026-04-02)",
        ),
        (date(2026, 11, 21), None, "policy_filed_on", "cannot be in the future"),
    ],
)
def test_a_policy_filing_is_checked_before_it_is_written(
    madison, filed, copied, field, message
) -> None:  # type: ignore[no-untyped-def]
    db, parks, _account = madison
    before = dump(db)
    with pytest.raises(ValidationError) as caught:
        departments.update_department(
            db, parks.id, DepartmentInput("Parks", policy_filed_on=filed, policy_it_copy_on=copied)
        )
    assert caught.value.fields == {field: message}
    assert dump(db) == before


def write(tmp_path: Path, text: str, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_departments_file_carries_the_filing_and_clears_the_obligation(
    madison, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    db, _parks, _account = madison
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(
            db, "departments", write(tmp_path, "name,policy_it_copy_on\nParks,2026-04-02\n")
        )
    assert caught.value.problems == [
        "in.csv:2: policy_it_copy_on: give the day the policy was filed first"
    ]
    report = csv_import.import_csv(
        db,
        "departments",
        write(tmp_path, "name,policy_filed_on,policy_it_copy_on\nParks,4/1/2026,2026-04-02\n"),
    )
    assert report.updated == 1
    assert due(db, "department-policy") == []
    out = tmp_path / "out.csv"
    csv_export.export_csv(db, "departments", out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "name,head_employee_id,policy_filed_on,policy_it_copy_on,policy_approver"
    assert "Parks,,2026-04-01,2026-04-02," in lines
    assert csv_import.import_csv(db, "departments", out).unchanged == 2
    # A file without the columns leaves the filing as it is.
    csv_import.import_csv(db, "departments", write(tmp_path, "name\nParks\n", "n.csv"))
    assert due(db, "department-policy") == []


def test_an_account_owes_the_it_directors_tool_approval_until_recorded(madison, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db, _parks, account = madison
    assert due(db, "tool-approval") == [
        (
            "Parks",
            URL,
            date(2026, 3, 2),
            "Get the IT Director's determination that Facebook lets the City meet the public "
            f"records law, at a Department Head's request: {URL}",
        )
    ]
    with pytest.raises(ValidationError) as caught:
        accounts.update_account(
            db,
            account.id,
            AccountInput(
                URL, "facebook", "Parks", status="approved", tool_approved_by="Sarah Edgerton"
            ),
        )
    assert caught.value.fields == {"tool_approved_on": "required: the day it was approved"}
    view = accounts.update_account(
        db,
        account.id,
        AccountInput(
            URL,
            "facebook",
            "Parks",
            status="approved",
            tool_approved_by="Sarah Edgerton",
            tool_approved_on=date(2026, 3, 1),
        ),
    )
    assert (view.tool_approved_by, view.tool_approved_on) == ("Sarah Edgerton", date(2026, 3, 1))
    assert due(db, "tool-approval") == []
    out = tmp_path / "accounts.csv"
    csv_export.export_csv(db, "accounts", out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].endswith(
        ",reference,tool_approved_by,tool_approved_on,archived_in,discontinued_on,discontinue_reason"
        ",archive_comments,archive_messages,archive_subscribers,archive_captured_on"
    )
    assert lines[1].endswith(",Sarah Edgerton,2026-03-01,,,,,,,")
    assert csv_import.import_csv(db, "accounts", out).unchanged == 1


def test_the_filings_are_owed_only_where_the_profile_asks(madison) -> None:  # type: ignore[no-untyped-def]
    db, _parks, _account = madison
    city.update_profile(db, department_policy=False, tool_approval=False)
    assert due(db, "department-policy") == due(db, "tool-approval") == []


@pytest.mark.parametrize(
    ("approved", "owed"),
    [
        # In use by the policy's own date: owed that day, even before the city's adoption.
        (date(2012, 11, 30), date(2013, 1, 1)),
        # In use later, before the adoption: owed from the adoption, never before it.
        (date(2014, 5, 4), date(2015, 3, 2)),
        (date(2015, 3, 1), date(2015, 3, 2)),
        (date(2015, 3, 2), date(2015, 3, 2)),
        # In use after the adoption: from that use.
        (date(2015, 3, 3), date(2015, 3, 3)),
    ],
)
def test_a_policy_is_owed_from_the_policy_s_date_or_the_use_never_before_the_adoption(
    empty_db, approved, owed
) -> None:  # type: ignore[no-untyped-def]
    db = empty_db
    city.init_city(db, "Madison", "madison", date(2015, 3, 2))
    city.update_profile(db, approver_in_department_policy=False)
    departments.create_department(db, DepartmentInput("Parks"))
    account = accounts.create_account(db, AccountInput(URL, "facebook", "Parks"))
    accounts.approve_account(db, account.id, ApprovalInput("mayor", "Mayor", approved))
    [(_dep, _url, day, _text)] = due(db, "department-policy")
    assert day == owed


def test_the_copy_of_a_policy_filed_before_the_adoption_is_owed_from_the_adoption(
    empty_db,
) -> None:  # type: ignore[no-untyped-def]
    db = empty_db
    city.init_city(db, "Madison", "madison", date(2015, 3, 2))
    city.update_profile(db, approver_in_department_policy=False)
    parks = departments.create_department(db, DepartmentInput("Parks"))
    account = accounts.create_account(db, AccountInput(URL, "facebook", "Parks"))
    accounts.approve_account(db, account.id, ApprovalInput("mayor", "Mayor", date(2015, 4, 1)))
    for filed, owed in ((date(2015, 2, 1), date(2015, 3, 2)), (date(2015, 3, 3), date(2015, 3, 3))):
        departments.update_department(db, parks.id, DepartmentInput("Parks", policy_filed_on=filed))
        [(_dep, _url, day, text)] = due(db, "department-policy")
        assert (day, text) == (
            owed,
            "Send the IT Director a copy of the department's social media policy",
        )
