import io
import json
from datetime import date
from pathlib import Path

import pytest

from clerkdesk.core.errors import ClerkDeskError, ImportProblems
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.integrity import audit
from clerkdesk.services.people import writes as people
from clerkdesk.services.transfer import csv_export, csv_import

from .helpers import dump

ACCOUNTS_HEADER = "url,platform,department,status,authority,approved_by,approved_on,reference\n"


def write(tmp_path: Path, text: str, name: str = "in.csv", bom: bool = False) -> Path:
    path = tmp_path / name
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


def test_departments_then_people_then_accounts(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    deps = write(tmp_path, "name\nParks\nPolice\n", "deps.csv")
    assert csv_import.import_csv(db, "departments", deps).added == 2
    ppl = write(
        tmp_path,
        "employee_id,name,department,kind,separated_on\n"
        "E1,Zoë Ångström-Łukasiewicz,Parks,employee,\n"
        "C1,Brightline Media,Parks,contractor,10/31/2026\n",
        "people.csv",
        bom=True,
    )
    report = csv_import.import_csv(db, "people", ppl)
    assert (report.added, report.updated) == (2, 0)
    listed = {p.employee_id: p for p in people.list_people(db)}
    assert listed["C1"].separated_on == date(2026, 10, 31)
    assert listed["E1"].name == "Zoë Ångström-Łukasiewicz"
    acc = write(
        tmp_path,
        ACCOUNTS_HEADER
        + "https://facebook.com/parks,Facebook,Parks,approved,mayor,Tim Swadley,2019-07-01,R1\n"
        "https://x.com/parks,x,parks,pre-existing,,,,\n",
        "acc.csv",
    )
    assert csv_import.import_csv(db, "accounts", acc).added == 2
    fb = {a.url: a for a in accounts.list_accounts(db)}["https://facebook.com/parks"]
    assert fb.approval is not None
    assert fb.approval.determinations_recorded is False
    assert (fb.approval.approved_by, fb.approval.approved_on) == ("Tim Swadley", date(2019, 7, 1))


def test_rows_with_a_known_key_update_and_unchanged_rows_are_counted(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    csv_import.import_csv(db, "departments", write(tmp_path, "name\nParks\n"))
    csv_import.import_csv(db, "people", write(tmp_path, "employee_id,name\nE1,Ann\nE2,Bo\n"))
    report = csv_import.import_csv(
        db,
        "people",
        write(tmp_path, "name,employee_id,department\nAnn Lee,E1,Parks\nBo,E2,\nCy,E3,\n"),
    )
    assert (report.added, report.updated, report.unchanged) == (1, 1, 1)
    listed = {p.employee_id: p for p in people.list_people(db)}
    assert (listed["E1"].name, listed["E1"].department) == ("Ann Lee", "Parks")
    assert (listed["E2"].name, listed["E2"].department) == ("Bo", None)
    assert listed["E3"].name == "Cy"
    events = {(e.action, e.entity_key): e for e in audit.list_events(db)[:2]}
    assert set(events) == {("person.update", "E1"), ("person.create", "E3")}
    assert json.loads(events["person.update", "E1"].details) == {
        "name": ["Ann", "Ann Lee"],
        "department": [None, "Parks"],
    }


def test_every_problem_is_reported_with_its_line_and_nothing_is_written(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    csv_import.import_csv(db, "departments", write(tmp_path, "name\nParks\n", "d.csv"))
    before = dump(db)
    path = write(
        tmp_path,
        ACCOUNTS_HEADER + "https://facebook.com/ok,facebook,Parks,proposed,,,,\n"
        "not a url,facebook,Parks,proposed,,,,\n"
        "https://x.com/a,x,Fisheries,approved,,,,\n"
        "\n"
        '"https://x.com/b",x,Parks,approved,mayor,Tim,2/30/2019,\n'
        "https://www.facebook.com/ok/,facebook,Parks,proposed,,,,\n",
        "acc.csv",
    )
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(db, "accounts", path)
    problems = caught.value.problems
    assert "acc.csv:3: url: a web address has no spaces" in problems
    assert "acc.csv:4: department: unknown department 'Fisheries'" in problems
    assert any(p.startswith("acc.csv:4: authority:") for p in problems)
    assert any(p.startswith("acc.csv:4: approved_by: required") for p in problems)
    assert "acc.csv:6: approved_on: '2/30/2019' is not a real date" in problems
    assert "acc.csv:7: url: the same account as line 2" in problems
    assert [int(p.split(":")[1]) for p in problems] == sorted(
        int(p.split(":")[1]) for p in problems
    )
    assert dump(db) == before


def test_unknown_and_missing_columns_are_refused(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(db, "people", write(tmp_path, "employee_id,fullname\nE1,Ann\n"))
    assert caught.value.problems == [
        "in.csv:1: fullname: unknown column (expected: employee_id, name, title, department, "
        "email, phone, kind, separated_on, division)",
        "in.csv:1: name: required column is missing",
    ]


def test_a_file_that_is_not_utf8_or_empty_is_refused(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "latin1.csv"
    path.write_bytes("name\nParques Municipales y Recreación\n".encode("latin-1"))
    with pytest.raises(ImportProblems, match="not UTF-8"):
        csv_import.import_csv(db, "departments", path)
    with pytest.raises(ImportProblems, match="empty"):
        csv_import.import_csv(db, "departments", write(tmp_path, ""))
    with pytest.raises(ClerkDeskError, match="no file"):
        csv_import.import_csv(db, "departments", tmp_path / "missing.csv")


def test_dry_run_reports_and_writes_nothing(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    before = dump(db)
    report = csv_import.import_csv(
        db, "departments", write(tmp_path, "name\nParks\nPolice\n"), dry_run=True
    )
    assert report.added == 2
    assert report.summary() == "departments: would add 2, would update 0, 0 unchanged"
    assert report.lines == [
        "Would add department Parks (import)",
        "Would add department Police (import)",
    ]
    assert dump(db) == before


def test_export_then_import_changes_nothing(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    csv_import.import_csv(db, "departments", write(tmp_path, "name\nParks\n", "d.csv"))
    csv_import.import_csv(
        db,
        "people",
        write(
            tmp_path,
            'employee_id,name,department,title\nE1,"Lee, Ann <Dir> & Co",Parks,Dir\n',
            "p.csv",
        ),
    )
    csv_import.import_csv(
        db, "departments", write(tmp_path, "name,head_employee_id\nParks,E1\n", "d2.csv")
    )
    csv_import.import_csv(
        db,
        "accounts",
        write(
            tmp_path,
            ACCOUNTS_HEADER
            + "https://x.com/p,x,Parks,approved,council,Common Council,2020-01-02,R1\n",
            "a.csv",
        ),
    )
    for kind in ("departments", "people", "accounts"):
        out = tmp_path / f"{kind}-out.csv"
        csv_export.export_csv(db, kind, out)
        assert out.read_bytes().startswith(b"\xef\xbb\xbf")
        report = csv_import.import_csv(db, kind, out)
        assert (report.added, report.updated) == (0, 0), kind


def test_audit_export_has_every_event_in_the_city_zone(db) -> None:  # type: ignore[no-untyped-def]
    buffer = io.StringIO()
    count = csv_export.write_csv(db, "audit", buffer)
    lines = buffer.getvalue().splitlines()
    assert count == 1
    assert lines[0] == "seq,at,actor,action,entity,entity_key,summary,details"
    assert lines[1].startswith("1,2026-11-20T15:00:00-06:00,clerk,city.init,city,Stoughton,")


def test_import_of_ten_thousand_accounts_is_one_transaction(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    csv_import.import_csv(db, "departments", write(tmp_path, "name\nParks\n", "d.csv"))
    rows = "".join(f"https://x.com/a{i},x,Parks,pre-existing,,,,\n" for i in range(10_000))
    report = csv_import.import_csv(db, "accounts", write(tmp_path, ACCOUNTS_HEADER + rows))
    assert report.added == 10_000
    assert len(accounts.list_accounts(db)) == 10_000
    assert len(audit.list_events(db)) == 10_002


def test_assignments_import_designates_and_an_export_round_trips(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.terms import writes as assignments

    _one_account_city(db, tmp_path)
    report = csv_import.import_csv(
        db,
        "assignments",
        write(
            tmp_path,
            "account_url,employee_id,role,starts_on,agreement_signed_on,director_signed_on,"
            "office_signed_on\n"
            "https://x.com/p,E1,custodian,2026-01-05,1/6/2026,2026-01-07,2026-01-09\n"
            "https://x.com/p,E2,custodian,2026-06-01,,,\n",
            "as.csv",
        ),
    )
    assert report.added == 2
    [account] = accounts.list_accounts(db)
    terms = {t.employee_id: t for t in assignments.account_assignments(db, account.id)}
    assert terms["E1"].ends_at == terms["E2"].starts_at  # one custodian at a time
    assert terms["E1"].signed_on == date(2026, 1, 9)
    out = tmp_path / "out.csv"
    csv_export.export_csv(db, "assignments", out)
    assert out.read_text(encoding="utf-8-sig").splitlines()[1:] == [
        "https://x.com/p,E1,custodian,2026-01-05,2026-06-01,2026-01-06,2026-01-07,2026-01-09,,,,",
        "https://x.com/p,E2,custodian,2026-06-01,,,,,,,,",
    ]
    again = csv_import.import_csv(db, "assignments", out)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)


def test_assignments_problems_are_reported_by_line(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(
            db,
            "assignments",
            write(
                tmp_path,
                "account_url,employee_id,role,starts_on,ends_on\n"
                "https://x.com/none,E9,boss,2027-01-01,2026-01-01\n",
            ),
        )
    assert caught.value.problems == [
        "in.csv:2: account_url: no account https://x.com/none in the register",
        "in.csv:2: employee_id: no person with employee ID 'E9'",
        "in.csv:2: role: must be one of: custodian, authorized-user, administrator",
        "in.csv:2: starts_on: cannot be in the future",
        "in.csv:2: ends_on: is before starts_on",
    ]


def test_columns_a_file_lacks_keep_their_values(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    csv_import.import_csv(db, "departments", write(tmp_path, "name\nParks\n", "d.csv"))
    csv_import.import_csv(
        db,
        "people",
        write(
            tmp_path,
            "employee_id,name,title,department,email\nE1,Ann Lee,Director,Parks,"
            "ann@ci.stoughton.wi.us\n",
            "p.csv",
        ),
    )
    csv_import.import_csv(
        db, "departments", write(tmp_path, "name,head_employee_id\nParks,E1\n", "h.csv")
    )
    csv_import.import_csv(
        db,
        "accounts",
        write(
            tmp_path,
            ACCOUNTS_HEADER
            + "https://x.com/p,x,Parks,approved,council,Common Council,2020-01-02,R1\n",
            "a.csv",
        ),
    )
    accounts.update_account(
        db,
        accounts.list_accounts(db)[0].id,
        accounts.AccountInput(
            "https://x.com/p", "x", "Parks", handle="@p", purpose="News", status="approved"
        ),
    )
    # Files with only the required columns change nothing else.
    assert (
        csv_import.import_csv(
            db, "people", write(tmp_path, "employee_id,name\nE1,Ann Lee\n", "p2.csv")
        ).unchanged
        == 1
    )
    assert (
        csv_import.import_csv(
            db, "departments", write(tmp_path, "name\nParks\n", "d2.csv")
        ).unchanged
        == 1
    )
    report = csv_import.import_csv(
        db,
        "accounts",
        write(
            tmp_path, "url,platform,department,status\nhttps://x.com/p,x,Parks,approved\n", "a2.csv"
        ),
    )
    assert report.unchanged == 1
    [person] = people.list_people(db)
    assert (person.title, person.department, person.email) == (
        "Director",
        "Parks",
        "ann@ci.stoughton.wi.us",
    )
    [account] = accounts.list_accounts(db)
    assert (account.handle, account.purpose, account.approval is not None) == ("@p", "News", True)
    from clerkdesk.services.departments.writes import list_departments

    assert list_departments(db)[0].head_employee_id == "E1"


def test_an_import_does_not_undo_a_separation_nor_the_rotation_it_owes(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from clerkdesk.services.obligations import due as obligations
    from clerkdesk.services.people.separation import separate
    from clerkdesk.services.terms import writes as assignments

    csv_import.import_csv(db, "departments", write(tmp_path, "name\nParks\n", "d.csv"))
    csv_import.import_csv(db, "people", write(tmp_path, "employee_id,name\nE1,Ann\n", "p.csv"))
    csv_import.import_csv(
        db,
        "accounts",
        write(
            tmp_path,
            "url,platform,department,status\nhttps://x.com/p,x,Parks,pre-existing\n",
            "a.csv",
        ),
    )
    [account] = accounts.list_accounts(db)
    assignments.designate(db, account.id, "E1", "custodian", datetime(2026, 1, 5, tzinfo=UTC))
    separate(db, "E1", datetime(2026, 11, 19, 16, tzinfo=UTC))
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(
            db, "people", write(tmp_path, "employee_id,name,separated_on\nE1,Ann,\n", "p2.csv")
        )
    assert caught.value.problems == [
        "p2.csv:2: separated_on: Ann left the city on 2026-11-19; an import does not undo a "
        "separation (record a rehire on the person's form)"
    ]
    # Even a rehire on the form leaves the password change the separation owed.
    [person] = people.list_people(db)
    people.update_person(db, person.id, people.PersonInput("E1", "Ann", separated_on=None))
    assert [o.kind for o in obligations.due(db) if o.kind == "password-rotation"] == [
        "password-rotation"
    ]


def _one_account_city(db, tmp_path):  # type: ignore[no-untyped-def]
    csv_import.import_csv(db, "departments", write(tmp_path, "name\nParks\n", "d.csv"))
    csv_import.import_csv(
        db, "people", write(tmp_path, "employee_id,name\nE1,Ann\nE2,Bo\n", "p.csv")
    )
    csv_import.import_csv(
        db,
        "accounts",
        write(
            tmp_path,
            "url,platform,department,status\nhttps://x.com/p,x,Parks,pre-existing\n",
            "a.csv",
        ),
    )
    return accounts.list_accounts(db)[0]


def test_a_role_held_twice_exports_and_imports_back_unchanged(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _one_account_city(db, tmp_path)
    csv_import.import_csv(
        db,
        "assignments",
        write(
            tmp_path,
            "account_url,employee_id,role,starts_on,ends_on\n"
            "https://x.com/p,E1,authorized-user,2026-01-05,2026-03-01\n"
            "https://x.com/p,E1,authorized-user,2026-06-01,\n",
            "as.csv",
        ),
    )
    out = tmp_path / "out.csv"
    csv_export.export_csv(db, "assignments", out)
    again = csv_import.import_csv(db, "assignments", out)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    # Without starts_on, a row is the term still open.
    blank = csv_import.import_csv(
        db,
        "assignments",
        write(
            tmp_path,
            "account_url,employee_id,role,agreement_signed_on\n"
            "https://x.com/p,E1,authorized-user,2026-06-02\n",
            "b.csv",
        ),
    )
    assert (blank.added, blank.updated) == (0, 1)
    # A new term may not overlap one of the same person and role.
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(
            db,
            "assignments",
            write(
                tmp_path,
                "account_url,employee_id,role,starts_on\n"
                "https://x.com/p,E1,authorized-user,2026-07-01\n",
                "c.csv",
            ),
        )
    assert caught.value.problems == [
        "c.csv:2: starts_on: overlaps Ann's term as authorized-user from 2026-06-01 to now; "
        "give that term an ends_on first"
    ]


def test_an_imported_custodian_ends_the_one_before_on_the_record(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.terms import writes as assignments

    account = _one_account_city(db, tmp_path)
    csv_import.import_csv(
        db,
        "assignments",
        write(
            tmp_path,
            "account_url,employee_id,role,starts_on\nhttps://x.com/p,E1,custodian,2026-01-05\n",
            "a1.csv",
        ),
    )
    csv_import.import_csv(
        db,
        "assignments",
        write(
            tmp_path,
            "account_url,employee_id,role,starts_on\nhttps://x.com/p,E2,custodian,2026-06-01\n",
            "a2.csv",
        ),
    )
    terms = {t.employee_id: t for t in assignments.account_assignments(db, account.id)}
    assert terms["E1"].ends_at == terms["E2"].starts_at
    assert "assignment.end" in [e.action for e in audit.list_events(db)[:3]]
    csv_import.import_csv(db, "people", write(tmp_path, "employee_id,name\nE3,Cy\n", "p3.csv"))
    with pytest.raises(ImportProblems, match="one custodian at a time"):
        csv_import.import_csv(
            db,
            "assignments",
            write(
                tmp_path,
                "account_url,employee_id,role,starts_on\nhttps://x.com/p,E3,custodian,2026-03-01\n",
                "a3.csv",
            ),
        )


def test_an_imported_term_ends_at_its_holders_separation(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from clerkdesk.services.people.separation import separate
    from clerkdesk.services.terms import writes as assignments

    account = _one_account_city(db, tmp_path)
    separate(db, "E1", datetime(2026, 10, 1, 15, tzinfo=UTC))
    report = csv_import.import_csv(
        db,
        "assignments",
        write(
            tmp_path,
            "account_url,employee_id,role,starts_on\n"
            "https://x.com/p,E1,authorized-user,2026-01-05\n",
            "a.csv",
        ),
    )
    [term] = assignments.account_assignments(db, account.id)
    assert term.ends_at == datetime(2026, 10, 1, 15, tzinfo=UTC)
    # The report says the term ended with the departure, not only that she was designated.
    [line] = report.lines
    assert line.startswith("Designated ") and line.endswith(
        "; the term ended when Ann left the city on 2026-10-01"
    ), line
