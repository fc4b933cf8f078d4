"""R1's approve-or-discontinue and R2's missing findings, from the register itself (real
database, fixed clock): what makes a proposed account in use, the day each sign counts from,
Milwaukee's request form with its kept scan, and the IT Director's notice with its day."""

from datetime import UTC, date, datetime
from hashlib import sha256

import pytest

from clerkdesk.core.errors import ValidationError
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.accounts.inventory import print_inventory
from clerkdesk.services.accounts.request_form import record_request_form, request_form_path
from clerkdesk.services.city import writes as city
from clerkdesk.services.credentials.writes import CredentialInput, set_credential
from clerkdesk.services.departments import writes as departments
from clerkdesk.services.integrity.replay import replay_problems
from clerkdesk.services.kernel.inputs import (
    AccountInput,
    ApprovalInput,
    DepartmentInput,
    PersonInput,
)
from clerkdesk.services.obligations.due import due
from clerkdesk.services.people import writes as people
from clerkdesk.services.terms import writes as assignments
from clerkdesk.services.transfer import csv_import

from ..conftest import NOW
from .helpers import approver_in_policy

URL = "https://facebook.com/parks"
ADOPTED = date(2026, 3, 1)
CITIES = ("stoughton", "milwaukee", "wausau", "janesville", "madison")


def city_of(db, key: str, adopted: date = ADOPTED) -> None:  # type: ignore[no-untyped-def]
    city.init_city(db, key.title(), key, adopted)
    departments.create_department(db, DepartmentInput("Parks"))
    people.create_person(db, PersonInput("E100", "Priya Raman", "Director", "Parks"))


def items(db, kind: str = "account-approval") -> list:  # type: ignore[no-untyped-def]
    return [o for o in due(db, NOW) if o.kind == kind]


def problems(db) -> list[str]:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return replay_problems(session)


@pytest.mark.parametrize("key", CITIES)
def test_a_proposed_account_with_a_term_owes_approval_from_the_term(empty_db, key) -> None:  # type: ignore[no-untyped-def]
    """RULES.md R1: every account in use without approval, in every city."""
    city_of(empty_db, key)
    view = accounts.create_account(empty_db, AccountInput(URL, "facebook", "Parks"))
    assert items(empty_db) == []  # proposed, nothing shows it in use
    assignments.designate(
        empty_db, view.id, "E100", "custodian", datetime(2026, 5, 10, 15, tzinfo=UTC)
    )
    [item] = items(empty_db)
    assert (item.rule, item.basis, item.due, item.account_id) == (
        "R1",
        "policy",
        date(2026, 5, 10),
        view.id,
    )
    assert item.text.startswith("Approve or discontinue the account: in use (people on it)")
    assert item.text.endswith("not recorded") is (key == "milwaukee")
    approved = ApprovalInput(
        "department-head"
        if key in ("stoughton", "milwaukee", "madison")
        else ("coordinator" if key == "wausau" else "city-manager"),
        "Someone",
        date(2026, 11, 2),
        can_administer=True,
        monitoring="Every work day",
        it_notified=True,
        it_notified_on=date(2026, 11, 1),
    )
    approver_in_policy(empty_db, "Parks", approved.authority)
    accounts.approve_account(empty_db, view.id, approved)
    assert items(empty_db) == []


@pytest.mark.parametrize("key", CITIES)
def test_a_credential_on_file_shows_a_proposed_account_in_use(empty_db, key) -> None:  # type: ignore[no-untyped-def]
    city_of(empty_db, key)
    view = accounts.create_account(empty_db, AccountInput(URL, "facebook", "Parks"))
    set_credential(empty_db, view.id, CredentialInput("parks", "Correct-Horse-9-Battery!"))
    [item] = items(empty_db)
    # On file by the day it was recorded (the fixed clock's day in Chicago).
    assert (item.due, "its credential on file" in item.text) == (date(2026, 11, 20), True)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("stoughton", ("grandfather-approval", date(2026, 4, 15))),
        *[(k, ("account-approval", ADOPTED)) for k in CITIES[1:]],
    ],
)
def test_a_pre_existing_account_is_r5s_in_stoughton_and_r1s_elsewhere(
    empty_db, key, expected
) -> None:  # type: ignore[no-untyped-def]
    city_of(empty_db, key)
    accounts.create_account(empty_db, AccountInput(URL, "facebook", "Parks", status="pre-existing"))
    found = [
        (o.kind, o.due)
        for o in due(empty_db, NOW)
        if o.kind in ("grandfather-approval", "account-approval")
    ]
    assert found == [expected]


def test_milwaukee_records_the_request_form_with_its_scan(empty_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    city_of(empty_db, "milwaukee")
    view = accounts.create_account(
        empty_db, AccountInput(URL, "facebook", "Parks", status="pre-existing")
    )
    scan = tmp_path / "form.pdf"
    scan.write_bytes(b"%PDF-1.4 the form")
    with pytest.raises(ValidationError) as caught:
        record_request_form(empty_db, view.id, None, None)
    assert set(caught.value.fields) == {"request_form_on", "scan"}
    with pytest.raises(ValidationError) as caught:
        record_request_form(empty_db, view.id, date(2026, 11, 21), scan)
    assert caught.value.fields == {"request_form_on": "cannot be in the future"}
    [item] = items(empty_db)
    assert item.text.endswith("its Account Request Form and Strategy Plan are not recorded")
    done = record_request_form(empty_db, view.id, date(2026, 11, 20), scan)
    assert done.request_form_on == date(2026, 11, 20)
    assert done.request_form_sha256 == sha256(scan.read_bytes()).hexdigest()
    assert request_form_path(empty_db, done).read_bytes() == scan.read_bytes()
    [item] = items(empty_db)
    assert (
        item.text == "Approve or discontinue the account: in use before the policy without approval"
    )
    assert problems(empty_db) == []


def test_an_imported_stoughton_approval_owes_its_findings_until_recorded(
    db, parks, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """RULES.md R2: an approval that lacks its findings is itself an open item."""
    path = tmp_path / "a.csv"
    path.write_text(
        "url,platform,department,status,authority,approved_by,approved_on\n"
        f"{URL},facebook,Parks,approved,department-head,Priya Raman,2026-01-05\n",
        encoding="utf-8",
    )
    csv_import.import_csv(db, "accounts", path)
    [view] = accounts.list_accounts(db)
    [item] = items(db, "findings-missing")
    assert (item.rule, item.basis, item.due) == ("R2", "policy", date(2026, 1, 5))
    with pytest.raises(ValidationError) as caught:
        accounts.record_determinations(
            db, view.id, True, "Every work day", True, it_notified_on=date(2026, 1, 6)
        )
    assert caught.value.fields == {
        "it_notified_on": "the IT Director is notified before the approval (R2)"
    }
    done = accounts.record_determinations(
        db, view.id, True, "Every work day", True, it_notified_on=date(2026, 1, 4)
    )
    assert done.approval is not None and done.approval.it_notified_on == date(2026, 1, 4)
    assert items(db, "findings-missing") == []
    assert problems(db) == []
    data = print_inventory(db, tmp_path / "inventory.pdf")
    [account] = data.departments[0].accounts
    assert account.findings == (
        "can administer and keep its records; monitored: every work day; "
        "IT Director notified Jan 4, 2026"
    )
    assert not account.findings_missing and account.request_form is None


def test_the_inventory_says_when_findings_are_not_recorded(db, parks, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.csv"
    path.write_text(
        "url,platform,department,status,authority,approved_by,approved_on\n"
        f"{URL},facebook,Parks,approved,mayor,Mayor,2026-01-05\n",
        encoding="utf-8",
    )
    csv_import.import_csv(db, "accounts", path)
    data = print_inventory(db, tmp_path / "inventory.pdf")
    [account] = data.departments[0].accounts
    assert (account.findings, account.findings_missing) == ("not recorded (R2)", True)


@pytest.mark.parametrize("key", ["madison", "wausau"])
def test_madison_asks_nothing_of_an_account_only_an_elected_official_uses(empty_db, key) -> None:  # type: ignore[no-untyped-def]
    """RULES.md R1, D: "The Madison policy does not apply to elected officials"
    (madison.txt:9): no approval, agreement or access review for them there."""
    city_of(empty_db, key)
    people.create_person(
        empty_db, PersonInput("A1", "Ald. Rivera", "Alder", "Parks", kind="elected")
    )
    view = accounts.create_account(empty_db, AccountInput(URL, "facebook", "Parks"))
    assignments.designate(
        empty_db, view.id, "A1", "custodian", datetime(2026, 5, 10, 15, tzinfo=UTC)
    )
    kinds = {o.kind for o in due(empty_db, NOW)}
    owed = {"account-approval", "agreement-unsigned", "access-review"}
    assert (owed & kinds) == (set() if key == "madison" else owed)
