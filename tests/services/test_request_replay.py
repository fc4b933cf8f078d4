"""`check` replays the requests register: a request's fields and the accounts it names,
changed in the table without an event (a records hold lifted by hand), are each reported in
words, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from clerkdesk.services.integrity import maintenance
from clerkdesk.services.requests.writes import RequestInput, save_request
from clerkdesk.services.transfer import csv_import

PARKS = "https://facebook.com/stoughtonparks"
X = "https://x.com/stoughtonparks"


@pytest.fixture
def requests_city(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    files = {
        "departments": "name\nParks\n",
        "people": "employee_id,name,department\nE1,Ann Lee,Parks\nE2,Bo Chan,Parks\n",
        "accounts": "url,platform,department,status,authority,approved_by,approved_on\n"
        f"{PARKS},facebook,Parks,approved,mayor,Tim Swadley,2019-07-01\n"
        f"{X},x,Parks,approved,mayor,Tim Swadley,2019-07-01\n",
    }
    for kind, content in files.items():
        path = tmp_path / f"{kind}.csv"
        path.write_text(content, encoding="utf-8")
        csv_import.import_csv(db, kind, path)
    save_request(
        db,
        None,
        RequestInput(
            "LV-2025-02",
            date(2026, 11, 2),
            "Comments hidden in October",
            requester="A. Reporter",
            accounts=(PARKS, X),
            custodian_employee_id="E1",
        ),
    )
    # A change, recorded: the replay follows it ([before, after]).
    save_request(
        db,
        1,
        RequestInput(
            "LV-2025-02",
            date(2026, 11, 2),
            "Comments hidden in October",
            status="denied",
            closed_on=date(2026, 11, 10),
            requester="A. Reporter",
            reasons="The comments hidden are not records of the city (Wis. Stat. 19.32(2))",
            accounts=(PARKS, X),
            custodian_employee_id="E1",
            note="Wis. Stat. 19.36",
        ),
    )
    assert maintenance.check(db) == []
    return db


CHANGED = [
    (
        "UPDATE records_request SET status = 'withdrawn'",
        "status is withdrawn in the table, denied in the audit log",
    ),
    (
        "UPDATE records_request SET closed_on = '2026-09-03'",
        "closed_on is 2026-09-03 in the table, 2026-11-10 in the audit log",
    ),
    (
        "UPDATE records_request SET received_on = '2026-10-01'",
        "received_on is 2026-10-01 in the table, 2026-11-02 in the audit log",
    ),
    (
        "UPDATE records_request SET summary = 'Nothing much'",
        "summary is Nothing much in the table, Comments hidden in October in the audit log",
    ),
    (
        "UPDATE records_request SET requester = NULL",
        "requester is empty in the table, A. Reporter in the audit log",
    ),
    (
        "UPDATE records_request SET note = 'granted'",
        "note is granted in the table, Wis. Stat. 19.36 in the audit log",
    ),
    (
        "UPDATE records_request SET custodian_person_id = "
        "(SELECT id FROM person WHERE employee_id = 'E2')",
        "custodian_employee_id is E2 in the table, E1 in the audit log",
    ),
    (
        "UPDATE records_request SET reasons = NULL",
        "reasons is empty in the table, The comments hidden are not records of the city "
        "(Wis. Stat. 19.32(2)) in the audit log",
    ),
    (
        "UPDATE records_request SET acknowledged_on = '2026-11-03'",
        "acknowledged_on is 2026-11-03 in the table, empty in the audit log",
    ),
    (
        "UPDATE records_request SET extended_to = '2026-12-01'",
        "extended_to is 2026-12-01 in the table, empty in the audit log",
    ),
    (
        "UPDATE records_request SET requester_confined = TRUE",
        "requester_confined is yes in the table, empty in the audit log",
    ),
    (
        "UPDATE records_request SET action_notice_on = '2026-11-12'",
        "action_notice_on is 2026-11-12 in the table, empty in the audit log",
    ),
    (
        "UPDATE records_request SET action_ended_on = '2026-11-13'",
        "action_ended_on is 2026-11-13 in the table, empty in the audit log",
    ),
    (
        "DELETE FROM request_account WHERE account_id = "
        f"(SELECT id FROM account WHERE url = '{X}')",
        f"accounts is {PARKS} in the table, {PARKS} {X} in the audit log",
    ),
]


@pytest.mark.parametrize(("statement", "said"), CHANGED, ids=[s[1].split()[0] for s in CHANGED])
def test_a_request_changed_without_an_event_is_reported(requests_city, statement, said) -> None:  # type: ignore[no-untyped-def]
    with requests_city.engine.begin() as conn:
        conn.execute(text(statement))
    assert maintenance.check(requests_city) == [f"request LV-2025-02: {said}"]


def test_a_request_added_by_hand_is_reported(requests_city) -> None:  # type: ignore[no-untyped-def]
    with requests_city.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO records_request (number, received_on, summary, status, recorded_at) "
                "VALUES ('LV-2025-03', '2026-11-03', 'Everything', 'open', '2026-11-03 10:00:00')"
            )
        )
    assert maintenance.check(requests_city) == [
        "request LV-2025-03: in the table with no event in the audit log"
    ]


def test_a_new_address_or_employee_id_leaves_the_request_clean(requests_city) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.accounts.writes import list_accounts, update_account
    from clerkdesk.services.kernel.inputs import AccountInput, PersonInput
    from clerkdesk.services.people.writes import list_people, update_person

    [x] = [a for a in list_accounts(requests_city) if a.url == X]
    update_account(
        requests_city,
        x.id,
        AccountInput("https://x.com/stoughtonparks2", "x", "Parks", status="approved"),
    )
    [ann] = [p for p in list_people(requests_city) if p.employee_id == "E1"]
    update_person(requests_city, ann.id, PersonInput("E9", "Ann Lee", department="Parks"))
    assert maintenance.check(requests_city) == []


def test_a_day_spelled_otherwise_by_hand_is_reported_as_it_is_stored(requests_city) -> None:  # type: ignore[no-untyped-def]
    """A day written by hand in another spelling, which the program would never write, is
    shown as the table holds it, not left to stop the check."""
    if requests_city.engine.dialect.name != "sqlite":
        pytest.skip("a PostgreSQL date column holds days alone")
    with requests_city.engine.begin() as conn:
        conn.execute(text("UPDATE records_request SET received_on = '2026-11-2'"))
    assert maintenance.check(requests_city) == [
        "request LV-2025-02: received_on is 2026-11-2 in the table, 2026-11-02 in the audit log"
    ]
