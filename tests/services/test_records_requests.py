"""Public-records requests (R17): the register, its holds at their edges, and the refusals of
a discontinuation or a credential's deletion while an account is on hold."""

from datetime import date, timedelta
from pathlib import Path

import pytest

from clerkdesk.core.errors import ClerkDeskError, ImportProblems, ValidationError
from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.requests.holds import account_records
from clerkdesk.services.requests.writes import RequestInput, list_requests, save_request
from clerkdesk.services.transfer import csv_export, csv_import

from .helpers import dump

URL = "https://facebook.com/stoughtonparks"
TODAY = date(2026, 11, 20)  # the tests' "now" (a Friday)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def city(db, tmp_path):  # type: ignore[no-untyped-def]
    csv_import.import_csv(db, "departments", write(tmp_path, "d.csv", "name\nParks\n"))
    csv_import.import_csv(
        db, "people", write(tmp_path, "p.csv", "employee_id,name,department\nE1,Ann Lee,Parks\n")
    )
    csv_import.import_csv(
        db,
        "accounts",
        write(
            tmp_path,
            "a.csv",
            "url,platform,department,status,authority,approved_by,approved_on\n"
            f"{URL},facebook,Parks,approved,mayor,Tim Swadley,2019-07-01\n"
            "https://x.com/stoughtonparks,x,Parks,approved,mayor,Tim Swadley,2019-07-01\n",
        ),
    )
    return db


def _account_id(db) -> int:  # type: ignore[no-untyped-def]
    return next(a.id for a in accounts.list_accounts(db) if a.url == URL)


def _denied(db, on: date):  # type: ignore[no-untyped-def]
    return save_request(
        db,
        None,
        RequestInput(
            "2026-014",
            on - timedelta(days=3),
            "Every comment removed in August",
            status="denied",
            closed_on=on,
            accounts=(URL,),
            reasons="Part of a pending investigation (Wis. Stat. 19.35(1)(a))",
        ),
    )


@pytest.mark.parametrize(("day", "held"), [(59, True), (60, True), (61, False)])
def test_a_denial_holds_the_account_through_its_60th_day(city, clock, day, held) -> None:  # type: ignore[no-untyped-def]
    _denied(city, TODAY - timedelta(days=day))
    account_id = _account_id(city)
    before = dump(city)
    if held:
        with pytest.raises(ClerkDeskError, match="request 2026-014 was denied"):
            accounts.discontinue_account(city, account_id, TODAY, "merged with the city page")
        assert dump(city) == before  # the refusal wrote nothing
        assert account_records(city)[account_id].on_hold
    else:
        view = accounts.discontinue_account(city, account_id, TODAY, "merged")
        assert view.status == "discontinued"
        assert not account_records(city)[account_id].on_hold


def test_an_open_request_holds_and_a_grant_releases(city) -> None:  # type: ignore[no-untyped-def]
    view = save_request(
        city, None, RequestInput("R-1", TODAY, "Posts of 2025", accounts=(URL,), requester=None)
    )
    assert view.requester is None and view.accounts == (URL,)
    account_id = _account_id(city)
    with pytest.raises(ClerkDeskError, match=r"Discontinuing .* request R-1 is open"):
        accounts.discontinue_account(city, account_id, TODAY, "gone")
    save_request(
        city,
        view.id,
        RequestInput("R-1", TODAY, "Posts of 2025", "granted", closed_on=TODAY, accounts=(URL,)),
    )
    assert accounts.discontinue_account(city, account_id, TODAY, "gone").status == "discontinued"
    records = account_records(city)[account_id]
    assert records.keep_until == date(2033, 11, 20)  # seven years (the profile's default)
    assert "records kept until Nov 20, 2033" in records.describe()


def test_the_credential_of_an_account_on_hold_is_not_deleted(city, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.credentials import writes as credentials
    from clerkdesk.services.credentials.writes import CredentialInput

    account_id = _account_id(city)
    credentials.set_credential(
        city, account_id, CredentialInput(password="Correct-Horse-Battery-9", username="parks")
    )
    save_request(city, None, RequestInput("R-2", TODAY, "Messages", accounts=(URL,)))
    with pytest.raises(ClerkDeskError, match=r"Deleting the credential of .* request R-2"):
        credentials.delete_credential(city, account_id)
    assert credentials.credential_view(city, account_id).password_on_file


def test_a_file_that_discontinues_an_account_on_hold_is_refused_by_name(city, tmp_path) -> None:  # type: ignore[no-untyped-def]
    save_request(city, None, RequestInput("R-3", TODAY, "All posts", accounts=(URL,)))
    before = dump(city)
    path = write(
        tmp_path,
        "acc.csv",
        f"url,platform,department,status\n{URL},facebook,Parks,discontinued\n",
    )
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(city, "accounts", path)
    assert caught.value.problems[0].startswith("acc.csv:2: status: Discontinuing ")
    assert "request R-3 is open" in caught.value.problems[0]
    assert dump(city) == before


def test_what_a_request_may_not_say(city) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        save_request(
            city,
            None,
            RequestInput("R-4", TODAY, "x", "granted", closed_on=TODAY - timedelta(days=1)),
        )
    assert "before the request was received" in caught.value.fields["closed_on"]
    with pytest.raises(ValidationError) as caught:
        save_request(city, None, RequestInput("R-4", TODAY, "x", "denied"))
    assert caught.value.fields["closed_on"].startswith("a denial needs its date")
    with pytest.raises(ValidationError) as caught:
        save_request(city, None, RequestInput("R-4", TODAY + timedelta(days=1), "", "closed"))
    assert set(caught.value.fields) == {"received_on", "summary", "status"}
    assert list_requests(city) == []


def test_requests_file_round_trips_and_reports_file_line_column(city, tmp_path) -> None:  # type: ignore[no-untyped-def]
    header = "number,received_on,requester,summary,accounts,status,closed_on\n"
    good = write(
        tmp_path,
        "req.csv",
        header + f"R-10,2026-11-18,,Posts,{URL} https://x.com/stoughtonparks,open,\n"
        "R-11,11/2/2026,J. Doe,Comments,,denied,2026-11-10\n",
    )
    report = csv_import.import_csv(city, "requests", good)
    assert (report.added, report.updated) == (2, 0)
    out = tmp_path / "out.csv"
    csv_export.export_csv(city, "requests", out)
    again = csv_import.import_csv(city, "requests", out)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    bad = write(
        tmp_path,
        "bad.csv",
        header + "R-12,2026-11-18,,Posts,https://nowhere.example/x,open,\n"
        "R-13,2026-11-18,,Posts,,denied,\n"
        "R-14,2026-11-18,,Posts,,granted,2026-11-17\n",
    )
    before = dump(city)
    with pytest.raises(ImportProblems) as caught:
        csv_import.import_csv(city, "requests", bad)
    assert caught.value.problems == [
        "bad.csv:2: accounts: no account https://nowhere.example/x in the register",
        "bad.csv:3: closed_on: a denial needs its date (the 60-day hold counts from it)",
        "bad.csv:4: closed_on: is before the request was received (2026-11-18)",
    ]
    assert dump(city) == before


def test_the_response_target_skips_the_weekend_and_thanksgiving(city) -> None:  # type: ignore[no-untyped-def]
    # Received Wednesday 18 November 2026: ten work days skip two weekends and Thanksgiving
    # (the calendar's), not the day after (no US or Wisconsin holiday, and not the city's).
    view = save_request(city, None, RequestInput("R-20", date(2026, 11, 18), "Posts"))
    assert view.due_on == date(2026, 12, 3)
    due = [o for o in obligations.due(city) if o.kind == "records-request"]
    assert [(o.due, o.basis, o.state) for o in due] == [(date(2026, 12, 3), "law", "due-soon")]


def test_a_denial_owes_a_hold_until_its_60th_day(city) -> None:  # type: ignore[no-untyped-def]
    _denied(city, date(2026, 11, 2))
    items = [o for o in obligations.due(city) if o.kind == "records-hold"]
    assert [(o.account, o.due) for o in items] == [(URL, date(2027, 1, 1))]
