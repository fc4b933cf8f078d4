"""Janesville's two steps (R1, R4): each Authorized User is approved by the Department/Division
Director and then by the City Manager's Office, both recorded with who and when, through the
window's form and through an assignments file alike, with one rule: the office's approval is
never before the director's."""

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from clerkdesk.core.errors import ImportProblems, ValidationError
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.city import writes as city
from clerkdesk.services.departments import writes as departments
from clerkdesk.services.integrity import audit
from clerkdesk.services.kernel.inputs import (
    AccountInput,
    ApprovalInput,
    DepartmentInput,
    PersonInput,
    TermApprovalsInput,
)
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.people import writes as people
from clerkdesk.services.terms import writes as assignments
from clerkdesk.services.transfer import csv_export, csv_import

from .helpers import dump

URL = "https://facebook.com/janesvilleparks"
DIRECTOR, OFFICE = "Department/Division Director", "City Manager's Office"


@pytest.fixture
def janesville(empty_db):  # type: ignore[no-untyped-def]
    """Janesville's profile with its term approvals on, an approved account and one user."""
    db = empty_db
    city.init_city(db, "Janesville", "janesville", date(2021, 3, 1))
    city.update_profile(db, term_approvals=True)
    departments.create_department(db, DepartmentInput("Parks"))
    people.create_person(db, PersonInput("E1", "Ann Lee", "Recreation Aide", "Parks"))
    account = accounts.create_account(db, AccountInput(URL, "facebook", "Parks"))
    accounts.approve_account(
        db, account.id, ApprovalInput("city-manager", "Mark Freitag", date(2026, 1, 2))
    )
    term = assignments.designate(
        db, account.id, "E1", "authorized-user", datetime(2026, 1, 5, 15, tzinfo=UTC)
    )
    return db, term


def approvals_due(db) -> list[str]:  # type: ignore[no-untyped-def]
    return [o.text for o in obligations.due(db) if o.kind == "user-approval"]


def test_a_user_without_both_approvals_owes_them_from_the_start_of_the_term(janesville) -> None:  # type: ignore[no-untyped-def]
    db, _term = janesville
    [item] = [o for o in obligations.due(db) if o.kind == "user-approval"]
    assert (item.rule, item.basis, item.due, item.employee_id) == (
        "R4",
        "policy",
        date(2026, 1, 5),
        "E1",
    )
    assert item.text == (
        f"Approval of Ann Lee (authorized user) by the {DIRECTOR} and the {OFFICE} not recorded"
    )


def test_the_form_records_the_director_then_the_office(janesville) -> None:  # type: ignore[no-untyped-def]
    db, term = janesville
    first = TermApprovalsInput("Jacob Winzenz", date(2026, 1, 3))
    done = assignments.record_term_approvals(db, term.id, first)
    assert (done.director_approved_by, done.director_approved_on) == (
        "Jacob Winzenz",
        date(2026, 1, 3),
    )
    assert approvals_due(db) == [
        f"Approval of Ann Lee (authorized user) by the {OFFICE} not recorded"
    ]
    both = TermApprovalsInput("Jacob Winzenz", date(2026, 1, 3), "Mark Freitag", date(2026, 1, 3))
    done = assignments.record_term_approvals(db, term.id, both)
    assert done.approved
    assert approvals_due(db) == []
    event = audit.list_events(db)[0]
    assert event.action == "assignment.update"
    assert "office_approved_by" in event.details and "Mark Freitag" in event.details


@pytest.mark.parametrize(
    "data, field, message",
    [
        (
            TermApprovalsInput("Jacob Winzenz", date(2026, 1, 6), "Mark Freitag", date(2026, 1, 5)),
            "office_approved_on",
            f"is before the {DIRECTOR}'s approval (2026-01-06): the {OFFICE} approves after the "
            "director",
        ),
        (
            TermApprovalsInput(None, None, "Mark Freitag", date(2026, 1, 5)),
            "office_approved_on",
            f"the {DIRECTOR} approves first: record that approval before the {OFFICE}'s",
        ),
        (
            TermApprovalsInput("Jacob Winzenz", None),
            "director_approved_on",
            "required: the day it was approved",
        ),
        (
            TermApprovalsInput(None, date(2026, 1, 5)),
            "director_approved_by",
            "required: who approved it",
        ),
        (
            TermApprovalsInput("Jacob Winzenz", date(2026, 11, 21)),
            "director_approved_on",
            "cannot be in the future",
        ),
    ],
)
def test_the_form_refuses_approvals_out_of_order_and_writes_nothing(
    janesville, data, field, message
) -> None:  # type: ignore[no-untyped-def]
    db, term = janesville
    before = dump(db)
    with pytest.raises(ValidationError) as caught:
        assignments.record_term_approvals(db, term.id, data)
    assert caught.value.fields == {field: message}
    assert dump(db) == before


def write(tmp_path: Path, text: str, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


HEADER = (
    "account_url,employee_id,role,starts_on,director_approved_by,director_approved_on,"
    "office_approved_by,office_approved_on\n"
)


def test_a_file_refuses_the_office_before_the_director_by_the_same_rule(
    janesville, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    db, _term = janesville
    people.create_person(db, PersonInput("E2", "Bo Park", "Aide", "Parks"))
    before = dump(db)
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(
            db,
            "assignments",
            write(
                tmp_path,
                HEADER + f"{URL},E1,authorized-user,2026-01-05,Jacob Winzenz,2026-01-06,"
                "Mark Freitag,2026-01-05\n"
                f"{URL},E2,authorized-user,2026-02-01,,,Mark Freitag,2026-02-01\n",
            ),
        )
    assert caught.value.problems == [
        f"in.csv:2: office_approved_on: is before the {DIRECTOR}'s approval (2026-01-06): the "
        f"{OFFICE} approves after the director",
        f"in.csv:3: office_approved_on: the {DIRECTOR} approves first: record that approval "
        f"before the {OFFICE}'s",
    ]
    assert dump(db) == before


def test_a_file_records_both_approvals_and_round_trips(janesville, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db, term = janesville
    people.create_person(db, PersonInput("E2", "Bo Park", "Aide", "Parks"))
    report = csv_import.import_csv(
        db,
        "assignments",
        write(
            tmp_path,
            HEADER + f"{URL},E1,authorized-user,2026-01-05,Jacob Winzenz,1/4/2026,"
            "Mark Freitag,2026-01-05\n"
            f"{URL},E2,authorized-user,2026-02-01,Jacob Winzenz,2026-01-30,,\n",
        ),
    )
    assert (report.added, report.updated) == (1, 1)
    terms = {t.employee_id: t for t in assignments.account_assignments(db, term.account_id)}
    assert terms["E1"].approved
    assert (terms["E2"].director_approved_on, terms["E2"].office_approved_on) == (
        date(2026, 1, 30),
        None,
    )
    assert approvals_due(db) == [
        f"Approval of Bo Park (authorized user) by the {OFFICE} not recorded"
    ]
    out = tmp_path / "out.csv"
    csv_export.export_csv(db, "assignments", out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].endswith(
        "director_approved_by,director_approved_on,office_approved_by,office_approved_on"
    )
    assert lines[1].endswith(",Jacob Winzenz,2026-01-04,Mark Freitag,2026-01-05")
    again = csv_import.import_csv(db, "assignments", out)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    # A file without the approval columns leaves the approvals as they are.
    plain = csv_import.import_csv(
        db,
        "assignments",
        write(tmp_path, f"account_url,employee_id,role\n{URL},E1,authorized-user\n", "p.csv"),
    )
    assert plain.unchanged == 1
    assert assignments.get_assignment(db, term.id).approved


def test_term_approvals_are_owed_only_where_the_profile_asks(janesville) -> None:  # type: ignore[no-untyped-def]
    db, _term = janesville
    city.update_profile(db, term_approvals=False)
    assert approvals_due(db) == []


def test_the_agreement_prints_the_two_approvals_as_the_form_has_them(janesville, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from clerkdesk.services.terms.printouts import print_assignment_agreement

    db, term = janesville
    done = assignments.record_term_approvals(
        db, term.id, TermApprovalsInput("Jacob Winzenz", date(2026, 1, 3))
    )
    out = tmp_path / "agreement.pdf"
    print_assignment_agreement(db, done, out)
    text = " ".join(" ".join(PdfReader(out).pages[0].extract_text().split()).split())
    assert f"Approved by {DIRECTOR}" in text
    assert f"Approved by {OFFICE}" in text
    assert "Jacob Winzenz" in text
