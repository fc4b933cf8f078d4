"""A form and an import plan a write with the same rules, and say what they did in the same
words."""

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from clerkdesk.core.errors import ClerkDeskError, ImportProblems, ValidationError
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.departments import writes as departments
from clerkdesk.services.integrity import audit
from clerkdesk.services.kernel.inputs import AccountInput, DepartmentInput, PersonInput
from clerkdesk.services.people import writes as people
from clerkdesk.services.terms import writes as assignments
from clerkdesk.services.transfer import csv_import


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def city(db, parks):  # type: ignore[no-untyped-def]
    departments.create_department(db, DepartmentInput("Library"))
    for employee_id, name in (("E1", "Ann"), ("E2", "Bo")):
        people.create_person(db, PersonInput(employee_id, name, "Staff", "Parks"))
    return accounts.create_account(
        db, AccountInput("https://x.com/p", "x", "Parks", status="pre-existing")
    )


def _last_details(db) -> dict:  # type: ignore[no-untyped-def]
    return dict(json.loads(audit.list_events(db)[0].details))


def test_a_form_and_an_import_record_a_change_alike(db, city, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ann = {p.employee_id: p for p in people.list_people(db)}["E1"]
    people.update_person(db, ann.id, PersonInput("E1", "Ann Lee", "Staff", "Library"))
    by_form = audit.list_events(db)[0]
    csv_import.import_csv(
        db, "people", write(tmp_path, "p.csv", "employee_id,name,department\nE2,Bo Ng,Library\n")
    )
    by_file = audit.list_events(db)[0]
    assert (by_form.action, by_file.action) == ("person.update", "person.update")
    assert json.loads(by_form.details) == {
        "name": ["Ann", "Ann Lee"],
        "department": ["Parks", "Library"],
    }
    assert json.loads(by_file.details) == {
        "name": ["Bo", "Bo Ng"],
        "department": ["Parks", "Library"],
    }
    assert (by_form.summary, by_file.summary) == ("Changed Ann Lee", "Changed Bo Ng (import)")

    accounts.update_account(
        db, city.id, AccountInput("https://x.com/p", "x", "Library", status="pre-existing")
    )
    assert _last_details(db) == {"department": ["Parks", "Library"]}
    csv_import.import_csv(
        db,
        "accounts",
        write(
            tmp_path,
            "a.csv",
            "url,platform,department,status\nhttps://x.com/p,x,Parks,pre-existing\n",
        ),
    )
    assert _last_details(db) == {"department": ["Library", "Parks"]}


def test_a_custodian_before_the_one_serving_is_refused_by_both(db, city, tmp_path) -> None:  # type: ignore[no-untyped-def]
    june = datetime(2026, 6, 1, 5, tzinfo=UTC)  # the start of 2026-06-01 in Stoughton
    assignments.designate(db, city.id, "E1", "custodian", june)
    with pytest.raises(ValidationError, match="one custodian at a time"):
        assignments.designate(db, city.id, "E2", "custodian", june - timedelta(days=1))
    with pytest.raises(ImportProblems, match="one custodian at a time"):
        csv_import.import_csv(
            db,
            "assignments",
            write(
                tmp_path,
                "t.csv",
                "account_url,employee_id,role,starts_on\nhttps://x.com/p,E2,custodian,2026-05-31\n",
            ),
        )
    [term] = assignments.account_assignments(db, city.id)
    assert (term.employee_id, term.ends_at) == ("E1", None)
    # A file states its terms: two custodians from the same day is a contradiction, refused.
    with pytest.raises(ImportProblems, match="one custodian at a time"):
        csv_import.import_csv(
            db,
            "assignments",
            write(
                tmp_path,
                "u.csv",
                "account_url,employee_id,role,starts_on\nhttps://x.com/p,E2,custodian,2026-06-01\n",
            ),
        )
    # On the form, a successor from that very moment ends the first term, never in force.
    assignments.designate(db, city.id, "E2", "custodian", june)
    terms = {t.employee_id: t for t in assignments.account_assignments(db, city.id)}
    assert terms["E1"].ends_at == terms["E1"].starts_at == terms["E2"].starts_at == june
    assert terms["E2"].ends_at is None


def test_a_file_never_cuts_or_reopens_a_custodian_term_against_another(  # type: ignore[no-untyped-def]
    db, city, tmp_path
) -> None:
    people.create_person(db, PersonInput("E3", "Cy", "Staff", "Parks"))
    header = "account_url,employee_id,role,starts_on,ends_on\n"
    # Two terms the file states overlapping: refused, not cut short.
    stated = header + (
        "https://x.com/p,E1,custodian,2025-12-01,2026-03-01\nhttps://x.com/p,E2,custodian,2026-01-01,\n"
    )
    with pytest.raises(ImportProblems, match="one custodian at a time"):
        csv_import.import_csv(db, "assignments", write(tmp_path, "a.csv", stated))
    assert assignments.account_assignments(db, city.id) == []
    # A successor of an open term: the first ends where the second starts.
    open_then_next = header + (
        "https://x.com/p,E1,custodian,2025-12-01,\nhttps://x.com/p,E2,custodian,2026-06-01,\n"
    )
    csv_import.import_csv(db, "assignments", write(tmp_path, "b.csv", open_then_next))
    # A later file that records a signature has no ends_on column: the end stays as it is.
    signed = (
        "account_url,employee_id,role,starts_on,agreement_signed_on\n"
        "https://x.com/p,E1,custodian,2025-12-01,2026-01-01\n"
    )
    report = csv_import.import_csv(db, "assignments", write(tmp_path, "c.csv", signed))
    assert report.updated == 1
    terms = {t.employee_id: t for t in assignments.account_assignments(db, city.id)}
    assert terms["E1"].ends_at == terms["E2"].starts_at
    assert terms["E1"].user_signed_on == date(2026, 1, 1)
    # Reopening the first custodian's term would give the account two: refused.
    reopen = header + "https://x.com/p,E1,custodian,2025-12-01,\n"
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(db, "assignments", write(tmp_path, "d.csv", reopen))
    assert caught.value.problems == [
        "d.csv:2: ends_on: Bo is custodian from 2026-06-01 to now; an account has one "
        "custodian at a time"
    ]


def test_a_line_about_a_term_an_earlier_line_adds_is_kept(db, city, tmp_path) -> None:  # type: ignore[no-untyped-def]
    file = write(
        tmp_path,
        "t.csv",
        "account_url,employee_id,role,starts_on,agreement_signed_on,director_signed_on,"
        "office_signed_on\n"
        "https://x.com/p,E1,authorized-user,2026-01-05,,,\n"
        "https://x.com/p,E1,authorized-user,,2026-01-06,2026-01-07,2026-01-08\n",
    )
    report = csv_import.import_csv(db, "assignments", file)
    assert (report.added, report.updated) == (1, 1)
    [term] = assignments.account_assignments(db, city.id)
    assert (term.user_signed_on, term.director_signed_on, term.office_signed_on) == (
        date(2026, 1, 6),
        date(2026, 1, 7),
        date(2026, 1, 8),
    )


def test_nobody_is_given_open_access_to_a_discontinued_account_by_either(  # type: ignore[no-untyped-def]
    db, city, tmp_path
) -> None:
    accounts.discontinue_account(db, city.id, date(2026, 11, 1), "merged into the city page")
    with pytest.raises(ClerkDeskError, match="discontinued"):
        assignments.designate(db, city.id, "E1", "authorized-user")
    file = write(
        tmp_path,
        "t.csv",
        "account_url,employee_id,role,starts_on,ends_on\n"
        "https://x.com/p,E1,authorized-user,2026-01-05,\n"
        "https://x.com/p,E2,authorized-user,2026-01-05,2026-10-31\n",
    )
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(db, "assignments", file)
    assert caught.value.problems == [
        "t.csv:2: account_url: https://x.com/p is discontinued; nobody can be given access"
    ]
    assert assignments.account_assignments(db, city.id) == []


def test_a_file_may_bring_discontinued_accounts_and_discontinue_one(db, city, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # INTERFACE.md: a discontinued account may arrive without its day (not recorded), and a
    # file may discontinue an account as of the import, the reason naming the file.
    file = write(
        tmp_path,
        "a.csv",
        "url,platform,department,status\nhttps://x.com/p,x,Parks,discontinued\n"
        "https://x.com/new,x,Parks,discontinued\n",
    )
    report = csv_import.import_csv(db, "accounts", file)
    assert (report.added, report.updated) == (1, 1)
    assert report.lines == [
        "Discontinued https://x.com/p on 2026-11-20: discontinued by import of a.csv (import)",
        "Registered https://x.com/new, discontinued on a day not recorded (import)",
    ]
    shown = {
        a.url: (a.status, a.discontinued_on, a.discontinued_reason)
        for a in accounts.list_accounts(db)
    }
    assert shown == {
        "https://x.com/p": ("discontinued", date(2026, 11, 20), "discontinued by import of a.csv"),
        "https://x.com/new": ("discontinued", None, None),
    }
    again = write(
        tmp_path,
        "b.csv",
        "url,platform,department,status,discontinued_on,discontinue_reason\n"
        "https://x.com/p,x,Parks,discontinued,,\n"
        "https://x.com/new,x,Parks,discontinued,2024-05-01,merged into the city page\n",
    )
    report = csv_import.import_csv(db, "accounts", again)
    assert (report.unchanged, report.updated) == (1, 1)
    [new] = [a for a in accounts.list_accounts(db) if a.url == "https://x.com/new"]
    assert (new.discontinued_on, new.discontinued_reason) == (
        date(2024, 5, 1),
        "merged into the city page",
    )


def test_a_file_s_discontinuation_is_refused_only_where_it_cannot_be_right(
    db, city, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    file = write(
        tmp_path,
        "a.csv",
        "url,platform,department,status,discontinued_on,discontinue_reason\n"
        "https://x.com/p,x,Parks,pre-existing,2026-01-02,\n"
        "https://x.com/q,x,Parks,discontinued,2026-11-21,\n"
        "https://x.com/r,x,Parks,proposed,,gone\n",
    )
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(db, "accounts", file)
    assert caught.value.problems == [
        "a.csv:2: discontinued_on: only a discontinued account has this day",
        "a.csv:3: discontinued_on: cannot be in the future",
        "a.csv:4: discontinue_reason: only a discontinued account has this reason",
    ]


def test_a_file_never_takes_back_an_approval_or_a_discontinuation(db, city, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.kernel.inputs import ApprovalInput

    other = accounts.create_account(db, AccountInput("https://x.com/q", "x", "Parks"))
    accounts.approve_account(
        db, other.id, ApprovalInput("mayor", "Mayor", date(2026, 11, 2), None, True, "daily", True)
    )
    accounts.discontinue_account(db, city.id, date(2026, 11, 1), "merged")
    file = write(
        tmp_path,
        "a.csv",
        "url,platform,department,status\n"
        "https://x.com/p,x,Parks,proposed\n"
        "https://x.com/q,x,Parks,pre-existing\n",
    )
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(db, "accounts", file)
    assert [p.split(": ")[0:2] for p in caught.value.problems] == [
        ["a.csv:2", "status"],
        ["a.csv:3", "status"],
    ]
    assert "the account is discontinued" in caught.value.problems[0]
    assert "the account is approved" in caught.value.problems[1]
    statuses = {a.url: a.status for a in accounts.list_accounts(db)}
    assert statuses == {"https://x.com/p": "discontinued", "https://x.com/q": "approved"}
