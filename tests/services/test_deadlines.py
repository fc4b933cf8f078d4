"""Deadlines whose record moves on: the obligations that end when an account is discontinued or
a person leaves are said in the audit event, with their rule and due date; an approval after
the grandfathering deadline keeps its finding."""

import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from clerkdesk.services.accounts import writes as accounts
from clerkdesk.services.integrity import audit
from clerkdesk.services.kernel.inputs import AccountInput, ApprovalInput, PersonInput
from clerkdesk.services.obligations import due as obligations
from clerkdesk.services.obligations.ending import ENDED, late_approval
from clerkdesk.services.people import separation
from clerkdesk.services.people import writes as people
from clerkdesk.services.terms import writes as assignments
from clerkdesk.store.models.city import City

from ..conftest import NOW

CHICAGO = ZoneInfo("America/Chicago")
URL = "https://facebook.com/parks"


def approval(on: date) -> ApprovalInput:
    return ApprovalInput(
        "mayor", "Mayor Jones", on, "Res. 1", True, "Every work day", it_notified=True
    )


@pytest.fixture
def approved(db, parks):  # type: ignore[no-untyped-def]
    """A Parks account approved in January 2026: no custodian yet, no password on file."""
    account = accounts.create_account(
        db, AccountInput(URL, "facebook", "Parks", city_email="parks@ci.stoughton.wi.us")
    )
    accounts.approve_account(db, account.id, approval(date(2026, 1, 5)))
    return account


def last_event(db):  # type: ignore[no-untyped-def]
    event = audit.list_events(db)[0]
    return event, json.loads(event.details)


def test_discontinuing_an_account_says_which_deadlines_end_with_it(db, approved) -> None:  # type: ignore[no-untyped-def]
    owed = {(o.kind, o.rule) for o in obligations.due(db) if o.account == URL}
    assert owed == {("custodian-missing", "R3"), ("credential-missing", "R8")}
    accounts.discontinue_account(db, approved.id, date(2026, 11, 2), "Merged into the city page")
    assert [o for o in obligations.due(db) if o.account == URL] == []
    event, details = last_event(db)
    assert event.action == "account.discontinue"
    # The city's only account: with it end the date its posts must be accessible from (R21)
    # and the public list it would have published (R20).
    assert event.summary.endswith("; 4 obligations ended with it (R3, R8, R20, R21)")
    assert sorted((i["kind"], i["rule"], i["due"], i["account"]) for i in details[ENDED]) == [
        ("accessibility-date", "R21", "2028-04-26", None),
        ("credential-missing", "R8", "2026-01-05", URL),
        ("custodian-missing", "R3", "2026-01-05", URL),
        ("public-list", "R20", "2027-11-20", None),
    ]


def test_a_refused_discontinuation_writes_nothing(db, approved) -> None:  # type: ignore[no-untyped-def]
    events = len(audit.list_events(db))
    with pytest.raises(Exception, match="say why"):
        accounts.discontinue_account(db, approved.id, date(2026, 11, 2), " ")
    assert len(audit.list_events(db)) == events


def test_a_separation_says_which_deadlines_end_with_the_person(db, approved) -> None:  # type: ignore[no-untyped-def]
    people.create_person(db, PersonInput("E200", "Tom Becker", "Staff", "Parks"))
    assignments.designate(
        db, approved.id, "E200", "custodian", datetime(2026, 2, 2, 9, tzinfo=CHICAGO)
    )
    left = datetime(2026, 11, 19, 16, 30, tzinfo=CHICAGO)
    separation.separate(db, "E200", left)
    event, details = last_event(db)
    assert event.action == "person.separate"
    # Tom's unsigned agreement and the department's access review end with him; the new
    # password-rotation and custodian deadlines begin, so they are not listed.
    assert sorted((i["kind"], i["rule"], i["due"], i["person"]) for i in details[ENDED]) == [
        ("access-review", "R7", "2026-08-01", None),
        ("agreement-unsigned", "R6", "2026-02-02", "Tom Becker"),
    ]
    assert "2 obligations ended with it (R6, R7)" in event.summary
    kinds = {o.kind for o in obligations.due(db) if o.account == URL}
    assert {"password-rotation", "custodian-missing"} <= kinds


def test_an_account_approved_after_its_grandfathering_deadline_keeps_the_finding(db, parks) -> None:  # type: ignore[no-untyped-def]
    # Stoughton adopted its policy on 2019-06-25: accounts in use had until 2019-08-09.
    late = accounts.create_account(
        db, AccountInput(URL, "facebook", "Parks", status="pre-existing")
    )
    assert late_approval(db, late.id) is None  # not approved yet: its deadline is still owed
    accounts.approve_account(db, late.id, approval(NOW.date()))
    days = (NOW.date() - date(2019, 8, 9)).days
    assert days == 2660
    assert late_approval(db, late.id) == "approved 2,660 days after the deadline (2019-08-09, R5)"
    assert [o for o in obligations.due(db) if o.kind == "grandfather-approval"] == []
    event = audit.list_events(db)[0]
    assert event.action == "account.approve"
    assert event.summary.endswith("; approved 2,660 days after the deadline (2019-08-09, R5)")
    assert json.loads(event.details)["finding"] == event.summary.rpartition("; ")[2]


def test_a_policy_without_grandfathering_leaves_no_finding(db, parks) -> None:  # type: ignore[no-untyped-def]
    # A city's own profile file whose policy has no grandfathering clause (not a shipped one:
    # a shipped policy's rule follows the shipped profile).
    with db.writing() as session:
        row = session.get(City, 1)
        data = json.loads(row.profile_json)
        data["rules"]["R5"] = "off"
        data["key"] = row.profile_key = "springfield"
        row.profile_json = json.dumps(data)
    late = accounts.create_account(
        db, AccountInput(URL, "facebook", "Parks", status="pre-existing")
    )
    accounts.approve_account(db, late.id, approval(NOW.date()))
    assert late_approval(db, late.id) is None
    assert "finding" not in json.loads(audit.list_events(db)[0].details)


def test_a_new_account_or_one_approved_in_time_has_no_finding(db, parks) -> None:  # type: ignore[no-untyped-def]
    new = accounts.create_account(db, AccountInput("https://x.com/parks", "x", "Parks"))
    accounts.approve_account(db, new.id, approval(NOW.date()))
    assert late_approval(db, new.id) is None
    in_time = accounts.create_account(
        db, AccountInput(URL, "facebook", "Parks", status="pre-existing")
    )
    accounts.approve_account(db, in_time.id, approval(date(2019, 8, 9)))
    assert late_approval(db, in_time.id) is None


def test_an_imported_late_approval_keeps_the_finding_as_the_form_does(db, parks, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from clerkdesk.services.transfer import csv_import

    late = accounts.create_account(
        db, AccountInput(URL, "facebook", "Parks", status="pre-existing")
    )
    file = tmp_path / "a.csv"
    file.write_text(
        "url,platform,department,status,authority,approved_by,approved_on\n"
        f"{URL},facebook,Parks,approved,mayor,Mayor Jones,2026-11-20\n"
    )
    csv_import.import_csv(db, "accounts", file)
    event = audit.list_events(db)[0]
    assert json.loads(event.details)["finding"] == (
        "approved 2,660 days after the deadline (2019-08-09, R5)"
    )
    assert late_approval(db, late.id) == json.loads(event.details)["finding"]
